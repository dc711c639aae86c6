// Red-team probes of the built `gradsheet eval` (issue 10): every malformed file and argument we could think
// of, each run in its own process. Each must end within 5 s with exit 2 and one line on stderr (never a stack
// trace, never "internal error"), or exit 0 with JSON when the workbook evaluates (errors in cells included).
// size: the command line's hostile inputs as one table of probes.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const BIN = fileURLToPath(new URL('../cli/gradsheet.js', import.meta.url));
const LIMIT_MS = 5000;
const MB = 1024 * 1024;

const book = (sheets, extra = {}) => JSON.stringify({ format: 'gradsheet', version: 1, sheets, ...extra });
const sheet1 = (cells) => book([{ name: 'Sheet1', cells }]);
const OK = sheet1({ A1: '1', B1: '=A1 + 1' });
const TWO = book(
  [
    { name: 'Sheet1', cells: { A1: '1' } },
    { name: 'My sheet', cells: { B2: '=Sheet1!A1 * 3' } },
  ],
  { names: { x: 'Sheet1!A1', lost: 'Gone!A1', span: 'Sheet1!A1:B2' } },
);
const deep = (n) => '['.repeat(n) + ']'.repeat(n);

/**
 * Each probe: `file` (text, bytes, or a function making the file at a path), the arguments after `eval`
 * (FILE stands for the file), and what must come out: `code`, `err` (a pattern for the one stderr line)
 * and, for exit 0, `cells` (a check of the printed cells).
 */
