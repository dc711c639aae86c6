// Owns the optimizer settings the Train panel shows: each optimizer's keywords (engine/optim-defaults.ts,
// the same list `train` takes) with torch.optim's defaults, the text each field starts with, and reading
// the fields back into hyperparameters, saying in words what is wrong with one.

import { DEFAULTS, type Hyper, type HyperName, type OptimizerName, keywordsOf } from '../../engine/optim-defaults';

/**
 * The learning rate the panel starts with: torch.optim's (1e-3 for Adam, none for SGD) takes thousands of
 * steps on the examples, so the panel offers a livelier one and shows PyTorch's beside it.
 */
export const PANEL_LR = 0.05;

export const PANEL_STEPS = 500;

export interface HyperField {
  key: HyperName;
  kind: 'number' | 'bool' | 'pair';
  /** torch.optim's default as the field writes it; null for SGD's lr, which has none. */
  torchDefault: string | null;
}

const show = (v: unknown): string => (Array.isArray(v) ? v.map(String).join(', ') : String(v));

/** The keywords of an optimizer, in torch.optim's order, with its defaults. */
export function hyperFields(name: OptimizerName): HyperField[] {
  const defaults = DEFAULTS[name] as Partial<Record<HyperName, unknown>>;
  // keywordsOf lists lr first and again where torch.optim gives it a default.
  return [...new Set(keywordsOf(name))].map((key) => {
    const d = defaults[key];
    const kind = typeof d === 'boolean' ? 'bool' : key === 'betas' ? 'pair' : 'number';
    return { key, kind, torchDefault: d === undefined ? null : show(d) };
  });
}

/** The text a field starts with: torch.optim's default, except the learning rate (PANEL_LR). */
export function initialText(field: HyperField): string {
  return field.key === 'lr' ? String(PANEL_LR) : (field.torchDefault ?? '');
}

function number(key: string, text: string): number | string {
  const t = text.trim();
  const x = t === '' ? NaN : Number(t);
  return Number.isFinite(x) ? x : `${key} must be a number, got "${text}".`;
}

/** The fields' texts (by keyword; a missing one is its initial text) as hyperparameters, or what is wrong. */
export function readHyper(name: OptimizerName, texts: Readonly<Partial<Record<HyperName, string>>>): Partial<Hyper> | string {
  const out: Record<string, unknown> = {};
  for (const field of hyperFields(name)) {
    const text = texts[field.key] ?? initialText(field);
    if (field.kind === 'bool') {
      out[field.key] = text === 'true';
      continue;
    }
    if (field.kind === 'pair') {
      const parts = text.split(',').map((p) => number(field.key, p));
      const bad = parts.find((p) => typeof p === 'string');
      if (bad !== undefined) return `${field.key} must be two numbers, as in 0.9, 0.999.`;
      if (parts.length !== 2) return `${field.key} must be two numbers, as in 0.9, 0.999; got ${parts.length}.`;
      out[field.key] = parts;
      continue;
    }
    const x = number(field.key, text);
    if (typeof x === 'string') return x;
    out[field.key] = x;
  }
  return out as Partial<Hyper>;
}
