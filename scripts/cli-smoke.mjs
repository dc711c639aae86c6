// Runs the built `gradsheet` bin the way users and ../shared's check script do (`npx gradsheet eval`)
// on a real workbook file, and checks its output, its --cell filter and its exit codes; then imports
// the built library by its package name; then runs the red-team probes of cli-probes.mjs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { runProbes } from './cli-probes.mjs';

const dir = mkdtempSync(join(tmpdir(), 'gradsheet-cli-'));
const run = (...args) => spawnSync('npx', ['--no-install', 'gradsheet', ...args], { encoding: 'utf8' });
try {
  const book = join(dir, 'book.json');
  writeFileSync(
    book,
    JSON.stringify({
      format: 'gradsheet',
      version: 1,
      seed: 0,
      sheets: [
        {
          name: 'Sheet1',
          cells: { A1: 'x', B1: '=ones(2, 2, requires_grad=true)', B2: '=x + 2', C1: '=[1, 2] + [1, 2, 3]', D1: '=1 / [0, 2]' },
        },
      ],
      names: { x: 'Sheet1!B1' },
      charts: [],
    }),
  );
  const all = run('eval', book);
  assert.equal(all.status, 0, all.stderr);
  const cells = JSON.parse(all.stdout).cells;
  assert.deepEqual(cells['Sheet1!A1'], { kind: 'text', value: 'x' });
  assert.deepEqual(cells['Sheet1!B1'], {
    kind: 'tensor',
    shape: [2, 2],
    value: [
      [1, 1],
      [1, 1],
    ],
    requires_grad: true,
    grad_fn: null,
  });
  assert.deepEqual(cells['Sheet1!B2'].value, [
    [3, 3],
    [3, 3],
  ]);
  assert.equal(cells['Sheet1!B2'].grad_fn, 'AddBackward0');
  assert.equal(cells['Sheet1!C1'].code, '#SHAPE!');
  assert.deepEqual(cells['Sheet1!D1'].value, ['Infinity', 0.5]);

  const one = run('eval', book, '--cell', 'Sheet1!B2', '--cell', 'A1');
  assert.equal(one.status, 0, one.stderr);
  assert.deepEqual(Object.keys(JSON.parse(one.stdout).cells), ['Sheet1!B2', 'A1']);

  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{"format": "gradsheet", "version": 99}');
  const refused = run('eval', bad);
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /version 99/);
  assert.equal(run('eval', join(dir, 'missing.json')).status, 2);
  writeFileSync(bad, 'not json');
  assert.match(run('eval', bad).stderr, /not valid JSON/);

  // The library entry of SPEC §9, imported by its package name as a user's script would.
  const lib = spawnSync(
    'node',
    [
      '--input-type=module',
      '-e',
      `
    import { Workbook } from 'gradsheet';
    const book = new Workbook();
    book.set('Sheet1!A1', '=ones(2, 2, requires_grad=true)');
    book.set('Sheet1!A2', '=grad(sum(A1 * A1), A1)');
    console.log(JSON.stringify([book.get('Sheet1!A2'), book.toJSON().sheets[0].cells]));`,
    ],
    { encoding: 'utf8' },
  );
  assert.equal(lib.status, 0, lib.stderr);
  const [grad, saved] = JSON.parse(lib.stdout);
  assert.deepEqual(grad.value, [
    [2, 2],
    [2, 2],
  ]);
  assert.deepEqual(saved, { A1: '=ones(2, 2, requires_grad=true)', A2: '=grad(sum(A1 * A1), A1)' });
  console.log('command line and library entry: ok');
  assert.equal(await runProbes(dir), 0, 'a command-line probe failed');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
