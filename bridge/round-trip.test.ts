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
import { differs } from './to-torch/test-helpers';

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

/** Why the cell read back differs from the book's: the exporter's rule (values to 1e-9, flags), and where NaN began by op. */
function roundTripDiffers(got: CellJSON, want: CellJSON): string | null {
  const json = (v: CellJSON) => v as unknown as Record<string, unknown>;
  const why = differs(json(got), json(want));
  if (why !== null) return why;
  // The cell where a NaN was first made is named by each layout's own addresses: the op must agree.
  const op = (v: CellJSON) => (json(v).nonfinite as { op?: string } | undefined)?.op;
  return op(got) === op(want) ? null : `NaN made by ${String(op(got))}, the book's by ${String(op(want))}`;
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
        const why = roundTripDiffers(got, expected);
        if (why !== null) misses.push(`${c.id} ${label} (${variable}): ${why}`);
      }
    });
  }
  it('misses nothing', () => {
    expect(misses).toEqual([]);
  });
});
