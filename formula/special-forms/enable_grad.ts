// Owns `enable_grad(expr)`: torch.enable_grad, a form because the mode must hold while expr is evaluated.

import { gradModeForm } from './grad-mode-form';

export const enable_grad = gradModeForm(true, {
  name: 'enable_grad',
  torch: 'torch.enable_grad',
  doc: 'Evaluates the expression with history recorded, even inside no_grad.',
  examples: [{ formula: '=no_grad(enable_grad(ones(2, requires_grad=true) * 2)).requires_grad', result: true }],
});
