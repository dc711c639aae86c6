// Owns the workbook file (SPEC §7): its schema, the versions we read and how older ones migrate, and the
// messages that say why a file is not a workbook. Untrusted input: every field is checked before anything
// uses it, and anything we do not know is dropped so it can never reach rendering or re-serialisation.
// size: the workbook file's schema is one contract (SPEC §7): every field's rule in one file.

import { z } from 'zod';
import { cellKeysProblem, isGridKey } from './cell-key';
import { cleanFormat } from './cell-format';
import { utf8Length } from './utf8';

// Zod would probe `new Function` to compile faster parsers; the app's Content-Security-Policy forbids eval,
// and a refused probe still reports a violation. Interpreted parsing is fast enough for a million cells.
z.config({ jitless: true });

export const FORMAT = 'gradsheet';
export const CURRENT_VERSION = 1;

/** The largest workbook text we parse (and the largest file or unpacked share link we read): 20 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Limits on what a file may hold, so a hostile file is refused before it costs memory or time. */
export const FILE_LIMITS = Object.freeze({
  sheets: 256,
  cellsPerBook: 1_000_000,
  inputLength: 100_000,
  names: 10_000,
  charts: 1_000,
  sheetName: 100,
  chartTitle: 500,
  reference: 300,
  noteLength: 10_000,
  formatKeys: 64,
  formatText: 1_000,
  bookName: 200,
  scroll: 1e9,
});

const CELL_KEY = /^[A-Za-z]{1,3}[1-9][0-9]{0,6}$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LOOKS_LIKE_CELL = /^[A-Za-z]+[0-9]+$/;
const FORMAT_KEY = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

const input = z.string().max(FILE_LIMITS.inputLength, `a cell input is longer than ${FILE_LIMITS.inputLength} characters`);
const cellKey = z.string().regex(CELL_KEY, 'a cell key is not an address like A1');
const sheetName = z
  .string()
  .trim()
  .min(1, 'a sheet has an empty name')
  .max(FILE_LIMITS.sheetName, `a sheet name is longer than ${FILE_LIMITS.sheetName} characters`);
const reference = z.string().max(FILE_LIMITS.reference, `a reference is longer than ${FILE_LIMITS.reference} characters`);

/** A slider on a number cell: finite bounds with min < max and a positive step. */
const sliderSchema = z
  .object({ min: z.number(), max: z.number(), step: z.number().positive('a slider step must be more than 0') })
  .refine((s) => s.min < s.max, "a slider's min must be less than its max");

/** Display options for a cell: a flat object of short strings, numbers and booleans (never nested); the options we know are checked (cell-format.ts). */
const formatSchema = z
  .record(
    z.string().regex(FORMAT_KEY, 'a format key must be a short word'),
    z.union([
      z.string().max(FILE_LIMITS.formatText, `a format value is longer than ${FILE_LIMITS.formatText} characters`),
      z.number(),
      z.boolean(),
    ]),
  )
  .refine((f) => Object.keys(f).length <= FILE_LIMITS.formatKeys, `a cell format has more than ${FILE_LIMITS.formatKeys} keys`)
  .transform(cleanFormat);

/**
 * A cell object: `input` plus the extras we know. Unknown keys are dropped (zod's default for objects), so a
 * huge or deeply nested value under a key we do not know never survives the read.
 */
const cellObjectSchema = z.object({
  input,
  slider: sliderSchema.optional(),
  note: z.string().max(FILE_LIMITS.noteLength, `a note is longer than ${FILE_LIMITS.noteLength} characters`).optional(),
  format: formatSchema.optional(),
});

/** A cell is its input string, or an object with at least `input` (room for sliders, formats, notes). */
const cellSchema = z.union([input, cellObjectSchema], { error: 'a cell must be its input text or an object with an "input"' });

/**
 * An object of string keys, like z.record, except that every key is kept: z.record skips a `__proto__` key
 * without a word, which would drop a name, a sheet's view or a cell called that. Object.fromEntries makes
 * `__proto__` an own property rather than the prototype, so it round-trips.
 */
function ownRecord<V extends z.ZodType>(key: z.ZodType<string>, value: V) {
  return z.custom<Record<string, unknown>>(isObject, 'expected an object').transform((record, ctx) => {
    const entries: [string, z.output<V>][] = [];
    for (const k of Object.keys(record)) {
      const checked = key.safeParse(k);
      const read = checked.success ? value.safeParse(record[k]) : checked;
      if (!read.success) {
        for (const issue of read.error.issues) ctx.addIssue({ ...issue, path: [k, ...issue.path] });
        return z.NEVER;
      }
      entries.push([k, read.data]);
    }
    return Object.fromEntries(entries);
  });
}

