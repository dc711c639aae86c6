// Owns `toTorch`: a workbook file in, a readable PyTorch script out that computes every non-empty cell
// and prints it as SPEC §8's JSON (SPEC §13). The parts live in bridge/to-torch/: the book's cells and
// variables (model.ts), expressions (expr.ts), calls (functions.ts, special.ts, forms.ts), the Python
// helpers (helpers.ts) and the order (order.ts); this module puts them together (plan.ts decides each cell).

import type { WorkbookFile } from '../storage/format';
import { helperBlock } from './to-torch/helpers';
import { type Planned, planBook } from './to-torch/plan';
import { commentText, pyString } from './to-torch/py-text';

export const OUTPUT_BEGIN = '# --- gradsheet output: one JSON line per cell (SPEC §8) ---';
export const OUTPUT_END = '# --- end of gradsheet output ---';

/** A cell the script leaves out, with why (the script says so in a comment too). */
export interface NotTranslated {
  cell: string;
  reason: string;
}

/** The script and the cells it leaves out. */
export interface TorchScript {
  script: string;
  untranslated: NotTranslated[];
}

/** The PyTorch script of a workbook: run with python3, it prints one JSON line per translated cell. */
export function toTorch(file: WorkbookFile): string {
  return toTorchScript(file).script;
}

/** toTorch with the list of what it left out. */
export function toTorchScript(file: WorkbookFile): TorchScript {
  const plan = planBook(file);
  const lines = ['import json, math, torch', '', 'torch.set_default_dtype(torch.float64)', '', helperBlock(plan.helpers), ''];
  const untranslated: NotTranslated[] = [];
  for (const node of plan.nodes) {
    lines.push(...nodeLines(node));
    if (node.failure !== null && node.label !== null) untranslated.push({ cell: node.label, reason: node.failure });
  }
  lines.push('', OUTPUT_BEGIN);
  for (const node of plan.nodes) {
    if (node.failure !== null || node.label === null) continue;
    lines.push(`gs_print(${pyString(node.label)}, ${node.variable}${node.detached ? ', detached=True' : ''})`);
  }
  lines.push(OUTPUT_END, '');
  return { script: lines.join('\n'), untranslated };
}

function nodeLines(node: Planned): string[] {
  const what = node.label ?? node.variable;
  if (node.failure !== null) return [`# ${commentText(`${what}: not translated: ${node.failure}`)}`];
  const head = node.input === null ? [] : [`# ${commentText(`${what}: ${node.input}`)}`];
  return [...head, ...[...new Set(node.notes)].map((n) => `# ${commentText(n)}`), `${node.variable} = ${node.statement}`];
}
