// Owns attributes (`x.T`, `x.shape`, `x.grad`, `x.requires_grad`, `x.grad_fn`, `x.ndim`, `x.is_leaf`, `x.dtype`).

import { errors } from '../engine/errors';
import { transpose2d } from '../engine/ops/permute';
import { Tensor, isTensor } from '../engine/tensor';
import { type CellValue, EMPTY, text } from '../engine/value';
import { lookupFunction } from './functions/index';
import { runtime } from './runtime';
import { nearestWords } from './suggest';

const flag = (b: boolean): Tensor => new Tensor(Float64Array.of(b ? 1 : 0), [], 'bool');

export const ATTRIBUTES = ['T', 'shape', 'grad', 'requires_grad', 'grad_fn', 'ndim', 'is_leaf', 'dtype', 'data'] as const;

export function attribute(v: CellValue, name: string): CellValue {
  if (!isTensor(v)) {
    return errors.value(`.${name}`, `${v.kind === 'empty' ? 'an empty cell' : `a ${v.kind}`} has no attribute "${name}"`);
  }
  switch (name) {
    case 'T':
      return transpose2d(v);
    case 'shape':
      // Our decision: a 1-D tensor of the sizes (PyTorch's torch.Size), so x.shape[0] and ones(x.shape) work.
      return new Tensor(Float64Array.from(v.shape), [v.rank]);
    case 'grad':
      return runtime().accumulatedGrad(v);
    case 'requires_grad':
      return flag(v.requiresGrad);
    case 'grad_fn':
      return v.gradFn === null ? EMPTY : text(v.gradFn);
    case 'ndim':
      return new Tensor(Float64Array.of(v.rank), []);
    case 'is_leaf':
      return flag(!v.requiresGrad || v.node === null);
    case 'data':
      // x.data: the same values without history, as detach(x).
      return new Tensor(v.data, v.shape, v.dtype, false, null, v.nonfinite);
    case 'dtype':
      return text(v.dtype === 'bool' ? 'torch.bool' : 'torch.float64');
    default:
      // `x.mean` names a method: PyTorch would hand back the bound method, which no cell can show.
      if (lookupFunction(name)) return errors.methodWithoutCall(name);
      return errors.name(`.${name}`, nearestWords(name, ATTRIBUTES).map((a) => `.${a}`));
  }
}
