// Owns the workbook names a script's variables get: the variable's own name where it is a valid workbook
// name (SPEC §3), otherwise the name with `_` appended until it is one (`x1` → `x1_`, `sum` → `sum_`),
// the same for every use; names are case-insensitive, so `X` and `x` get different ones.

import { isAllowedName } from '../../formula/address';
import { lookupEntry } from '../../formula/catalogue';
import { CONSTANTS } from '../../formula/torch-names';

/** Words a workbook name may not take: constants, literals and the module prefixes a formula reads. */
const RESERVED = new Set([...Object.keys(CONSTANTS), 'true', 'false', 'none', 'torch', 'f', 'nn', 'math', 'lambda']);

const free = (name: string): boolean => isAllowedName(name) && !RESERVED.has(name.toLowerCase()) && lookupEntry(name) === undefined;

/** One script's names: each Python identifier gets one formula name. */
export class Names {
  private readonly byId = new Map<string, string>();
  private readonly taken = new Set<string>();

  /** The formula name of the identifier `id`. */
  of(id: string): string {
    const known = this.byId.get(id);
    if (known !== undefined) return known;
    // Python allows letters beyond ASCII (`α`); a workbook name does not, so they become `_`.
    let name = id.replace(/[^A-Za-z0-9_]/g, '_').replace(/^[0-9]/, '_$&');
    while (!free(name) || this.taken.has(name.toLowerCase())) name += '_';
    this.byId.set(id, name);
    this.taken.add(name.toLowerCase());
    return name;
  }
}
