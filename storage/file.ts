// Owns the `.gradsheet.json` file: its name on disk, the text we write (stable, so two saves of the same
// workbook are byte-identical and diff well) and reading a file a user picked.

import { keyPosition } from './cell-key';
import {
  type CellEntry,
  type ChartFile,
  MAX_FILE_BYTES,
  type ReadResult,
  type WorkbookFile,
  parseWorkbookText,
  tooLargeMessage,
} from './format';

const FILE_EXTENSION = '.gradsheet.json';

// Characters no common file system takes, and names Windows reserves whatever their extension.
// eslint-disable-next-line no-control-regex -- control characters are among what this removes
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]+/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * The file name to export a workbook under: `<safe name>.gradsheet.json`. Characters that are not allowed in
 * file names become `-`, leading and trailing dots and spaces go, the name is capped at 100 characters, and an
 * empty name becomes `workbook`.
 */
export function exportFileName(bookName: string): string {
  let safe = bookName
    .normalize('NFC')
    .replace(UNSAFE, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  safe = Array.from(safe)
    .slice(0, 100)
    .join('')
    .replace(/[\s.]+$/, '');
  if (safe === '' || /^-+$/.test(safe)) safe = 'workbook';
  if (RESERVED.test(safe)) safe = `_${safe}`;
  return `${safe}${FILE_EXTENSION}`;
}

/**
 * The workbook with its keys in one fixed order, whatever order they were set in: top-level fields as in
 * SPEC §7 (with `name` after `version`, then `ui`), cells in reading order (row, then column), names alphabetically, cell objects as
 * input, slider, note, format. Only fields the format knows are copied.
 */
export function canonicalWorkbook(file: WorkbookFile): WorkbookFile {
  const out: WorkbookFile = {
    format: file.format,
    version: file.version,
    ...(file.name === undefined ? {} : { name: file.name }),
    seed: file.seed,
    sheets: file.sheets.map((s) => ({
      name: s.name,
      cells: Object.fromEntries(sortedCells(s.cells).map(([k, v]) => [k, canonicalCell(v)])),
    })),
    names: Object.fromEntries(Object.entries(file.names).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    charts: file.charts.map(canonicalChart),
  };
  if (file.ui) {
    const ui: NonNullable<WorkbookFile['ui']> = {};
    if (file.ui.activeSheet !== undefined) ui.activeSheet = file.ui.activeSheet;
    if (file.ui.selection)
      ui.selection = { sheet: file.ui.selection.sheet, anchor: file.ui.selection.anchor, focus: file.ui.selection.focus };
    if (file.ui.views) {
      // Sheet views in the workbook's sheet order, so the text does not depend on the order sheets were visited.
      const order = file.sheets.map((s) => s.name).filter((name) => Object.hasOwn(file.ui!.views!, name));
      ui.views = Object.fromEntries(
        order.map((name) => {
          const v = file.ui!.views![name];
          return [name, { anchor: v.anchor, focus: v.focus, scrollTop: v.scrollTop, scrollLeft: v.scrollLeft }];
        }),
      );
    }
    out.ui = ui;
  }
  return out;
}

/** The text of a `.gradsheet.json` file: pretty-printed JSON with the stable key order of canonicalWorkbook. */
export function serialiseWorkbook(file: WorkbookFile): string {
  return `${JSON.stringify(canonicalWorkbook(file), null, 2)}\n`;
}

/**
 * Reads a file the user picked (a File or Blob) or its text. A Blob over MAX_FILE_BYTES is refused by its size,
 * without being read. The result is the workbook migrated to the current version, or a message saying what is
 * wrong; nothing is stored, so a refused file leaves every saved workbook as it was.
 */
export async function importWorkbookFile(source: string | Blob): Promise<ReadResult> {
  if (typeof source === 'string') return parseWorkbookText(source);
  if (source.size > MAX_FILE_BYTES) return { ok: false, message: tooLargeMessage(source.size) };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await source.arrayBuffer());
  } catch (e) {
    return { ok: false, message: `the file could not be read (${(e as Error).message})` };
  }
  return readWorkbookBytes(bytes);
}

/** Reads a file's bytes: refused over MAX_FILE_BYTES or when not UTF-8 (Blob.text() would replace bad bytes silently). */
export function readWorkbookBytes(bytes: Uint8Array): ReadResult {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, message: tooLargeMessage(bytes.length) };
  const decoded = decodeUtf8(bytes);
  return decoded.ok ? parseWorkbookText(decoded.text) : decoded;
}

type Decoded = { ok: true; text: string } | { ok: false; message: string };

/** Decodes a file's bytes as UTF-8 (a leading byte order mark dropped), or says what they are instead. */
function decodeUtf8(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, message: 'the file is UTF-16 text; save it as UTF-8 (a workbook file is JSON in UTF-8)' };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      message: 'the file is not UTF-8 text (a workbook file is JSON in UTF-8); it may be damaged or not a workbook at all',
    };
  }
}

function canonicalChart(c: ChartFile): ChartFile {
  const out: ChartFile = { sheet: c.sheet, x: c.x, y: [...c.y] };
  if (c.title !== undefined) out.title = c.title;
  // Linear is the default: only a log scale is written, so files without it stay byte-identical.
  if (c.yScale === 'log') out.yScale = 'log';
  return out;
}

function canonicalCell(entry: CellEntry): CellEntry {
  if (typeof entry === 'string') return entry;
  const out: Exclude<CellEntry, string> = { input: entry.input };
  if (entry.slider) out.slider = { min: entry.slider.min, max: entry.slider.max, step: entry.slider.step };
  if (entry.note !== undefined) out.note = entry.note;
  if (entry.format) out.format = Object.fromEntries(Object.entries(entry.format).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return out;
}

/** Cell entries in reading order: by row, then by column (A1, B1, …, A2). */
function sortedCells(cells: Record<string, CellEntry>): [string, CellEntry][] {
  const keyed = Object.entries(cells).map(([k, v]) => ({ k, v, pos: keyPosition(k) ?? { col: 0, row: 0 } }));
  keyed.sort((a, b) => a.pos.row - b.pos.row || a.pos.col - b.pos.col || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  return keyed.map(({ k, v }) => [k, v]);
}
