// Owns what a cell's view may carry (series and spill sizes) and how a number shows by default: both
// the worker, which builds views (cell-view.ts), and the main thread, which reads them, need these,
// and the main thread must not import cell-view.ts, which reads the engine's tensors.

import { GENERAL, formatNumberAs } from '../grid/number-format';

/** The most elements of a 1-D tensor a view carries as a chart series. */
export const SERIES_LIMIT = 100_000;

/** The most elements a cell's spill block carries; a bigger tensor spills its top-left corner and a `…` edge. */
export const SPILL_LIMIT = 10_000;

/** A number as a sheet shows it by default: Excel's General (see number-format.ts). */
export const formatNumber = (x: number): string => formatNumberAs(x, GENERAL);
