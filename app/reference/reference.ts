// Owns what the function reference says about each function, derived from the registry (FUNCTIONS):
// the groups it is shown in, its examples' results as text, and the search (its signature reads as the
// editor's: formula/signature.ts).

import { FUNCTIONS } from '../../formula/functions/index';
import type { FunctionDef } from '../../formula/functions/types';
import { formatNumber } from '../worker/cell-view';

export interface Group {
  id: string;
  title: string;
  /** Function names, in the order they are listed. */
  names: readonly string[];
}

/** The reference's sections. A function missing here lands in "Other", which a test keeps empty. */
export const GROUPS: readonly Group[] = [
  { id: 'creation', title: 'Creation', names: ['tensor', 'ones', 'zeros', 'full', 'eye', 'arange', 'linspace', 'rand', 'randn', 'randint', 'randperm', 'ones_like', 'zeros_like', 'full_like', 'rand_like', 'randn_like'] },
  {
    id: 'elementwise', title: 'Elementwise',
    names: [
      'add', 'sub', 'mul', 'div', 'neg', 'pow', 'square', 'abs', 'sign', 'exp', 'log', 'log1p', 'sqrt', 'sin', 'cos', 'tan', 'tanh', 'erf',
      'sigmoid', 'relu', 'leaky_relu', 'softplus', 'gelu', 'floor', 'ceil', 'round', 'maximum', 'minimum', 'clamp', 'where',
      'eq', 'ne', 'lt', 'le', 'gt', 'ge',
    ],
  },
  { id: 'reductions', title: 'Reductions', names: ['sum', 'mean', 'prod', 'max', 'min', 'amax', 'amin', 'all', 'any', 'argmax', 'argmin', 'norm', 'var', 'std', 'logsumexp', 'softmax', 'log_softmax', 'cumsum'] },
  { id: 'shape', title: 'Shape and indexing', names: ['reshape', 'view', 'flatten', 'squeeze', 'unsqueeze', 'transpose', 't', 'permute', 'cat', 'stack', 'broadcast_to', 'numel', 'shape', 'size', 'dim', 'clone', 'tolist', 'float', 'item', 'index_select'] },
  { id: 'linalg', title: 'Linear algebra', names: ['matmul', 'mm', 'mv', 'dot', 'outer', 'linear'] },
  { id: 'losses', title: 'Losses', names: ['mse_loss', 'l1_loss', 'smooth_l1_loss', 'binary_cross_entropy', 'binary_cross_entropy_with_logits', 'cross_entropy', 'nll_loss'] },
  {
    id: 'autograd', title: 'Autograd',
    names: ['grad', 'backward', 'no_grad', 'enable_grad', 'detach', 'requires_grad_', 'gradfn', 'jacobian', 'hessian', 'vjp', 'jvp', 'hvp', 'vhp', 'customgrad', 'clip_grad_norm', 'clip_grad_value'],
  },
  { id: 'control', title: 'Control', names: ['if', 'let', 'while', 'repeat', 'tuple'] },
];

export const OTHER: Group = { id: 'other', title: 'Other', names: [] };

export interface GroupedFunctions {
  group: Group;
  functions: FunctionDef[];
}

/** The functions by group, in GROUPS order; functions no group names go to "Other" at the end. */
export function groupFunctions(functions: readonly FunctionDef[] = FUNCTIONS): GroupedFunctions[] {
  const byName = new Map(functions.map((f) => [f.name, f]));
  const placed = new Set<string>();
  const out: GroupedFunctions[] = [];
  for (const group of GROUPS) {
    const fs = group.names.flatMap((n) => {
      const f = byName.get(n);
      if (!f || placed.has(n)) return [];
      placed.add(n);
      return [f];
    });
    if (fs.length) out.push({ group, functions: fs });
  }
  const rest = functions.filter((f) => !placed.has(f.name));
  if (rest.length) out.push({ group: OTHER, functions: rest });
  return out;
}

/** An example's stated result as the sheet shows it: `2`, `[0, 4]`, `True`, `#SHAPE!`, `MulBackward0`. */
export function formatResult(result: unknown): string {
  if (typeof result === 'number') return formatNumber(result);
  if (typeof result === 'boolean') return result ? 'True' : 'False';
  if (typeof result === 'string') return result;
  if (Array.isArray(result)) return `[${result.map(formatResult).join(', ')}]`;
  return JSON.stringify(result);
}

/** Whether a function matches a search: its name, PyTorch name or doc contains every word typed. */
export function matches(f: FunctionDef, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = `${f.name} ${f.torch} ${f.doc}`.toLowerCase();
  return words.every((w) => text.includes(w));
}

/** The grouped functions a search shows: name matches first within each group, empty groups left out. */
export function search(query: string, functions: readonly FunctionDef[] = FUNCTIONS): GroupedFunctions[] {
  const q = query.trim().toLowerCase();
  return groupFunctions(functions)
    .map(({ group, functions: fs }) => {
      const hits = fs.filter((f) => matches(f, q));
      const named = hits.filter((f) => f.name.toLowerCase().includes(q));
      return { group, functions: q ? [...named, ...hits.filter((f) => !named.includes(f))] : hits };
    })
    .filter((g) => g.functions.length > 0);
}

/** Parameters with a doc line, for the entry's parameter list. */
export function documentedParams(f: FunctionDef): { name: string; keyword: boolean; doc: string }[] {
  return [
    ...f.params.filter((p) => p.doc).map((p) => ({ name: p.name, keyword: false, doc: p.doc! })),
    ...(f.kwargs ?? []).filter((p) => p.doc).map((p) => ({ name: p.name, keyword: true, doc: p.doc! })),
  ];
}

/** Text with `code` spans (as the registry writes them), split into plain and code runs. */
export function splitCode(text: string): { code: boolean; text: string }[] {
  return text
    .split('`')
    .map((t, i) => ({ code: i % 2 === 1, text: t }))
    .filter((r) => r.text !== '');
}
