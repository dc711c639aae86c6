// Owns the names of torch.optim's optimizers, their keywords and PyTorch's defaults, as plain data: engine/optim.ts
// steps with them, and the app's Train panel (main thread, where the engine must not be bundled) shows them.

export const OPTIMIZERS = ['sgd', 'adam', 'adamw', 'rmsprop', 'adagrad'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

/** Every hyperparameter one of the optimizers takes; each reads its own. */
export interface Hyper {
  readonly lr: number;
  readonly momentum: number;
  readonly dampening: number;
  readonly nesterov: boolean;
  readonly weight_decay: number;
  readonly maximize: boolean;
  readonly betas: readonly [number, number];
  readonly eps: number;
  readonly amsgrad: boolean;
  readonly alpha: number;
  readonly centered: boolean;
  readonly lr_decay: number;
  readonly initial_accumulator_value: number;
}

export type HyperName = keyof Hyper;

/** PyTorch's class name, for messages. */
export const CLASS_NAMES: Readonly<Record<OptimizerName, string>> = {
  sgd: 'SGD',
  adam: 'Adam',
  adamw: 'AdamW',
  rmsprop: 'RMSprop',
  adagrad: 'Adagrad',
};

const ADAM_DEFAULTS = { lr: 1e-3, betas: [0.9, 0.999], eps: 1e-8, weight_decay: 0, amsgrad: false, maximize: false } as const;

/** Each optimizer's keywords with torch.optim's defaults (SGD's lr has none: PyTorch 1's `required`). */
export const DEFAULTS: Readonly<Record<OptimizerName, Partial<Hyper>>> = {
  sgd: { momentum: 0, dampening: 0, weight_decay: 0, nesterov: false, maximize: false },
  adam: ADAM_DEFAULTS,
  adamw: { ...ADAM_DEFAULTS, weight_decay: 1e-2 },
  rmsprop: { lr: 1e-2, alpha: 0.99, eps: 1e-8, weight_decay: 0, momentum: 0, centered: false, maximize: false },
  adagrad: { lr: 1e-2, lr_decay: 0, weight_decay: 0, initial_accumulator_value: 0, eps: 1e-10, maximize: false },
};

/** The keywords an optimizer accepts, in torch.optim's order. */
export const keywordsOf = (name: OptimizerName): HyperName[] => ['lr', ...(Object.keys(DEFAULTS[name]) as HyperName[])];
