// Owns `fromTorch`: a PyTorch script as a workbook that computes what it computes (SPEC §13). The script is
// parsed with @lezer/python; a tree with error nodes is not Python. Each statement becomes rows of Sheet1
// (bridge/from-torch/statements.ts), and what falls outside the subset is quoted text listed in `untranslated`.

import { parser } from '@lezer/python';
import { lookupEntry } from '../formula/catalogue';
import { withoutExportBlocks } from './from-torch/exported';
import { MAX_PARSE_NESTING, spellTrailingDots, tooDeep } from './from-torch/literals';
import { lineIndex, StatementReader, firstSyntaxError } from './from-torch/python-statements';
import { translateStatement } from './from-torch/statements';
import { Translator } from './from-torch/translator';
import type { TorchTranslation } from './translation';

/** The largest script read, in characters: beyond it the answer is a message, not a slow translation. */
export const MAX_SCRIPT_CHARS = 4 * 1024 * 1024;

/** What a translation may assume of the build: `train` whether the sheet has train() (SPEC §12). */
export interface TorchOptions {
  train?: boolean;
}

/** Translates a PyTorch script into a workbook; never throws for any input. */
export function fromTorch(source: string, options: TorchOptions = {}): TorchTranslation {
  try {
    return translate(source, options);
  } catch (bug) {
    // Only a bug of ours lands here (user input never throws): report it rather than break the caller.
    return { ok: false, message: `the translation failed on an internal error: ${bug instanceof Error ? bug.message : String(bug)}` };
  }
}

function translate(source: string, options: TorchOptions): TorchTranslation {
  if (source.length > MAX_SCRIPT_CHARS) return { ok: false, message: `the script is longer than ${MAX_SCRIPT_CHARS} characters` };
  // A script Gradsheet wrote reads back without its own helper and output blocks (from-torch/exported.ts).
  const text = withoutExportBlocks(source.replace(/\r\n?/g, '\n'));
  const deep = tooDeep(text);
  if (deep >= 0)
    return { ok: false, message: `line ${lineIndex(text)(deep)}: nested deeper than ${MAX_PARSE_NESTING} levels, which is not read` };
  const read = spellTrailingDots(text);
  const tree = parser.parse(read);
  const lineOf = lineIndex(text);
  const error = firstSyntaxError(tree, text, lineOf);
  if (error !== null) return { ok: false, message: error };
  const statements = new StatementReader(read, text, lineOf).block(tree.topNode, 0);
  const t = new Translator(new Set(text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []), options.train ?? lookupEntry('train') !== undefined);
  let comment: string[] = [];
  let lastComment = -1;
  const flush = () => {
    if (comment.length > 0) translateStatement(t, { k: 'comment', text: comment.join(' '), line: 0, source: '' });
    comment = [];
  };
  for (const s of statements) {
    if (s.k === 'comment') {
      if (s.line !== lastComment + 1) flush();
      comment.push(s.text);
      lastComment = s.line;
      continue;
    }
    flush();
    translateStatement(t, s);
  }
  flush();
  return { ok: true, file: t.finish(), untranslated: t.untranslated };
}
