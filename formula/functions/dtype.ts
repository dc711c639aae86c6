// Owns `dtype=` on the creation functions (SPEC §10): the sheet computes in float64, so float64 is
// silent, a narrower float computes in float64 with a note saying so, an integer dtype makes the
// values whole (truncated toward zero, as PyTorch converts) and torch.bool makes a boolean tensor.

import { errors, isError } from '../../engine/errors';
import { Tensor, isTensor } from '../../engine/tensor';
import type { CellValue } from '../../engine/value';
import { canonicalDtype } from '../torch-names';
import type { FunctionDef, ParamSpec } from './types';

const DTYPE: ParamSpec = {
  name: 'dtype',
  kind: 'any',
  default: null,
  doc: "torch.float64 (the sheet's own), a narrower float (computed in float64, with a note), an integer dtype (whole values) or torch.bool.",
};

const NARROW_FLOATS = new Set(['torch.float32', 'torch.float16', 'torch.bfloat16']);

/** The result of `fn` as `dtype` asks, or why it cannot be. */
function cast(fn: string, out: CellValue, dtype: CellValue): CellValue {
  if (isError(out) || !isTensor(out) || dtype.kind === 'empty') return out;
  const name = dtype.kind === 'text' ? canonicalDtype(dtype.value) : undefined;
  if (name === undefined) {
    return errors.value(
      fn,
      `dtype must be a torch dtype such as torch.float64, got ${dtype.kind === 'text' ? `"${dtype.value}"` : `a ${dtype.kind}`}`,
    );
  }
  if (name === 'torch.float64') return out.dtype === 'bool' ? new Tensor(out.data, out.shape, 'float64', out.requiresGrad) : out;
  if (NARROW_FLOATS.has(name)) {
    return out.with({
      note: `${name} is computed in float64 here: the sheet has one float type, so values carry more digits than PyTorch's ${name}`,
    });
  }
  if (out.requiresGrad) return errors.value(fn, `only floating-point tensors can require gradients, and ${name} is not one`);
  if (name === 'torch.bool')
    return new Tensor(
      out.data.map((x) => (x !== 0 ? 1 : 0)),
      out.shape,
      'bool',
    );
  return new Tensor(out.data.map(Math.trunc), out.shape);
}

const isInteger = (name: string | undefined): boolean =>
  name !== undefined && name !== 'torch.bool' && !name.startsWith('torch.float') && name !== 'torch.bfloat16';

/** Random floats have no integer form: PyTorch refuses (`check_uniform_bounds` not implemented for 'Long'). */
const FLOAT_ONLY = new Set(['rand', 'randn', 'rand_like', 'randn_like']);

/** A creation function that also takes `dtype=`. */
export function withDtype(def: FunctionDef): FunctionDef {
  return {
    ...def,
    kwargs: [DTYPE, ...(def.kwargs ?? [])],
    lower: (args, { dtype, ...kwargs }, ctx) => {
      const wanted = (dtype ?? { kind: 'empty' }) as CellValue;
      const name = wanted.kind === 'text' ? canonicalDtype(wanted.value) : undefined;
      if (name !== undefined && name !== 'torch.float64' && !NARROW_FLOATS.has(name) && FLOAT_ONLY.has(def.name)) {
        return errors.value(def.name, `makes floating-point numbers, not ${name} (randint makes integers)`);
      }
      // arange in an integer dtype counts in it: its bounds and step are whole numbers first, as in PyTorch.
      const given = def.name === 'arange' && isInteger(name) ? args.map((a) => (typeof a === 'number' ? Math.trunc(a) : a)) : args;
      return cast(def.name, def.lower(given, kwargs, ctx), wanted);
    },
  };
}