/** The widths, in pixels, a column may have in a file. */
export const COLUMN_WIDTH = Object.freeze({ min: 24, max: 1000 });

const COLUMN_KEY = /^[A-Z]{1,3}$/;

/**
 * Column widths by column letter. A width is only how the sheet looks, so an entry that is not a column letter
 * with a width in bounds is dropped rather than refusing the file (and so is a `colWidths` that is not an object).
 */
const colWidthsSchema = z
  .record(z.string(), z.unknown())
  .transform((w): Record<string, number> | undefined => {
    const kept = Object.entries(w).filter(
      (e): e is [string, number] =>
        COLUMN_KEY.test(e[0]) && typeof e[1] === 'number' && e[1] >= COLUMN_WIDTH.min && e[1] <= COLUMN_WIDTH.max,
    );
    return kept.length ? Object.fromEntries(kept) : undefined;
  })
  .catch(undefined);

// Keys are checked in readWorkbook, where a message can name the sheet (cell-key.ts).
const cellsSchema = ownRecord(z.string(), cellSchema);

/**
 * Whether a sheet's cells are all input texts, as most files hold them: checked by hand and kept as they
 * are (every key an own property, `__proto__` too), since zod takes seconds over a million cells (issue 10).
 * Agrees with `input`; anything else goes through `cellsSchema`, which says what is wrong.
 */
function plainCells(v: unknown): v is Record<string, string> {
  if (!isObject(v) || Object.getPrototypeOf(v) !== Object.prototype) return false;
  const keys = Object.keys(v);
  for (const key of keys) {
    const x = v[key];
    if (typeof x !== 'string' || x.length > FILE_LIMITS.inputLength) return false;
  }
  plainKeys.set(v, keys);
  return true;
}

/**
 * The keys plainCells listed, for readWorkbook to check without listing them again (Object.keys of a
 * million-key object takes 0.3 s). Taken out by the same synchronous readWorkbook, so never stale.
 */
const plainKeys = new WeakMap<object, string[]>();

const sheetSchema = z.object({
  name: sheetName,
  cells: z.unknown().transform((v, ctx): z.infer<typeof cellsSchema> => {
    if (plainCells(v)) return v;
    const read = cellsSchema.safeParse(v);
    if (read.success) return read.data;
    // The issues keep their paths; the enclosing object puts `sheets[i].cells` in front of them.
    ctx.issues.push(...(read.error.issues as z.core.$ZodRawIssue[]));
    return z.NEVER;
  }),
  colWidths: colWidthsSchema.optional(),
});

const chartSchema = z.object({
  sheet: sheetName,
  x: reference,
  y: z.array(reference).max(64, 'a chart draws at most 64 cells'),
  title: z.string().max(FILE_LIMITS.chartTitle, `a chart title is longer than ${FILE_LIMITS.chartTitle} characters`).optional(),
  /** The y axis: linear unless `"log"`. */
  yScale: z.enum(['linear', 'log'], { error: 'a chart\'s yScale must be "linear" or "log"' }).optional(),
});

const scrollSchema = z.number().min(0, 'a scroll position is negative').max(FILE_LIMITS.scroll, 'a scroll position is too large');

/** Where the user left a sheet: its selection and how far it was scrolled (CSS pixels). */
const sheetViewSchema = z.object({ anchor: cellKey, focus: cellKey, scrollTop: scrollSchema, scrollLeft: scrollSchema });

/** App state that travels with the file: which sheet is shown and what is selected; `views`, where each sheet was left. */
const uiSchema = z.object({
  activeSheet: sheetName.optional(),
  selection: z.object({ sheet: sheetName, anchor: cellKey, focus: cellKey }).optional(),
  views: ownRecord(sheetName, sheetViewSchema)
    .refine(
      (v) => Object.keys(v).length <= FILE_LIMITS.sheets,
      `more sheet views than the ${FILE_LIMITS.sheets} sheets a workbook may have`,
    )
    .optional(),
});

const bookSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(CURRENT_VERSION),
  /** The workbook's name, written by Export and share links so the copy opens under it; older files have none. */
  name: z.string().max(FILE_LIMITS.bookName, `a workbook name is longer than ${FILE_LIMITS.bookName} characters`).optional(),
  seed: z.number().int().safe().default(0),
  sheets: z
    .array(sheetSchema)
    .min(1, 'a workbook needs at least one sheet')
    .max(FILE_LIMITS.sheets, `a workbook has more than ${FILE_LIMITS.sheets} sheets`),
  names: ownRecord(
    z
      .string()
      .max(FILE_LIMITS.reference, `a name is longer than ${FILE_LIMITS.reference} characters`)
      .regex(NAME, 'a name must be letters, digits and _, not starting with a digit')
      .refine((n) => !LOOKS_LIKE_CELL.test(n), 'a name must not look like a cell reference'),
    reference,
  ).default({}),
  charts: z.array(chartSchema).max(FILE_LIMITS.charts, `a workbook has more than ${FILE_LIMITS.charts} charts`).default([]),
  ui: uiSchema.optional(),
});

export type CellEntry = z.infer<typeof cellSchema>;
export type SheetFile = z.infer<typeof sheetSchema>;
export type ChartFile = z.infer<typeof chartSchema>;
export type WorkbookUi = z.infer<typeof uiSchema>;
export type WorkbookFile = z.infer<typeof bookSchema>;

export type ReadResult = { ok: true; book: WorkbookFile } | { ok: false; message: string };

/**
 * One step of the version chain: takes the parsed JSON of a version-`v` workbook (untrusted: check what you
 * read) and returns the same workbook as version `v + 1`, with `version` set to `v + 1`.
 */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * `MIGRATIONS[v]` upgrades version `v` to `v + 1`. Empty while version 1 is the only version; when the format
 * changes, bump CURRENT_VERSION and add the step from the old version here, never edit an existing step.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = Object.freeze({});

export interface ReadOptions {
  /** The migration table to use; tests pass a synthetic one. Defaults to MIGRATIONS. */
  migrations?: Readonly<Record<number, Migration>>;
}

/** Reads a parsed JSON value as a workbook of any version we ever wrote, migrated to the current one. */
export function readWorkbook(json: unknown, options: ReadOptions = {}): ReadResult {
  if (!isObject(json)) return { ok: false, message: 'not a Gradsheet workbook: the file is not a JSON object' };
  if (json.format !== FORMAT)
    return { ok: false, message: `not a Gradsheet workbook: "format" is ${describe(json.format)}, expected "${FORMAT}"` };
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version))
    return { ok: false, message: 'not a Gradsheet workbook: "version" is missing or not a whole number' };
  if (version > CURRENT_VERSION)
    return {
      ok: false,
      message: `this workbook is version ${version}, newer than this Gradsheet reads (version ${CURRENT_VERSION}); update Gradsheet`,
    };
  const migrated = migrate(json, version, options.migrations ?? MIGRATIONS);
  if (!migrated.ok) return migrated;
  const parsed = bookSchema.safeParse(migrated.json);
  if (!parsed.success) return { ok: false, message: `invalid workbook: ${describeIssue(parsed.error.issues[0])}` };
  const book = parsed.data;
  const seen = new Set<string>();
  let cells = 0;
  for (const s of book.sheets) {
    const key = s.name.toLowerCase();
    if (seen.has(key)) return { ok: false, message: `invalid workbook: two sheets are named "${s.name}"` };
    seen.add(key);
    const keys = plainKeys.get(s.cells) ?? Object.keys(s.cells);
    plainKeys.delete(s.cells);
    const problem = cellKeysProblem(s.cells, keys);
    if (problem) return { ok: false, message: `invalid workbook: ${s.name}: ${problem}` };
    cells += keys.length;
  }
  if (cells > FILE_LIMITS.cellsPerBook)
    return { ok: false, message: `invalid workbook: ${cells} cells, more than the ${FILE_LIMITS.cellsPerBook} a workbook may hold` };
  if (Object.keys(book.names).length > FILE_LIMITS.names)
    return { ok: false, message: `invalid workbook: more than ${FILE_LIMITS.names} names` };
  if (book.ui) {
    const ui = dropStaleUi(book.ui, book.sheets);
    if (ui) book.ui = ui;
    else delete book.ui;
  }
  return { ok: true, book };
}

/** Parses file text: refuses oversized text before parsing, then JSON (with the parser's message), then the workbook. */
export function parseWorkbookText(text: string, options: ReadOptions = {}): ReadResult {
  // Only a text over a third of the cap can be over it in bytes (a UTF-16 unit is at most 3 bytes).
  const bytes = text.length * 3 > MAX_FILE_BYTES ? utf8Length(text) : text.length;
  if (bytes > MAX_FILE_BYTES) return { ok: false, message: tooLargeMessage(bytes) };
  if (text.trim() === '') return { ok: false, message: 'not a Gradsheet workbook: the file is empty' };
  let json: unknown;
  try {
    // A UTF-8 byte order mark is legal at the start of a file but not in JSON.
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, message: `not a Gradsheet workbook: the file is not valid JSON (${(e as Error).message})` };
  }
  return readWorkbook(json, options);
}

