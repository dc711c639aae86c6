// Owns `no_grad(expr)`: torch.no_grad, a form because the mode must hold while expr is evaluated.

import { gradModeForm } from './grad-mode-form';

export const no_grad = gradModeForm(false, {
  name: 'no_grad',
  torch: 'torch.no_grad',
  doc: 'Evaluates the expression without recording history: results do not require grad.',
  examples: [{ formula: '=no_grad(ones(2, requires_grad=true) * 2).requires_grad', result: false }],
});
