// Signatures read as Python writes them, the one text the editor, the reference and the docs show.

import { describe, expect, test } from 'vitest';
import { lookupFunction } from './functions/index';
import { formatDefault, formatSignature, signature, signatureParts } from './signature';

const fn = (name: string) => lookupFunction(name) ?? expect.unreachable(name);

describe('formatSignature', () => {
  test('Python spelling of parameters and defaults', () => {
    expect(formatSignature(fn('clamp'))).toBe('(input, min=None, max=None)');
    expect(formatSignature(fn('mse_loss'))).toBe('(input, target, *, reduction="mean")');
    expect(formatSignature(fn('ones'))).toBe('(*size, dtype=None, requires_grad=False)');
    expect(formatSignature(fn('sum'), true)).toBe('(dim=None, keepdim=False)');
    expect([formatDefault(true), formatDefault(-1), formatDefault([2, 3]), formatDefault('mean')]).toEqual([
      'True',
      '-1',
      '[2, 3]',
      '"mean"',
    ]);
  });

  test('the whole signature heads with the name; the parts mark the keyword-only star', () => {
    expect(signature(fn('let'))).toBe('let(name1, value1, *body)');
    expect(signatureParts(fn('grad')).map((p) => [p.text, p.param?.name ?? null])).toEqual([
      ['y', 'y'],
      ['x', 'x'],
      ['v=None', 'v'],
      ['*', null],
      ['retain_graph=False', 'retain_graph'],
      ['create_graph=False', 'create_graph'],
    ]);
  });
});
