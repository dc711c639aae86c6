// Owns the answer to PyTorch's in-place spellings (`x.add_(1)`, `x.zero_()`, `torch.sin_(x)`): cells
// never change a tensor in place, so each is a #VALUE! that gives the out-of-place spelling and, for a
// leaf that requires grad, the error PyTorch itself raises.

import { type CellError, errors } from '../engine/errors';
import { isTensor } from '../engine/tensor';
import type { CellValue } from '../engine/value';
import type { Arg, Expr } from './ast';
import { printExpr } from './print';

/** Out-of-place spellings that are operators or other functions rather than `f(x, ...)`. */
const OPERATOR: Record<string, string> = { add: '+', sub: '-', mul: '*', div: '/', pow: '**', matmul: '@' };
const RENAMED: Record<string, (self: string, args: string[]) => string> = {
  zero: (self) => `zeros_like(${self})`,
  fill: (self, [v]) => `full_like(${self}, ${v ?? 'value'})`,
  copy: (_self, [src]) => `${src ?? 'src'}`,
  requires_grad: (self, [flag]) => `requires_grad_(${self}, ${flag ?? 'true'})`,
};

/** True for a name PyTorch spells as an in-place operation (`add_`), other than our `requires_grad_`. */
export const isInPlaceName = (name: string): boolean =>
  /^[A-Za-z][A-Za-z0-9_]*[A-Za-z0-9]_$/.test(name) && name.toLowerCase() !== 'requires_grad_';

function outOfPlace(base: string, self: string, args: string[]): string {
  const op = OPERATOR[base];
  if (op && args.length === 1) return `${self} ${op} ${args[0]}`;
  const renamed = RENAMED[base];
  if (renamed) return renamed(self, args);
  return `${base}(${[self, ...args].join(', ')})`;
}

/** The error for `self.name = value`, with what to write instead (and PyTorch's refusal for a non-leaf's requires_grad). */
export function assignmentError(self: Expr, name: string, value: Expr, selfValue: CellValue): CellError {
  const what = `${printExpr(self)}.${name} = ${printExpr(value)}`;
  if (name.toLowerCase() !== 'requires_grad') {
    return errors.value(what, 'tensors in cells are never changed in place; compute the new value in a cell of its own instead');
  }
  const computed = isTensor(selfValue) && selfValue.requiresGrad && selfValue.node !== null;
  const pytorch = computed ? ' (PyTorch would say: "you can only change requires_grad flags of leaf variables.")' : '';
  return errors.value(
    what,
    `tensors in cells are never changed in place; write requires_grad_(${printExpr(self)}, ${printExpr(value)}) instead${pytorch}`,
  );
}

/**
 * The error for `self.name(args)` (or `name(self, args)`): `selfValue` is the tensor it would change,
 * when known, so a leaf that requires grad can be told what PyTorch would say.
 */
export function inPlaceError(name: string, selfExpr: Expr | null, args: readonly Arg[], selfValue: CellValue | null): CellError {
  const base = name.slice(0, -1);
  const self = selfExpr ? printExpr(selfExpr) : 'x';
  const spelling = outOfPlace(
    base.toLowerCase(),
    self,
    args.map((a) => (a.name === null ? printExpr(a.value) : `${a.name}=${printExpr(a.value)}`)),
  );
  const leaf = selfValue !== null && isTensor(selfValue) && selfValue.requiresGrad && selfValue.node === null;
  const pytorch = leaf ? ' (PyTorch would say: "a leaf Variable that requires grad is being used in an in-place operation.")' : '';
  return errors.value(name, `tensors in cells are never changed in place; write ${spelling} instead${pytorch}`);
}
