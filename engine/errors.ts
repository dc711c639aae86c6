// Owns CellError, the error codes of SPEC §6 and the functions that build their messages.

export type ErrorCode = '#PARSE!' | '#NAME?' | '#REF!' | '#CYCLE!' | '#VALUE!' | '#SHAPE!' | '#GRAD!' | '#LOOP!' | '#LIMIT!';

/** An error value. Frozen: it flows unchanged from the cell where it began (`origin`) to every dependent. */
export interface CellError {
  readonly kind: 'error';
  readonly code: ErrorCode;
  readonly message: string;
  /** The cell where the error began, e.g. `Sheet1!A3`; null until the evaluator knows it. */
  readonly origin: string | null;
}

export function cellError(code: ErrorCode, message: string, origin: string | null = null): CellError {
  return Object.freeze({ kind: 'error', code, message, origin });
}

export function isError(v: unknown): v is CellError {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'error';
}

/** The same error, stamped with the cell it began in (only if it has no origin yet). */
export function withOrigin(e: CellError, origin: string): CellError {
  return e.origin === null ? cellError(e.code, e.message, origin) : e;
}

const fmt = (shape: readonly number[]): string => `[${shape.join(', ')}]`;

const didYouMean = (nearest: readonly string[]): string =>
  nearest.length === 0
    ? ''
    : `; did you mean ${nearest.length === 1 ? nearest[0] : `${nearest.slice(0, -1).join(', ')} or ${nearest[nearest.length - 1]}`}?`;

/** Message builders: every user-facing error text is written here, so wording stays consistent. */
export const errors = {
  broadcast: (op: string, a: readonly number[], b: readonly number[]) =>
    cellError('#SHAPE!', `${op}: shapes ${fmt(a)} and ${fmt(b)} do not broadcast`),
  shape: (op: string, detail: string) => cellError('#SHAPE!', `${op}: ${detail}`),
  value: (op: string, detail: string) => cellError('#VALUE!', `${op}: ${detail}`),
  name: (name: string, nearest: readonly string[] = []) => cellError('#NAME?', `unknown name "${name}"${didYouMean(nearest)}`),
  unknownFunction: (name: string, nearest: readonly string[] = []) =>
    cellError('#NAME?', `unknown function "${name}"${didYouMean(nearest)}`),
  methodWithoutCall: (name: string) => cellError('#NAME?', `.${name} is a method: call it, as in x.${name}()`),
  ref: (detail: string) => cellError('#REF!', detail),
  cycle: (cells: readonly string[]) => cellError('#CYCLE!', `circular reference among ${cells.join(', ')}`),
  grad: (detail: string) => cellError('#GRAD!', detail),
  loop: (fn: string, limit: number) =>
    cellError('#LOOP!', `${fn}: stopped after ${limit.toLocaleString('en-US')} iterations (the iteration limit)`),
  limit: (op: string, shape: readonly number[], elements: number, max: number) =>
    cellError(
      '#LIMIT!',
      `${op}: a tensor of shape ${fmt(shape)} would have ${elements.toLocaleString('en-US')} elements; the limit is ${max.toLocaleString('en-US')}`,
    ),
  rank: (op: string, rank: number, max: number) =>
    cellError('#LIMIT!', `${op}: a tensor of ${rank.toLocaleString('en-US')} dimensions; the limit is ${max} dimensions (as in PyTorch)`),
  emptyLists: (op: string, shape: readonly number[], lists: number, max: number) =>
    cellError(
      '#LIMIT!',
      `${op}: a tensor of shape ${fmt(shape)} has no elements but would print as ${lists.toLocaleString('en-US')} empty lists; the limit is ${max.toLocaleString('en-US')}`,
    ),
  tuple: (detail: string) => cellError('#LIMIT!', `tuple: ${detail}`),
  /** A value too large to print or send (a last resort: the caps at construction should have refused it). */
  unprintable: (what: string, why: string) => cellError('#LIMIT!', `${what} could not be printed: ${why}`),
  /** A cell whose computation threw: the engine's stack ran out (a value nested too deep), or a bug of ours. */
  unexpected: (e: unknown) =>
    e instanceof RangeError && /call stack/i.test(e.message)
      ? cellError('#LIMIT!', 'the computation nests too deeply for the engine (its call stack ran out); make the value shallower')
      : cellError('#VALUE!', `internal error: ${e instanceof Error ? e.message : String(e)}; please report it with the workbook`),
  parse: (message: string, at: number) => cellError('#PARSE!', /position \d+/.test(message) ? message : `${message} at position ${at}`),
  fmtShape: fmt,
};
