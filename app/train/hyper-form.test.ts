import { describe, expect, it } from 'vitest';
import { resolveHyper } from '../../engine/optim';
import { OPTIMIZERS } from '../../engine/optim-defaults';
import { hyperFields, initialText, readHyper } from './hyper-form';

describe('hyperFields', () => {
  it("lists each optimizer's keywords in torch.optim's order with its defaults", () => {
    expect(hyperFields('adam')).toEqual([
      { key: 'lr', kind: 'number', torchDefault: '0.001' },
      { key: 'betas', kind: 'pair', torchDefault: '0.9, 0.999' },
      { key: 'eps', kind: 'number', torchDefault: '1e-8' },
      { key: 'weight_decay', kind: 'number', torchDefault: '0' },
      { key: 'amsgrad', kind: 'bool', torchDefault: 'false' },
      { key: 'maximize', kind: 'bool', torchDefault: 'false' },
    ]);
    expect(hyperFields('sgd')[0]).toEqual({ key: 'lr', kind: 'number', torchDefault: null });
    expect(hyperFields('adamw').find((f) => f.key === 'weight_decay')?.torchDefault).toBe('0.01');
  });

  it('starts every field at the default except the learning rate', () => {
    expect(hyperFields('rmsprop').map(initialText)).toEqual(['0.05', '0.99', '1e-8', '0', '0', 'false', 'false']);
  });
});

describe('readHyper', () => {
  it('reads the initial texts into hyperparameters every optimizer accepts', () => {
    for (const name of OPTIMIZERS) {
      const h = readHyper(name, {});
      if (typeof h === 'string') throw new Error(h);
      expect(resolveHyper(name, h)).toMatchObject({ lr: 0.05 });
    }
  });

  it('reads numbers, pairs and switches', () => {
    expect(readHyper('adam', { lr: ' 0.1 ', betas: '0.8,0.99', amsgrad: 'true' })).toEqual({
      lr: 0.1,
      betas: [0.8, 0.99],
      eps: 1e-8,
      weight_decay: 0,
      amsgrad: true,
      maximize: false,
    });
  });

  it('says what is wrong with a field', () => {
    expect(readHyper('sgd', { lr: 'fast' })).toBe('lr must be a number, got "fast".');
    expect(readHyper('sgd', { momentum: '' })).toBe('momentum must be a number, got "".');
    expect(readHyper('adam', { betas: '0.9' })).toBe('betas must be two numbers, as in 0.9, 0.999; got 1.');
    expect(readHyper('adam', { betas: '0.9, x' })).toBe('betas must be two numbers, as in 0.9, 0.999.');
  });
});
