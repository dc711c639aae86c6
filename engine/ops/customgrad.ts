import { type CellError, errors, isError } from '../errors';
import { withGradMode } from '../grad-mode';
import { OpFailure, type OpDef } from '../op';
import type { Tensor } from '../tensor';

/** A user's forward and backward, as a custom `torch.autograd.Function`. */
export interface CustomGradAttrs {
  /** The user's forward; it runs without recording history. */
  readonly forward: (inputs: readonly Tensor[]) => Tensor | CellError;
  /** One gradient per input given the upstream; may fail with an error value. */
  readonly backward: (inputs: readonly Tensor[], g: Tensor) => readonly Tensor[] | CellError;
}

// The forward's value is only known by running it, so the shape rule runs it and hands it to
// `forward` through this cache, keyed by the inputs array `call` passes to both.
const pending = new WeakMap<readonly Tensor[], Tensor>();

/** A function whose forward is the user's `f` and whose backward is the user's `df` (`customgrad`). */
export const customgrad: OpDef<CustomGradAttrs> = {
  name: 'customgrad',
  gradFn: 'CustomGradBackward',
  doc: 'A function with a user-written backward, like a custom torch.autograd.Function.',
  shape: (_shapes, attrs, _dtypes, tensors) => {
    const y = withGradMode(false, () => attrs.forward(tensors));
    if (isError(y)) return y;
    if (y.dtype !== 'float64') return errors.value('customgrad', 'the forward must return a float tensor');
    pending.set(tensors, y);
    return y.shape;
  },
  forward: (inputs) => {
    const y = pending.get(inputs)!;
    pending.delete(inputs);
    return y.data;
  },
  backward: (inputs, _out, g, attrs) => {
    const gs = attrs.backward(inputs, g);
    if (isError(gs)) throw new OpFailure(gs);
    if (gs.length !== inputs.length) {
      throw new OpFailure(errors.value('customgrad', `the backward returned ${gs.length} gradients for ${inputs.length} inputs`));
    }
    return gs.map((gi, i) => {
      const want = inputs[i].shape;
      if (gi.shape.length !== want.length || gi.shape.some((n, d) => n !== want[d])) {
        throw new OpFailure(
          errors.shape(
            'customgrad',
            `the backward returned shape ${errors.fmtShape(gi.shape)} for an input of shape ${errors.fmtShape(want)}`,
          ),
        );
      }
      return gi;
    });
  },
};
