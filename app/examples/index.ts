// Owns the built-in examples: one workbook per PyTorch autograd tutorial the product is modelled on
// (the golden cases' sources), then the gallery; and the workbook a first visit opens.

import type { WorkbookFile } from '../../storage/format';
import type { Example } from './build';
import { expSin } from './gallery-exp-sin';
import { fitLine } from './gallery-fit-line';
import { profilerExample } from './gallery-profiler';
import { twoLayer } from './gallery-two-layer';
import { basics } from './tutorial-basics';
import { blitz } from './tutorial-blitz';
import { fundamentals } from './tutorial-fundamentals';
import { inDepth } from './tutorial-in-depth';
import { requiresGrad } from './tutorial-requires-grad';

export type { Example } from './build';

/** The tutorials in the order of their golden cases (000 … 004), then the gallery. */
export const EXAMPLES: readonly Example[] = [
  blitz,
  basics,
  fundamentals,
  inDepth,
  requiresGrad,
  expSin,
  profilerExample,
  fitLine,
  twoLayer,
];

/** A fresh copy of an example's workbook, so opening and editing it never changes the original. */
export function copyWorkbook(book: WorkbookFile): WorkbookFile {
  return structuredClone(book);
}

/** What a first visit opens: the first tutorial. */
export function firstVisitWorkbook(): WorkbookFile {
  return copyWorkbook(EXAMPLES[0].workbook);
}
