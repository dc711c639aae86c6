// Owns PyTorch's spellings of names (SPEC §10): the module prefixes that name our functions
// (`torch.ones`, `F.mse_loss`, `torch.autograd.functional.jacobian`), the constants `pi`, `e`, `inf`,
// `nan`, and the dtypes `torch.float32`, `torch.long`, ...; as names only (formula/torch-values.ts makes
// their values), so the editor can read them without the engine.

import type { Expr } from './ast';

/** Module paths whose members are our functions and constants, as a script imports them. */
const MODULE_PREFIXES = new Set([
  'torch',
  'torch.nn.functional',
  'nn.functional',
  'F',
  'torch.autograd',
  'torch.autograd.functional',
  'torch.linalg',
  'torch.special',
  'math',
  'torch.nn.utils',
]);

/** The dotted path that names and attributes spell (`torch.nn.functional`), or null for anything else. */
function dottedPath(e: Expr): string | null {
  const parts: string[] = [];
  let at: Expr = e;
  while (at.type === 'attr') {
    parts.push(at.name);
    at = at.object;
  }
  if (at.type !== 'name') return null;
  parts.push(at.name);
  return parts.reverse().join('.');
}

/** Whether a dotted path as typed (`torch.nn.functional`) is a module whose members are our functions. */
export const isModulePath = (path: string): boolean => MODULE_PREFIXES.has(path);

/** What `torch.` and the other prefixes offer besides functions: constants, and for `torch.` the dtypes. */
export function moduleConstants(path: string): { constants: readonly string[]; dtypes: readonly string[] } {
  return { constants: ['torch', 'math'].includes(path) ? Object.keys(CONSTANTS) : [], dtypes: path === 'torch' ? Object.keys(DTYPES) : [] };
}

/** The module prefix `e` spells, with the name at its root (which a workbook name or parameter may shadow). */
export function modulePrefix(e: Expr): { path: string; root: string } | null {
  const path = dottedPath(e);
  return path !== null && MODULE_PREFIXES.has(path) ? { path, root: path.split('.')[0] } : null;
}

/** The constants a prefix names, by name. */
export const CONSTANTS: Readonly<Record<string, number>> = { pi: Math.PI, e: Math.E, inf: Infinity, nan: NaN };

/** PyTorch's dtypes by the attribute name `torch.` gives them, with their canonical spelling. */
export const DTYPES: Readonly<Record<string, string>> = {
  float64: 'torch.float64',
  double: 'torch.float64',
  float32: 'torch.float32',
  float: 'torch.float32',
  float16: 'torch.float16',
  half: 'torch.float16',
  bfloat16: 'torch.bfloat16',
  int64: 'torch.int64',
  long: 'torch.int64',
  int32: 'torch.int32',
  int: 'torch.int32',
  int16: 'torch.int16',
  short: 'torch.int16',
  int8: 'torch.int8',
  uint8: 'torch.uint8',
  bool: 'torch.bool',
};

/** A dtype's canonical spelling from any of its names, with or without `torch.` (`"double"` is torch.float64). */
export function canonicalDtype(name: string): string | undefined {
  const bare = name.startsWith('torch.') ? name.slice('torch.'.length) : name;
  return Object.hasOwn(DTYPES, bare) ? DTYPES[bare] : undefined;
}

/** Every name a prefix can reach besides functions: for "did you mean" and completion. */
export const PREFIXED_NAMES: readonly string[] = [...Object.keys(CONSTANTS), ...Object.keys(DTYPES)];
