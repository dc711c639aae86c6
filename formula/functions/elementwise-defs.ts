// Owns the two shapes most elementwise sheet functions share: a thin wrapper over one op taking one
// tensor (`exp(x)`) or two (`maximum(x, y)`), with the op's own doc.

import { type OpDef, call } from '../../engine/op';
import type { Tensor } from '../../engine/tensor';
import type { FunctionDef, FunctionExample } from './types';

/** `name(input)` running `op`, PyTorch's `torch` equivalent. */
export function unaryFunction(op: OpDef, torch: string, examples: readonly FunctionExample[]): FunctionDef {
  return {
    name: op.name, torch, doc: op.doc, examples,
    params: [{ name: 'input', kind: 'tensor' }],
    lower: ([x]) => call(op, [x as Tensor]),
  };
}

/** `name(input, other)` running `op`; `second` renames the other operand as PyTorch does (`exponent`). */
export function binaryFunction(op: OpDef, torch: string, examples: readonly FunctionExample[], second = 'other'): FunctionDef {
  return {
    name: op.name, torch, doc: op.doc, examples,
    params: [{ name: 'input', kind: 'tensor' }, { name: second, kind: 'tensor' }],
    lower: (args) => call(op, args as readonly Tensor[]),
  };
}