const PROBES = [
  // Arguments
  { name: 'no arguments', argv: [], code: 2, err: /usage: gradsheet eval/ },
  { name: 'unknown command', argv: ['frobnicate'], code: 2, err: /unknown command "frobnicate"/ },
  { name: 'eval without a file', argv: ['eval'], code: 2, err: /needs a workbook file/ },
  { name: 'unknown long option', file: OK, args: ['FILE', '--frob'], code: 2, err: /unknown option "--frob"/ },
  { name: 'unknown short option', file: OK, args: ['-x', 'FILE'], code: 2, err: /unknown option "-x"/ },
  { name: 'option with a newline in it', file: OK, args: ['FILE', '--a\nb'], code: 2, err: /unknown option "--a\\nb"/ },
  { name: '--cell without a reference', file: OK, args: ['FILE', '--cell'], code: 2, err: /--cell needs a reference/ },
  { name: '--cell= empty', file: OK, args: ['FILE', '--cell='], code: 2, err: /--cell needs a reference/ },
  { name: 'two files', file: OK, args: ['FILE', 'FILE'], code: 2, err: /one workbook at a time/ },
  { name: 'eval --help', argv: ['eval', '--help'], code: 0, out: /usage: gradsheet eval/ },
  { name: 'a file named after --', file: OK, args: ['--', 'FILE'], code: 0, cells: (c) => c['Sheet1!B1'].value === 2 },
  // --cell
  {
    name: '--cell outside the grid (ZZZ9999999)',
    file: OK,
    args: ['FILE', '--cell', 'ZZZ9999999'],
    code: 2,
    err: /--cell "ZZZ9999999": cell "ZZZ9999999" is outside the grid \(columns A to XFD, rows 1 to 1048576\)/,
  },
  { name: '--cell one column past XFD', file: OK, args: ['FILE', '--cell', 'Sheet1!XFE1'], code: 2, err: /"XFE1" is outside the grid/ },
  { name: '--cell row 0', file: OK, args: ['FILE', '--cell', 'A0'], code: 2, err: /"A0" is outside the grid/ },
  { name: '--cell row 1048577', file: OK, args: ['FILE', '--cell', 'A1048577'], code: 2, err: /"A1048577" is outside the grid/ },
  { name: '--cell the last cell', file: OK, args: ['FILE', '--cell', 'XFD1048576'], code: 0, cells: (c) => c.XFD1048576.kind === 'empty' },
  {
    name: '--cell unknown sheet',
    file: TWO,
    args: ['FILE', '--cell', 'Nope!A1'],
    code: 2,
    err: /--cell "Nope!A1": the workbook has no sheet "Nope" \(its sheets: Sheet1, My sheet\)/,
  },
  {
    name: '--cell a range',
    file: OK,
    args: ['FILE', '--cell', 'Sheet1!A1:B2'],
    code: 2,
    err: /--cell "Sheet1!A1:B2": a range; --cell takes one cell/,
  },
  {
    name: '--cell garbage',
    file: OK,
    args: ['FILE', '--cell', '=1+1'],
    code: 2,
    err: /--cell "=1\+1" is not a cell \(like Sheet1!A1 or A1\) or a name in this workbook/,
  },
  { name: '--cell empty sheet part', file: OK, args: ['FILE', '--cell', '!A1'], code: 2, err: /--cell "!A1"/ },
  {
    name: '--cell quoted sheet',
    file: TWO,
    args: ['FILE', '--cell', "'My sheet'!B2", '--cell', 'My sheet!B2'],
    code: 0,
    cells: (c) => c["'My sheet'!B2"].value === 3 && c['My sheet!B2'].value === 3,
  },
  { name: '--cell a name, any case', file: TWO, args: ['FILE', '--cell', 'X'], code: 0, cells: (c) => c.X.value === 1 },
  { name: '--cell a name pointing nowhere', file: TWO, args: ['FILE', '--cell', 'lost'], code: 0, cells: (c) => c.lost.code === '#REF!' },
  {
    name: '--cell 2000 times',
    file: OK,
    args: ['FILE', ...Array.from({ length: 2000 }, (_, i) => `--cell=A${i + 1}`)],
    code: 0,
    cells: (c) => Object.keys(c).length === 2000,
  },
  // Files that cannot be read
  { name: 'missing file', args: [join('no', 'such', 'book.json')], code: 2, err: /cannot read "no\/such\/book.json": no such file/ },
  { name: 'a directory', file: (p) => mkdirSync(p), args: ['FILE'], code: 2, err: /is a directory, not a workbook file/ },
  {
    name: 'a file name with a newline',
    file: OK,
    rename: 'line\nbreak.json',
    args: ['FILE'],
    code: 0,
    cells: (c) => c['Sheet1!A1'].value === 1,
  },
  { name: 'missing file with a newline in its name', args: ['bad\nname.json'], code: 2, err: /cannot read "bad\\nname.json"/ },
  { name: 'empty file', file: '', args: ['FILE'], code: 2, err: /the file is empty/ },
  { name: '/dev/null', args: ['/dev/null'], code: 2, err: /the file is empty/ },
  { name: '/dev/zero (endless)', args: ['/dev/zero'], code: 2, err: /more than the 20 MB a workbook file may be/ },
  {
    name: 'binary garbage',
    file: Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24),
    args: ['FILE'],
    code: 2,
    err: /not UTF-8 text/,
  },
  {
    name: 'invalid UTF-8 inside a string',
    file: Buffer.concat([
      Buffer.from('{"format":"gradsheet","version":1,"sheets":[{"name":"S\u00e9'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('","cells":{}}]}'),
    ]),
    args: ['FILE'],
    code: 2,
    err: /not UTF-8 text/,
  },
  {
    name: 'UTF-16 with a byte order mark',
    file: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(OK, 'utf16le')]),
    args: ['FILE'],
    code: 2,
    err: /UTF-16.*save it as UTF-8/,
  },
  { name: 'UTF-8 byte order mark', file: `\ufeff${OK}`, args: ['FILE'], code: 0, cells: (c) => c['Sheet1!B1'].value === 2 },
  {
    name: 'a file over 20 MB',
    file: `${OK}${' '.repeat(21 * MB)}`,
    args: ['FILE'],
    code: 2,
    err: /this file is 21\.0 MB, more than the 20 MB/,
  },
  {
    name: 'a sparse 10 GB file, refused unread',
    file: (p) => {
      const fd = openSync(p, 'w');
      ftruncateSync(fd, 10 * 1024 * MB);
      closeSync(fd);
    },
    args: ['FILE'],
    code: 2,
    err: /this file is 10 GB, more than the 20 MB/,
  },
  {
    name: 'under 20 MB in characters, over it in bytes',
    file: OK.replace('{', `{"junk":"${'é'.repeat(11 * MB)}",`),
    args: ['FILE'],
    code: 2,
    err: /this file is 22\.0 MB, more than the 20 MB/,
  },
  // Text that is not a workbook
  { name: 'not JSON', file: 'not json', args: ['FILE'], code: 2, err: /not valid JSON/ },
  { name: 'not JSON, with newlines in the parser message', file: '\n\nx\n\ny', args: ['FILE'], code: 2, err: /not valid JSON/ },
  { name: 'JSON null', file: 'null', args: ['FILE'], code: 2, err: /not a JSON object/ },
  { name: 'JSON array', file: '[1]', args: ['FILE'], code: 2, err: /not a JSON object/ },
  { name: 'arrays 100,000 deep', file: deep(100_000), args: ['FILE'], code: 2, err: /not a JSON object/ },
  {
    name: 'objects 100,000 deep',
    file: '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000),
    args: ['FILE'],
    code: 2,
    err: /"format" is missing/,
  },
  {
    name: 'arrays 100,000 deep as a cell',
    file: sheet1({ A1: 'PLACEHOLDER' }).replace('"PLACEHOLDER"', deep(100_000)),
    args: ['FILE'],
    code: 2,
    err: /sheets\[0\]\.cells\.A1: a cell must be its input text/,
  },
  {
    name: 'arrays 100,000 deep under an unknown key',
    file: OK.replace('{', `{"junk":${deep(100_000)},`),
    args: ['FILE'],
    code: 0,
    cells: (c) => c['Sheet1!B1'].value === 2,
  },
  { name: 'version 99', file: '{"format":"gradsheet","version":99}', args: ['FILE'], code: 2, err: /version 99/ },
  {
    name: 'version -1e300',
    file: '{"format":"gradsheet","version":-1e300,"sheets":[]}',
    args: ['FILE'],
    code: 2,
    err: /is not a Gradsheet version/,
  },
  {
    name: 'version as text',
    file: '{"format":"gradsheet","version":"1"}',
    args: ['FILE'],
    code: 2,
    err: /"version" is missing or not a whole number/,
  },
  { name: 'seed not safe', file: book([{ name: 'Sheet1', cells: {} }], { seed: 1e300 }), args: ['FILE'], code: 2, err: /seed/ },
  { name: 'no sheets', file: book([]), args: ['FILE'], code: 2, err: /needs at least one sheet/ },
  {
    name: '257 sheets',
    file: book(Array.from({ length: 257 }, (_, i) => ({ name: `S${i}`, cells: {} }))),
    args: ['FILE'],
    code: 2,
    err: /more than 256 sheets/,
  },
  // Cell keys
  {
    name: 'cell key ZZZ9999999',
    file: sheet1({ A1: '1', ZZZ9999999: '2' }),
    args: ['FILE'],
    code: 2,
    err: /Sheet1: cell key "ZZZ9999999" is outside the grid \(columns A to XFD, rows 1 to 1048576\)/,
  },
  { name: 'cell key XFE1', file: sheet1({ XFE1: '2' }), args: ['FILE'], code: 2, err: /Sheet1: cell key "XFE1" is outside the grid/ },
  {
    name: 'cell key A1048577',
    file: sheet1({ A1048577: '2' }),
    args: ['FILE'],
    code: 2,
    err: /Sheet1: cell key "A1048577" is outside the grid/,
  },
  { name: 'cell key ZZZZ1', file: sheet1({ ZZZZ1: '2' }), args: ['FILE'], code: 2, err: /Sheet1: cell key "ZZZZ1" is outside the grid/ },
  { name: 'cell key A0', file: sheet1({ A0: '2' }), args: ['FILE'], code: 2, err: /cell key "A0" is not an address like A1/ },
  {
    name: 'cell key __proto__',
    file: '{"format":"gradsheet","version":1,"sheets":[{"name":"Sheet1","cells":{"__proto__":"1"}}]}',
    args: ['FILE'],
    code: 2,
    err: /cell key "__proto__" is not an address like A1/,
  },
  {
    name: 'cell key a million letters',
    file: sheet1({ [`${'A'.repeat(MB)}1`]: '1' }),
    args: ['FILE'],
    code: 2,
    err: /Sheet1: cell key "A{40}…" is outside the grid/,
  },
  {
    name: 'cell keys a1 and A1',
    file: sheet1({ A1: '1', a1: '2' }),
    args: ['FILE'],
    code: 2,
    err: /Sheet1: cell keys "A1" and "a1" are the same cell/,
  },
  {
    name: 'the last cell XFD1048576',
    file: sheet1({ XFD1048576: '=1+1' }),
    args: ['FILE'],
    code: 0,
    cells: (c) => c['Sheet1!XFD1048576'].value === 2,
  },
  {
    name: 'cell input that is a number',
    file: '{"format":"gradsheet","version":1,"sheets":[{"name":"Sheet1","cells":{"A1":1}}]}',
    args: ['FILE'],
    code: 2,
    err: /A1: a cell must be its input text/,
  },
  {
    name: 'cell input over 100,000 characters',
    file: sheet1({ A1: 'x'.repeat(100_001) }),
    args: ['FILE'],
    code: 2,
    err: /longer than 100000 characters/,
  },
  // Sheets and names
  {
    name: 'duplicate sheets',
    file: book([
      { name: 'Sheet1', cells: {} },
      { name: 'sheet1', cells: {} },
    ]),
    args: ['FILE'],
    code: 2,
    err: /two sheets are named "sheet1"/,
  },
  {
    name: 'sheet named __proto__',
    file: book([{ name: '__proto__', cells: { A1: '7' } }], {
      ui: { views: { ['__proto__']: { anchor: 'A1', focus: 'A1', scrollTop: 0, scrollLeft: 0 } } },
    }),
    args: ['FILE'],
    code: 0,
    cells: (c) => c['__proto__!A1'].value === 7,
  },
  {
    name: 'a name pointing at a missing sheet',
    file: book([{ name: 'Sheet1', cells: { A1: '=lost + 1' } }], { names: { lost: 'Gone!A1' } }),
    args: ['FILE'],
    code: 0,
    cells: (c) => c['Sheet1!A1'].code === '#REF!',
  },
  {
    name: 'a name pointing at garbage',
    file: book([{ name: 'Sheet1', cells: { A1: '=bad + 1' } }], { names: { bad: '))((' } }),
    args: ['FILE'],
    code: 0,
    cells: (c) => c['Sheet1!A1'].kind === 'error',
  },
  {
    name: 'a name pointing outside the grid',
    file: book([{ name: 'Sheet1', cells: { A1: '=far + 1' } }], { names: { far: 'Sheet1!ZZZ9999999' } }),
    args: ['FILE'],
    code: 0,
    cells: (c) => c['Sheet1!A1'].kind === 'error',
  },
  {
    name: 'a name __proto__',
    file: '{"format":"gradsheet","version":1,"sheets":[{"name":"Sheet1","cells":{"A1":"5","B1":"=__proto__ * 2"}}],"names":{"__proto__":"Sheet1!A1"}}',
    args: ['FILE', '--cell', 'B1', '--cell', '__proto__'],
    code: 0,
    cells: (c) => c.B1.value === 10 && c.__proto__.value === 5,
  },
  {
    name: 'a name like a cell',
    file: book([{ name: 'Sheet1', cells: {} }], { names: { A1: 'Sheet1!A1' } }),
    args: ['FILE'],
    code: 2,
    err: /must not look like a cell reference/,
  },
  {
    name: 'a chart on a missing sheet',
    file: book([{ name: 'Sheet1', cells: { A1: '1' } }], { charts: [{ sheet: 'Gone', x: 'A1', y: ['ZZZ9999999'] }] }),
    args: ['FILE'],
    code: 0,
    cells: (c) => c['Sheet1!A1'].value === 1,
  },
  {
    name: 'a selection outside the grid',
    file: book([{ name: 'Sheet1', cells: { A1: '1' } }], { ui: { selection: { sheet: 'Sheet1', anchor: 'ZZZ9999999', focus: 'A1' } } }),
    args: ['FILE'],
    code: 0,
    cells: (c) => c['Sheet1!A1'].value === 1,
  },
  // Formulas that are hostile text (the engine's budgets are tested elsewhere; here only: no stack trace)
  {
    name: 'a formula 20,000 parentheses deep',
    file: sheet1({ A1: `=${'('.repeat(20_000)}1${')'.repeat(20_000)}` }),
    args: ['FILE'],
    code: 0,
    cells: (c) => c['Sheet1!A1'].code === '#PARSE!',
  },
  {
    name: 'a formula of 20,000 unary minuses',
    file: sheet1({ A1: `=${'-'.repeat(20_000)}1` }),
    args: ['FILE'],
    code: 0,
    cells: (c) => c['Sheet1!A1'].code === '#PARSE!',
  },
  {
    name: 'a chain of 20,000 cells',
    file: sheet1(Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`A${i + 1}`, i === 0 ? '1' : `=A${i} + 1`]))),
    args: ['FILE', '--cell', 'A20000'],
    code: 0,
    cells: (c) => c.A20000.value === 20_000,
  },
  // Standard input and output
  { name: 'standard input', stdin: OK, args: ['-'], code: 0, cells: (c) => c['Sheet1!B1'].value === 2 },
  { name: 'standard input, garbage', stdin: '\u0000\u0001garbage', args: ['-'], code: 2, err: /not valid JSON/ },
  {
    name: 'stdout closed early',
    file: sheet1(Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`A${i + 1}`, '=ones(20)']))),
    args: ['FILE'],
    closeStdout: true,
    code: 0,
  },
];

