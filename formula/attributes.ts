// Owns attributes (`x.T`, `x.shape`, `x.grad`, `x.requires_grad`, `x.grad_fn`, `x.ndim`, `x.is_leaf`, `x.dtype`).

import { errors } from '../engine/errors';
import { transpose2d } from '../engine/ops/permute';
import { Tensor, isTensor } from '../engine/tensor';
import { type CellValue, EMPTY, text, tuple } from '../engine/value';
import { ATTRIBUTES } from './attribute-names';
import { lookupFunction } from './functions/index';
import { runtime } from './runtime';
import { nearestWords } from './suggest';

const flag = (b: boolean): Tensor => new Tensor(Float64Array.of(b ? 1 : 0), [], 'bool');

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
      return gradAttribute(v);
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
      return errors.name(
        `.${name}`,
        nearestWords(name, ATTRIBUTES).map((a) => `.${a}`),
      );
  }
}

// Every x.grad handed out, so that its own .grad can be refused. Each is a fresh wrapper: the gradient
// itself may be a cell's own tensor (an upstream v passed straight through), which stays a plain value.
const gradResults = new WeakSet<Tensor>();

const NON_LEAF_NOTE =
  'PyTorch keeps no .grad for a tensor that is not a leaf (it warns and gives None); this is what retain_grad() on it would keep';

function gradAttribute(v: Tensor): CellValue {
  if (gradResults.has(v)) {
    return errors.grad(
      ".grad: this tensor is itself an x.grad, which has no gradient of its own (PyTorch's x.grad.grad is None); for a second derivative write grad(grad(y, x), x)",
    );
  }
  const g = runtime().accumulatedGrad(v);
  if (!isTensor(g)) return g;
  const nonLeaf = v.requiresGrad && v.node !== null && g.note === null;
  const out = g.with(nonLeaf ? { note: NON_LEAF_NOTE } : {});
  gradResults.add(out);
  return out;
}

/**
 * `x.grad_fn.name()` and `x.grad_fn.next_functions` (SPEC §10): a cell's grad_fn is its name as text, so
 * these read the node through the tensor. next_functions is a tuple of (name, 0) pairs, one per input in
 * PyTorch's order: `AccumulateGrad` for a leaf that requires grad, None (empty) for an input without history.
 */
export function gradFnMember(v: CellValue, member: 'name' | 'next_functions'): CellValue {
  if (!isTensor(v)) return errors.value('.grad_fn', `${v.kind === 'empty' ? 'an empty cell' : `a ${v.kind}`} has no grad_fn`);
  const node = v.requiresGrad ? v.node : null;
  if (node === null)
    return errors.value(`.grad_fn.${member}`, 'the tensor has no grad_fn (it is a leaf or has no history), so grad_fn is None');
  if (member === 'name') return text(node.gradFn);
  const index = new Tensor(Float64Array.of(0), []);
  const next = (node.shown ?? node.inputs).map((t) => {
    const name = !t.requiresGrad ? EMPTY : text(t.node ? t.node.gradFn : 'AccumulateGrad');
    return tuple([name, index]);
  });
  return tuple(next);
}
