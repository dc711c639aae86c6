// The bridge's round trip (SPEC §13): a workbook written out as a PyTorch script and read back in computes
// the same values. Each cell's variable is the one its output line prints; the script read back holds it as
// a workbook name.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Workbook } from '../formula/book';
import type { CellJSON } from '../formula/cell-json';
import type { WorkbookFile } from '../storage/format';
import { fromTorch } from './from-torch';
import { toTorch } from './to-torch';

interface Case {
  id: string;
  workbook: WorkbookFile;
}
// Read as files: the golden workbooks are the command line's, which bridge/ does not import.
const GOLDEN = ['../cli/golden/pytorch-cases.json', '../cli/golden/torch-cases.json'].flatMap(
  (f) => (JSON.parse(readFileSync(new URL(f, import.meta.url), 'utf8')) as { cases: Case[] }).cases,
);
/** The five tutorials, as their scripts translate: a workbook made by from-torch goes out and back too. */
const TUTORIALS: Case[] = ['blitz', 'basics', 'fundamentals', 'in-depth', 'requires-grad'].map((id) => {
  const t = fromTorch(readFileSync(new URL(`./tutorials/${id}.py`, import.meta.url), 'utf8'));
  if (!t.ok) throw new Error(`${id}.py: ${t.message}`);
  return { id: `tutorial:${id}`, workbook: t.file };
});
const CASES = [...GOLDEN, ...TUTORIALS];

/** Each printed cell and the Python expression its output line prints. */
function printed(script: string): [label: string, variable: string][] {
  return [...script.matchAll(/^gs_print\("((?:[^"\\]|\\.)*)", ([A-Za-z_][A-Za-z0-9_]*)/gm)].map((m) => [JSON.parse(`"${m[1]}"`), m[2]]);
}

function close(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => close(x, b[i]));
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    if ('cell' in a && 'op' in a) return (a as { op: unknown }).op === (b as { op?: unknown }).op;
    // Messages, notes and where a NaN was first made name the cells of each layout: the values are what must agree.
    const ka = Object.keys(a).filter((k) => !['message', 'note', 'origin'].includes(k));
    return ka.every((k) => close((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

describe('from-torch(to-torch(book)) computes what book computes', () => {
  const misses: string[] = [];
  for (const c of CASES) {
    it(c.id, () => {
      const book = Workbook.fromJSON(c.workbook);
      const script = toTorch(c.workbook);
      const back = fromTorch(script);
      expect(back.ok, back.ok ? '' : back.message).toBe(true);
      if (!back.ok) return;
      const again = Workbook.fromJSON(back.file);
      const targets = again.names();
      const names = new Map(Object.keys(targets).map((n) => [n.toLowerCase(), targets[n]]));
      for (const [label, variable] of printed(script)) {
        const expected: CellJSON = book.get(label);
        if (expected.kind === 'text' || expected.kind === 'error' || expected.kind === 'function') continue;
        const target = names.get(variable.toLowerCase()) ?? names.get(`${variable.toLowerCase()}_`);
        if (target === undefined) {
          misses.push(`${c.id} ${label}: no name ${variable}`);
          continue;
        }
        const got = again.get(target);
        if (!close(got, expected))
          misses.push(`${c.id} ${label} (${variable}): ${JSON.stringify(got).slice(0, 120)} ≠ ${JSON.stringify(expected).slice(0, 120)}`);
      }
    });
  }
  it('misses nothing', () => {
    expect(misses).toEqual([]);
  });
});
