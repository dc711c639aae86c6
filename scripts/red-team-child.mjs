// One red-team probe's process: opens the workbook file through the built library, reads the cells
// asked for (every cell when none is named) as the command line prints them, and reports them with
// the process's peak memory and what it held before the workbook was opened.
import { readFileSync } from 'node:fs';

const [file, wanted] = process.argv.slice(2);
const { Workbook } = await import(new URL('../dist/gradsheet.js', import.meta.url).href);
// What the library itself costs to load, so a probe is charged only for what its workbook took.
const baseMB = process.memoryUsage().rss / 2 ** 20;
const out = { baseMB, cells: {}, threw: null };
try {
  const book = Workbook.fromJSON(JSON.parse(readFileSync(file, 'utf8')));
  const refs = JSON.parse(wanted);
  for (const ref of refs.length > 0 ? refs : book.cellLabels()) {
    const json = book.get(ref);
    // A huge value is summarized: the probe checks its kind, code and message, not every number.
    out.cells[ref] = JSON.stringify(json).length > 10_000 ? { kind: json.kind, code: json.code, shape: json.shape, large: true } : json;
  }
} catch (e) {
  out.threw = `${e?.constructor?.name}: ${e?.message}`.slice(0, 300);
}
out.rssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify(out)}\n`);
