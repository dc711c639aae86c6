// The library entry (SPEC §9): `import { Workbook } from "gradsheet"` in Node or a Web Worker.

export { Workbook, WorkbookFormatError } from './book';
export { DEFAULT_LIMITS, type Limits, limits, setLimits } from '../engine/limits';
export type { CellJSON } from './cell-json';
export { FUNCTIONS, lookupFunction } from './functions/index';
export type { FunctionDef } from './functions/types';
export { parseWorkbookText, readWorkbook } from '../storage/format';
export type { WorkbookFile } from '../storage/format';
export { type WorkbookProfile, profileJSON, profileWorkbook } from './profile';
