// Owns the `gradsheet` command line: arguments, reading the file, exit codes (SPEC §8). Every argument and
// every file is untrusted: each mistake is exit 2 with one line on stderr, and nothing prints a stack trace.

import { type Limits, setLimits } from '../engine/limits';
import { fromTorchCommand, toTorchCommand } from './bridge-commands';
import { profileCommand } from './profile-command';
import { writeCellsText } from './cells-text';
import { evalWorkbookValues } from './eval';
import { ReaderGone, writeAllTo } from './write-out';
import { type FileRead, quotePath, readWorkbookFile } from './read-file';

const USAGE_LINE =
  'usage: gradsheet eval BOOK.json [--cell REF]... [--max-memory MB] [--max-steps N] [--max-seconds S] | profile BOOK.json | from-torch SCRIPT.py | to-torch BOOK.json';

const USAGE = `usage: gradsheet eval BOOK.json [--cell REF]... [--max-memory MB] [--max-steps N] [--max-seconds S]
       gradsheet profile BOOK.json
       gradsheet from-torch SCRIPT.py
       gradsheet to-torch BOOK.json

eval: evaluates a Gradsheet workbook headless and prints its cells as JSON.
  BOOK.json    the workbook file, or - to read it from standard input
  --cell REF   print only this cell (repeatable): Sheet1!A1, A1 (first sheet) or a name
  --max-memory MB   the memory budget of the workbook's tensors and history (default 512)
  --max-steps N     operations and function calls one cell may run (default 5000000)
  --max-seconds S   the time one cell may take (default 3)
               past a budget a cell is #LIMIT! (memory) or #LOOP! (steps, time)
  --           ends the options (for a file whose name starts with -)

profile: recalculates the workbook with the autograd profiler on and prints {"ops": [...], "cells": [...]}:
  one row per operation (name, phase forward or backward, calls, self_ms, total_ms), slowest self time
  first, as PyTorch's profile().key_averages().table(); then each cell's time, slowest first.
from-torch: translates a PyTorch script into a workbook and prints it (the workbook file, JSON). Each
  statement outside the translated subset stays in the sheet as quoted text and is listed on stderr with
  its line number.
to-torch: prints a Python script that computes every cell of the workbook with PyTorch and prints one
  JSON line per cell, in the format eval prints.
  SCRIPT.py, BOOK.json may be - to read standard input.

Exit status: 0 when the workbook was evaluated (cells with errors included) or the translation printed,
             2 when the file cannot be read or is not a valid workbook (or not Python), or an argument is wrong.`;

const SEE_HELP = '(gradsheet --help says more)';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): FileRead;
}

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A message as one line: control characters (a file name may hold a newline) escaped, and a length cap. */
export function oneLine(text: string): string {
  const escape = (c: string): string => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  // eslint-disable-next-line no-control-regex -- control characters are what this escapes
  const line = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, escape);
  return line.length > 2000 ? `${line.slice(0, 2000)}…` : line;
}

type Args =
  | { ok: true; help: true }
  | { ok: true; help: false; command: 'eval'; file: string; cells: string[]; limits: Partial<Limits> }
  | { ok: true; help: false; command: FileCommand; file: string }
  | { ok: false; message: string };

/** The commands that take one file and no options, with what the file is. */
const FILE_COMMANDS = {
  profile: 'a workbook file, e.g. gradsheet profile book.json',
  'from-torch': 'a PyTorch script, e.g. gradsheet from-torch tutorial.py',
  'to-torch': 'a workbook file, e.g. gradsheet to-torch book.json',
} as const;
type FileCommand = keyof typeof FILE_COMMANDS;
const isFileCommand = (c: string): c is FileCommand => Object.hasOwn(FILE_COMMANDS, c);

/** `profile FILE`, `from-torch FILE` and `to-torch FILE`: one file (or -), and --help. */
function parseFileCommand(command: FileCommand, rest: readonly string[]): Args {
  let file: string | null = null;
  let options = true;
  for (const a of rest) {
    if (options && (a === '--help' || a === '-h')) return { ok: true, help: true };
    if (options && a === '--') options = false;
    else if (options && a.startsWith('-') && a !== '-') return { ok: false, message: `unknown option ${JSON.stringify(a)} ${SEE_HELP}` };
    else if (file === null) file = a;
    else return { ok: false, message: `one file at a time (got ${quotePath(file)} and ${quotePath(a)})` };
  }
  if (file === null) return { ok: false, message: `${command} needs ${FILE_COMMANDS[command]} ${SEE_HELP}` };
  return { ok: true, help: false, command, file };
}