/** The message for a file of `size` bytes over MAX_FILE_BYTES, giving both sizes. */
export const tooLargeMessage = (size: number): string =>
  `this file is ${formatBytes(size)}, more than the ${formatBytes(MAX_FILE_BYTES)} a workbook file may be`;

/** A byte count for people: `512 bytes`, `12.3 KB`, `20 MB`, `10 GB` (1 KB = 1024 bytes). */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  const [value, unit] = n < 1024 ** 2 ? [n / 1024, 'KB'] : n < 1024 ** 3 ? [n / 1024 ** 2, 'MB'] : [n / 1024 ** 3, 'GB'];
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}

export function cellInput(entry: CellEntry): string {
  return typeof entry === 'string' ? entry : entry.input;
}

function migrate(
  json: Record<string, unknown>,
  from: number,
  migrations: Readonly<Record<number, Migration>>,
): { ok: true; json: Record<string, unknown> } | { ok: false; message: string } {
  const steps = CURRENT_VERSION - from;
  // Counting the steps first keeps a version like -1e300 from walking a chain that cannot exist.
  const known =
    steps <= Object.keys(migrations).length &&
    Array.from({ length: steps }, (_, i) => from + i).every((v) => Object.hasOwn(migrations, v) && typeof migrations[v] === 'function');
  if (!known) return { ok: false, message: `version ${from} is not a Gradsheet version` };
  let doc = json;
  for (let v = from; v < CURRENT_VERSION; v++) {
    try {
      doc = migrations[v](doc);
    } catch (e) {
      return { ok: false, message: `could not upgrade this version-${v} workbook to version ${v + 1}: ${(e as Error).message}` };
    }
    if (!isObject(doc) || doc.version !== v + 1)
      return { ok: false, message: `could not upgrade this version-${v} workbook to version ${v + 1}` };
  }
  return { ok: true, json: doc };
}

/** UI state naming a sheet the workbook no longer has is stale, not an error: that part is dropped. */
function dropStaleUi(ui: WorkbookUi, sheets: SheetFile[]): WorkbookUi | undefined {
  const has = (name: string) => sheets.some((s) => s.name === name);
  // A selection outside the grid is only where the cursor was: dropped like a stale sheet, not refused.
  const inGrid = (v: { anchor: string; focus: string }) => isGridKey(v.anchor) && isGridKey(v.focus);
  const kept: WorkbookUi = {};
  if (ui.activeSheet !== undefined && has(ui.activeSheet)) kept.activeSheet = ui.activeSheet;
  if (ui.selection !== undefined && has(ui.selection.sheet) && inGrid(ui.selection)) kept.selection = ui.selection;
  const views = Object.entries(ui.views ?? {}).filter(([sheet, view]) => has(sheet) && inGrid(view));
  if (views.length > 0) kept.views = Object.fromEntries(views);
  return Object.keys(kept).length ? kept : undefined;
}

type Issue = z.core.$ZodIssue;

/**
 * The first issue as `path: message`. A record key's own message sits one level down, under zod's generic
 * "Invalid key in record"; for a union (a cell), the branch that got past the value's type says what is wrong.
 */
function describeIssue(first: Issue): string {
  let issue = first;
  for (;;) {
    let next: Issue | undefined;
    if (issue.code === 'invalid_union')
      next = issue.errors.map((branch) => branch[0]).find((i) => i && !(i.code === 'invalid_type' && i.path.length === 0));
    else if ('issues' in issue && Array.isArray(issue.issues)) next = issue.issues[0];
    if (!next) break;
    issue = { ...next, path: [...issue.path, ...next.path] };
  }
  // A key in the path is untrusted text: cut short (it may be a megabyte long), and quoted unless a plain word.
  const key = (p: PropertyKey) => {
    const k = String(p);
    const cut = k.length > 40 ? `${k.slice(0, 40)}…` : k;
    return /^[A-Za-z0-9_$]+$/.test(k) ? `.${cut}` : `[${JSON.stringify(cut)}]`;
  };
  const where = issue.path.length
    ? issue.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : key(p)))
        .join('')
        .replace(/^\./, '')
    : 'the file';
  return `${where}: ${issue.message}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A short, safe description of an untrusted value (never serialises it whole: it may be huge or deeply nested). */
function describe(v: unknown): string {
  if (v === undefined) return 'missing';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  return Array.isArray(v) ? 'an array' : 'an object';
}
