// Owns the thin sheet functions: one per op-table row with `fn` (engine/ops/index.ts), each nothing but
// its op, with the op's doc; and where they stand among the hand-written elementwise functions.

import { OP_TABLE } from '../../engine/ops/index';
import type { OpRow } from '../../engine/ops/row';
import { binaryFunction, unaryFunction } from './elementwise-defs';
import type { FunctionDef } from './types';

function build({ op, fn }: OpRow): FunctionDef {
  if (!fn) throw new Error(`op-functions: ${op.name} has no function`);
  // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- AnyOp (OpDef<any>) is how a table holds ops of every attribute type
  return fn.form === 'unary' ? unaryFunction(op, fn.torch, fn.examples) : binaryFunction(op, fn.torch, fn.examples, fn.second);
}

/** The op table's thin functions, in the table's order. */
export const OP_FUNCTIONS: readonly FunctionDef[] = OP_TABLE.filter((r) => r.fn).map(build);

/**
 * `written` with the thin functions placed among them: each right after the function of the op
 * table's row before its own (so `mul` follows `sub`, and `abs` follows `pow`), else at the end. The
 * reference and the docs list a group in this order, so a new op's function lands beside its neighbours.
 */
export function withOpFunctions(written: readonly FunctionDef[]): FunctionDef[] {
  const out = [...written];
  const names = OP_TABLE.map((r) => r.op.name);
  for (const f of OP_FUNCTIONS) {
    const before = names[names.indexOf(f.name) - 1];
    const at = out.findIndex((g) => g.name === before);
    out.splice(at < 0 ? out.length : at + 1, 0, f);
  }
  return out;
}
