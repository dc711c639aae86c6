// Owns the form behind `no_grad` and `enable_grad`: evaluate one expression under a grad mode.

import { isError } from '../../engine/errors';
import { withGradMode } from '../../engine/grad-mode';
import type { FunctionDef } from '../functions/types';
import { type SpecialFormSpec, specialForm } from './special-form';

/** A form evaluating its expression with history recorded (`on`) or not. */
export function gradModeForm(on: boolean, spec: Omit<SpecialFormSpec, 'params' | 'run'>): FunctionDef {
  return specialForm({
    ...spec,
    params: [{ name: 'expr', kind: 'any' }],
    run: ({ given: [expr] }, ctx) => {
      const v = withGradMode(on, () => ctx.value(expr!));
      // no_grad(f) of a function decorates it, as @torch.no_grad() does: each call runs under the mode.
      if (isError(v) || v.kind !== 'function') return v;
      return { kind: 'function', name: null, params: v.params, call: (xs) => withGradMode(on, () => v.call(xs)) };
    },
  });
}
