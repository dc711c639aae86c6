// Owns the workbook file (SPEC §7): its schema, the versions we read, and the messages that say why a
// file is not a workbook. Untrusted input: every field is checked before anything uses it.

import { z } from 'zod';

export const FORMAT = 'gradsheet';
export const CURRENT_VERSION = 1;

/** Limits on what a file may hold, so a hostile file is refused before it costs memory or time. */
export const FILE_LIMITS = Object.freeze({ sheets: 256, cellsPerBook: 1_000_000, inputLength: 100_000, names: 10_000, charts: 1_000 });

const CELL_KEY = /^[A-Za-z]{1,3}[1-9][0-9]{0,6}$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LOOKS_LIKE_CELL = /^[A-Za-z]+[0-9]+$/;

const input = z.string().max(FILE_LIMITS.inputLength, `a cell input is longer than ${FILE_LIMITS.inputLength} characters`);

/** A cell is its input string, or an object with at least `input` (room for sliders, formats, notes). */
const cellSchema = z.union([input, z.looseObject({ input })]);

const sheetSchema = z.object({
  name: z.string().trim().min(1, 'a sheet has an empty name').max(100, 'a sheet name is longer than 100 characters'),
  cells: z.record(z.string().regex(CELL_KEY, 'a cell key is not an address like A1'), cellSchema),
});

const chartSchema = z.looseObject({
  sheet: z.string(),
  x: z.string(),
  y: z.array(z.string()).max(64),
  title: z.string().max(500).optional(),
});

const bookSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(CURRENT_VERSION),
  seed: z.number().int().safe().default(0),
  sheets: z.array(sheetSchema).min(1, 'a workbook needs at least one sheet').max(FILE_LIMITS.sheets),
  names: z
    .record(
      z.string().regex(NAME, 'a name must be letters, digits and _, not starting with a digit').refine((n) => !LOOKS_LIKE_CELL.test(n), 'a name must not look like a cell reference'),
      z.string().max(300),
    )
    .default({}),
  charts: z.array(chartSchema).max(FILE_LIMITS.charts).default([]),
});

export type CellEntry = z.infer<typeof cellSchema>;
export type SheetFile = z.infer<typeof sheetSchema>;
export type ChartFile = z.infer<typeof chartSchema>;
export type WorkbookFile = z.infer<typeof bookSchema>;

export type ReadResult = { ok: true; book: WorkbookFile } | { ok: false; message: string };

/** Reads a parsed JSON value as a workbook of any version we ever wrote, migrated to the current one. */
export function readWorkbook(json: unknown): ReadResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, message: 'not a Gradsheet workbook: the file is not a JSON object' };
  const head = json as { format?: unknown; version?: unknown };
  if (head.format !== FORMAT) return { ok: false, message: `not a Gradsheet workbook: "format" is ${JSON.stringify(head.format) ?? 'missing'}, expected "${FORMAT}"` };
  if (typeof head.version !== 'number' || !Number.isInteger(head.version)) return { ok: false, message: 'not a Gradsheet workbook: "version" is missing or not a whole number' };
  if (head.version > CURRENT_VERSION) return { ok: false, message: `this workbook is version ${head.version}, newer than this Gradsheet reads (version ${CURRENT_VERSION}); update Gradsheet` };
  if (head.version < 1) return { ok: false, message: `version ${head.version} is not a Gradsheet version` };
  const parsed = bookSchema.safeParse(json);
  if (!parsed.success) {
    let issue = parsed.error.issues[0];
    // A record key's own message sits one level down, under zod's generic "Invalid key in record".
    while ('issues' in issue && Array.isArray(issue.issues) && issue.issues.length > 0) {
      const inner = issue.issues[0] as typeof issue | readonly (typeof issue)[];
      const next = Array.isArray(inner) ? inner[0] : inner;
      if (!next) break;
      issue = { ...next, path: [...issue.path, ...next.path] } as typeof issue;
    }
    const where = issue.path.length ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : 'the file';
    return { ok: false, message: `invalid workbook: ${where}: ${issue.message}` };
  }
  const book = parsed.data;
  const seen = new Set<string>();
  let cells = 0;
  for (const s of book.sheets) {
    const key = s.name.toLowerCase();
    if (seen.has(key)) return { ok: false, message: `invalid workbook: two sheets are named "${s.name}"` };
    seen.add(key);
    cells += Object.keys(s.cells).length;
  }
  if (cells > FILE_LIMITS.cellsPerBook) return { ok: false, message: `invalid workbook: ${cells} cells, more than the ${FILE_LIMITS.cellsPerBook} a workbook may hold` };
  if (Object.keys(book.names).length > FILE_LIMITS.names) return { ok: false, message: `invalid workbook: more than ${FILE_LIMITS.names} names` };
  return { ok: true, book };
}

/** Parses file text: JSON first (with the parser's message when it is not), then the workbook. */
export function parseWorkbookText(text: string): ReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `not a Gradsheet workbook: the file is not valid JSON (${(e as Error).message})` };
  }
  return readWorkbook(json);
}

export function cellInput(entry: CellEntry): string {
  return typeof entry === 'string' ? entry : entry.input;
}