function run(probe, dir, i) {
  let file = null;
  if (probe.file !== undefined) {
    file = join(dir, probe.rename ?? `probe-${i}.json`);
    if (typeof probe.file === 'function') probe.file(file);
    else writeFileSync(file, probe.file);
  }
  const argv = probe.argv ?? ['eval', ...probe.args.map((a) => (a === 'FILE' ? file : a))];
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...argv], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => {
      if (probe.closeStdout) child.stdout.destroy();
      else out += d;
    });
    child.stderr.on('data', (d) => (err += d));
    child.stdin.on('error', () => undefined);
    child.stdin.end(probe.stdin ?? '');
    const timer = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS * 2);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, out, err, ms: Date.now() - started });
    });
  });
}

function check(probe, r) {
  const where = `${probe.name}: exit ${r.code}${r.signal ? ` (${r.signal})` : ''} in ${r.ms} ms, stderr ${JSON.stringify(r.err.slice(0, 400))}`;
  assert.ok(r.ms < LIMIT_MS, `${where}: took over ${LIMIT_MS} ms`);
  assert.doesNotMatch(r.err, /^\s+at /m, `${where}: a stack trace`);
  assert.doesNotMatch(r.err, /internal error/, `${where}: an internal error`);
  assert.equal(r.code, probe.code, where);
  if (probe.code === 2) {
    assert.match(r.err, /^gradsheet: [^\n]*\n$/, `${where}: not one line`);
    assert.match(r.err, probe.err, where);
  } else {
    assert.equal(r.err, '', where);
    if (probe.out) assert.match(r.out, probe.out, where);
    if (probe.cells) assert.ok(probe.cells(JSON.parse(r.out).cells), `${where}: unexpected cells ${r.out.slice(0, 400)}`);
  }
}

/** Runs every probe, two at a time; returns how many failed (each failure printed). */
export async function runProbes(dir) {
  let failed = 0;
  let next = 0;
  const worker = async () => {
    while (next < PROBES.length) {
      const i = next++;
      const probe = PROBES[i];
      const r = await run(probe, dir, i);
      if (process.env.PROBE_TIMES) console.log(`${r.ms} ms  ${probe.name}`);
      try {
        check(probe, r);
      } catch (e) {
        failed++;
        console.log(`✗ ${e.message}`);
      }
    }
  };
  await Promise.all([worker(), worker()]);
  console.log(`command-line probes: ${PROBES.length - failed} of ${PROBES.length} held`);
  return failed;
}
