// Owns what the function reference says about each function, derived from the catalogue (formula/catalogue.ts):
// its group's section, its examples' results as text, and the search (its signature reads as the editor's:
// formula/signature.ts).

import { CATALOGUE, type CatalogueEntry, GROUPS } from '../../formula/catalogue';
import { formatNumber } from '../worker/view-limits';

export type Group = (typeof GROUPS)[number];

export interface GroupedFunctions {
  group: Group;
  functions: CatalogueEntry[];
}

/** The functions by their group, in GROUPS order, each group in the registry's order. */
export function groupFunctions(functions: readonly CatalogueEntry[] = CATALOGUE): GroupedFunctions[] {
  return GROUPS.map((group) => ({ group, functions: functions.filter((f) => f.group === group.id) })).filter((g) => g.functions.length > 0);
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
export function matches(f: CatalogueEntry, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = `${f.name} ${f.torch} ${f.doc}`.toLowerCase();
  return words.every((w) => text.includes(w));
}

/** The grouped functions a search shows: name matches first within each group, empty groups left out. */
export function search(query: string, functions: readonly CatalogueEntry[] = CATALOGUE): GroupedFunctions[] {
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
export function documentedParams(f: CatalogueEntry): { name: string; keyword: boolean; doc: string }[] {
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