/** The budget flags: each a positive number, in the unit users think in, turned into the engine's. */
const BUDGETS: Record<string, { key: keyof Limits; unit: string; scale: number }> = {
  '--max-memory': { key: 'maxMemory', unit: 'megabytes', scale: 2 ** 20 / 8 },
  '--max-steps': { key: 'maxSteps', unit: 'steps', scale: 1 },
  '--max-seconds': { key: 'maxMillis', unit: 'seconds', scale: 1000 },
};

function parseArgs(argv: readonly string[]): Args {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return { ok: true, help: true };
  if (command === undefined) return { ok: false, message: `${USAGE_LINE} ${SEE_HELP}` };
  if (isFileCommand(command)) return parseFileCommand(command, rest);
  if (command !== 'eval') return { ok: false, message: `unknown command ${JSON.stringify(command)}; ${USAGE_LINE} ${SEE_HELP}` };
  let file: string | null = null;
  const cells: string[] = [];
  const limits: Partial<Limits> = {};
  let options = true;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (options && (a === '--help' || a === '-h')) return { ok: true, help: true };
    if (options && a === '--') options = false;
    else if (options && (a === '--cell' || a.startsWith('--cell='))) {
      const ref = a === '--cell' ? rest[++i] : a.slice('--cell='.length);
      if (ref === undefined || ref === '') return { ok: false, message: '--cell needs a reference, e.g. --cell Sheet1!A1' };
      cells.push(ref);
    } else if (options && Object.hasOwn(BUDGETS, a.split('=')[0])) {
      const flag = a.split('=')[0];
      const given = a.includes('=') ? a.slice(flag.length + 1) : rest[++i];
      const n = Number(given);
      const { key, unit, scale } = BUDGETS[flag];
      if (given === undefined || given.trim() === '' || !(n > 0) || !Number.isFinite(n))
        return { ok: false, message: `${flag} needs a positive number of ${unit}, e.g. ${flag} 2` };
      limits[key] = Math.max(1, Math.round(n * scale));
    } else if (options && a.startsWith('-') && a !== '-') return { ok: false, message: `unknown option ${JSON.stringify(a)} ${SEE_HELP}` };
    else if (file === null) file = a;
    else return { ok: false, message: `one workbook at a time (got ${quotePath(file)} and ${quotePath(a)})` };
  }
  if (file === null) return { ok: false, message: `eval needs a workbook file; ${USAGE_LINE}` };
  return { ok: true, help: false, command: 'eval', file, cells, limits };
}

export function main(argv: readonly string[], io: Io): number {
  const fail = (message: string): number => {
    io.err(`gradsheet: ${oneLine(message)}`);
    return 2;
  };
  const args = parseArgs(argv);
  if (!args.ok) return fail(args.message);
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  const read = io.readFile(args.file);
  if (!read.ok) return fail(read.message);
  if (args.command !== 'eval') {
    const run = args.command === 'profile' ? profileCommand : args.command === 'from-torch' ? fromTorchCommand : toTorchCommand;
    const done = run(args.file, read.bytes, { out: io.out, err: (t) => io.err(oneLine(t)) });
    return done.ok ? 0 : fail(done.message);
  }
  setLimits(args.limits);
  const result = evalWorkbookValues(read.bytes, args.cells);
  if (!result.ok) return fail(result.cause === 'file' ? `${quotePath(args.file)}: ${result.message}` : result.message);
  // Written in chunks from the tensors' data: the text of a large tensor is never one string.
  writeCellsText(result.cells, io.out);
  return 0;
}

/** Node's process, wired to `main` (the built bin calls this). */
export function runCli(): void {
  process.on('uncaughtException', internalError);
  try {
    process.exitCode = main(process.argv.slice(2), {
      out: (t) => writeAllTo(1, `${t}\n`),
      err: (t) => process.stderr.write(`${t}\n`),
      readFile: readWorkbookFile,
    });
  } catch (e) {
    // A reader that went away (`gradsheet eval book.json | head`) is not an error to report.
    if (e instanceof ReaderGone) process.exit(0);
    internalError(e);
  }
}

/** The last resort: a bug of ours (never a user's mistake) is one line and exit 1, never a stack trace. */
function internalError(e: unknown): void {
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  process.stderr.write(`gradsheet: internal error: ${oneLine(message)}\n`);
  process.exit(1);
}
