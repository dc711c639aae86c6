// Owns how a function's signature reads, as Python writes it (`sum(input, dim=None, keepdim=False)`),
// for every place that shows one: the editor's completion and signature help, the function reference
// and docs/functions.md. Plain text from the declaration alone, so the app imports it without the engine.

import type { FunctionSpec, ParamSpec } from './functions/spec';

/** What a signature needs of a function's declaration. */
export type Signed = Pick<FunctionSpec, 'name' | 'params' | 'kwargs'>;

/** How a default reads in a signature: PyTorch's spelling (`None`, `False`, `"mean"`), as its docs show. */
export function formatDefault(value: ParamSpec['default']): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.join(', ')}]`;
  return String(value);
}

/** One piece of a signature between the commas: a parameter, or the bare `*` before keyword-only ones. */
export interface SignaturePart {
  text: string;
  param: ParamSpec | null;
}

function paramText(p: ParamSpec): string {
  if (p.variadic) return `*${p.name}`;
  return p.default === undefined ? p.name : `${p.name}=${formatDefault(p.default)}`;
}

/** The parameters as Python writes them: `input, dim=None, *, keepdim=False`; a method leaves out its object. */
export function signatureParts(def: Signed, method = false): SignaturePart[] {
  const params = method ? def.params.slice(1) : def.params;
  const parts: SignaturePart[] = params.map((p) => ({ text: paramText(p), param: p }));
  const kwargs = def.kwargs ?? [];
  // After `*size` every later parameter is keyword-only already, so Python writes no bare `*`.
  if (kwargs.length > 0 && !def.params.at(-1)?.variadic) parts.push({ text: '*', param: null });
  for (const k of kwargs) parts.push({ text: paramText(k), param: k });
  return parts;
}

/** `(input, dim=None, keepdim=False)`: the parameter list of a function, or of a method without its object. */
export function formatSignature(def: Signed, method = false): string {
  return `(${signatureParts(def, method)
    .map((p) => p.text)
    .join(', ')})`;
}

/** `sum(input, dim=None, keepdim=False)`: the whole signature, as the reference and the docs head an entry. */
export const signature = (def: Signed): string => `${def.name}${formatSignature(def)}`;
