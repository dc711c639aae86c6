// Owns the shapes of a sheet function that is one op and nothing more, with the op's own doc: one
// tensor (`exp(x)`), two (`maximum(x, y)`), or a reduction over dims (`amax(x, dim, keepdim)`).
// formula/functions/op-functions.ts builds the op table's thin functions with the first two.

import { type OpDef, call } from '../../engine/op';
import type { ArgAttrs, ReduceAttrs } from '../../engine/ops/reduce-dims';
import { defineFunction } from './define';
import type { FunctionExample } from './spec';
import type { FunctionDef } from './types';

/** `name(input)` running `op`, PyTorch's `torch` equivalent. */
export function unaryFunction(op: OpDef, torch: string, examples: readonly FunctionExample[]): FunctionDef {
  return defineFunction({
    name: op.name,
    torch,
    doc: op.doc,
    examples,
    params: [{ name: 'input', kind: 'tensor' }],
    lower: ([x]) => call(op, [x]),
  });
}

/** `name(input, other)` running `op`; `second` renames the other operand as PyTorch does (`exponent`). */
export function binaryFunction(op: OpDef, torch: string, examples: readonly FunctionExample[], second = 'other'): FunctionDef {
  return defineFunction({
    name: op.name,
    torch,
    doc: op.doc,
    examples,
    params: [
      { name: 'input', kind: 'tensor' },
      { name: second, kind: 'tensor' },
    ],
    // `args` is this call's own array (FunctionDef.lower), so the op keeps it as its inputs.
    lower: (args) => call(op, args),
  });
}

/** `name(input, dim=None, keepdim=False)` running `op` over a dim or a list of dims (every dim when omitted). */
export function reductionFunction(op: OpDef<ReduceAttrs>, torch: string, examples: readonly FunctionExample[]): FunctionDef {
  return defineFunction({
    name: op.name,
    torch,
    doc: op.doc,
    examples,
    params: [
      { name: 'input', kind: 'tensor' },
      { name: 'dim', kind: 'dim', default: null, doc: 'Dim or list of dims to reduce; every dim when omitted.' },
      { name: 'keepdim', kind: 'bool', default: false, doc: 'Keep the reduced dims as size 1.' },
    ],
    lower: ([input, dim, keepdim]) => call(op, [input], { dims: dim, keepdim }),
  });
}

/** `name(input, dim=None, keepdim=False)` running `op` along one dim (`dimDoc` says what omitting it means). */
export function dimReductionFunction(
  op: OpDef<ArgAttrs>,
  torch: string,
  examples: readonly FunctionExample[],
  dimDoc: string,
  keepdimDoc: string,
): FunctionDef {
  return defineFunction({
    name: op.name,
    torch,
    doc: op.doc,
    examples,
    params: [
      { name: 'input', kind: 'tensor' },
      { name: 'dim', kind: 'int', default: null, doc: dimDoc },
      { name: 'keepdim', kind: 'bool', default: false, doc: keepdimDoc },
    ],
    lower: ([input, dim, keepdim]) => call(op, [input], { dim, keepdim }),
  });
}
