// Owns the function catalogue as the app reads it: every function's spec and group as plain data
// (generated into catalogue.gen.ts from the registry by `npm run gen`), with no engine behind it.

import { CATALOGUE } from './catalogue.gen';
import type { CatalogueEntry } from './functions/spec';

export { CATALOGUE };
export { GROUPS } from './functions/spec';
export type { CatalogueEntry, FunctionExample, FunctionGroup, ParamSpec } from './functions/spec';

let byName: Map<string, CatalogueEntry> | null = null;

/** The function a user's name means, case-insensitively, as the catalogue describes it; undefined for an unknown name. */
export function lookupEntry(name: string): CatalogueEntry | undefined {
  byName ??= new Map(CATALOGUE.map((f) => [f.name.toLowerCase(), f]));
  return byName.get(name.toLowerCase());
}
