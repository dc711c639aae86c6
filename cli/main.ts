// Owns the `gradsheet` command line: arguments, reading the file, exit codes (SPEC §8).

import { readFileSync } from 'node:fs';
import { writeCellsText } from './cells-text';
import { evalWorkbookValues } from './eval';

const USAGE = `usage: gradsheet eval BOOK.json [--cell REF]...

Evaluates a Gradsheet workbook headless and prints its cells as JSON.
  --cell REF   print only this cell (repeatable): Sheet1!A1, A1 (first sheet) or a name
Exit status: 0 when the workbook was evaluated (cells with errors included),
             2 when the file cannot be read or is not a valid workbook.`;

export interface Io {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string;
}

export function main(argv: readonly string[], io: Io): number {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (command !== 'eval') {
    io.err(command === undefined ? USAGE : `gradsheet: unknown command "${command}"\n${USAGE}`);
    return 2;
  }
  let file: string | null = null;
  const cells: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--cell' || a.startsWith('--cell=')) {
      const ref = a === '--cell' ? rest[++i] : a.slice('--cell='.length);
      if (ref === undefined || ref === '') {
        io.err('gradsheet: --cell needs a reference, e.g. --cell Sheet1!A1');
        return 2;
      }
      cells.push(ref);
    } else if (a.startsWith('-') && a !== '-') {
      io.err(`gradsheet: unknown option "${a}"\n${USAGE}`);
      return 2;
    } else if (file === null) file = a;
    else {
      io.err(`gradsheet: one workbook at a time (got "${file}" and "${a}")`);
      return 2;
    }
  }
  if (file === null) {
    io.err(`gradsheet: eval needs a workbook file\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = io.readFile(file);
  } catch (e) {
    io.err(`gradsheet: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return 2;
  }
  const result = evalWorkbookValues(text, cells);
  if (!result.ok) {
    io.err(`gradsheet: ${file}: ${result.message}`);
    return 2;
  }
  // Written in chunks from the tensors' data: the text of a large tensor is never one string.
  writeCellsText(result.cells, io.out);
  return 0;
}

/** Node's process, wired to `main` (the built bin calls this). */
export function runCli(): void {
  const code = main(process.argv.slice(2), {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
    readFile: (p) => (p === '-' ? readFileSync(0, 'utf8') : readFileSync(p, 'utf8')),
  });
  process.exitCode = code;
}
