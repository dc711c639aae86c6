// Owns translating a script and evaluating its workbook for the bridge's tests (imported only by *.test.ts files).

import { Workbook } from '../../formula/index';
import { fromTorch, type TorchOptions } from '../from-torch';

/** The translation of `source`, evaluated: its cells, names, untranslated list, a cell's JSON by address. */
export function run(source: string, options?: TorchOptions) {
  const result = fromTorch(source, options);
  if (!result.ok) throw new Error(result.message);
  const cells = result.file.sheets[0].cells as Record<string, string>;
  const book = Workbook.fromJSON(result.file);
  const value = (ref: string) => book.get(`Sheet1!${ref}`) as { kind: string; value?: unknown; items?: unknown[]; shape?: number[] };
  return { cells, names: result.file.names ?? {}, untranslated: result.untranslated, value };
}
