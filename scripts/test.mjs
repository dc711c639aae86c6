// `npm test`: every check a change must pass, in order — grammar generation, type checks, the repository's
// rules (lint, formatting, layers, sizes), unit and golden tests (Vitest), the built command line and the red
// team's probes, the app in Chromium — ending with one line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tmp = mkdtempSync(join(tmpdir(), 'gradsheet-test-'));
let passed = 0;
let failed = 0;
/** Tests that did not run here and why (a test says why in its title, e.g. no PyTorch on this machine). */
const skipped = [];

/** The titles of Vitest's skipped tests (its JSON report: `pending` or `skipped` per assertion). */
function skippedTests(json) {
  const results = json.testResults.flatMap((file) => file.assertionResults ?? []);
  return results.filter((t) => t.status === 'skipped' || t.status === 'pending').map((t) => t.fullName ?? t.title);
}

function step(name, command, args) {
  process.stdout.write(`\n── ${name}: ${[command, ...args].join(' ')}\n`);
  const r = spawnSync(command, args, { stdio: 'inherit', shell: false });
  return r.status === 0;
}

/** A step that is one check: counts as one test. */
function check(name, command, args) {
  const ok = step(name, command, args);
  if (ok) passed++;
  else {
    failed++;
    process.stdout.write(`✗ ${name} failed\n`);
  }
  return ok;
}

const npx = (...args) => ['npx', ['--no-install', ...args]];

check('generate the formula parser', 'npm', ['run', '--silent', 'gen']);
check('type check (app and tests)', ...npx('tsc', '-p', 'tsconfig.json'));
check('type check (engine without DOM)', ...npx('tsc', '-p', 'engine/tsconfig.json'));
check('type check (formula without DOM)', ...npx('tsc', '-p', 'formula/tsconfig.json'));
check('type check (bridge without DOM)', ...npx('tsc', '-p', 'bridge/tsconfig.json'));

// The rules docs/ARCHITECTURE.md writes down, each one check.
check('lint (ESLint, with the layer rules)', 'npm', ['run', '--silent', 'lint']);
check('format (Prettier)', 'npm', ['run', '--silent', 'format:check']);
check('layer rules reject the forbidden imports of scripts/lint-fixtures', 'npm', ['run', '--silent', 'check:layers']);
check('size rule (files over 300 lines, functions over 80)', 'npm', ['run', '--silent', 'check:size']);

// Vitest's own counts become ours, so the closing line counts every unit and golden test.
const report = join(tmp, 'vitest.json');
step('unit and golden tests', ...npx('vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`));
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  skipped.push(...skippedTests(json));
  // A file that fails to load has no failed test of its own: count the run as one failure then.
  failed += json.numFailedTests + ((json.numFailedTests === 0 && !json.success) || json.numTotalTests === 0 ? 1 : 0);
} catch {
  failed++;
  process.stdout.write('✗ vitest wrote no report\n');
}

if (check('build the library and the command line', 'npm', ['run', '--silent', 'build:lib'])) {
  check('command line end to end', 'node', ['scripts/cli-smoke.mjs']);
  // Hostile formulas and files, each probe a test: what it ends in, its time and its memory.
  const redTeam = join(tmp, 'red-team.json');
  process.env.RED_TEAM_REPORT = redTeam;
  step('red team: hostile formulas and files', 'node', ['scripts/red-team.mjs']);
  try {
    const counts = JSON.parse(readFileSync(redTeam, 'utf8'));
    passed += counts.passed;
    failed += counts.failed + (counts.passed + counts.failed === 0 ? 1 : 0);
  } catch {
    failed++;
    process.stdout.write('✗ the red team wrote no report\n');
  }
}

// User flows in a real Chromium against the production build; Playwright's counts join ours.
if (check('build the app', 'npm', ['run', '--silent', 'build'])) {
  check('the main thread carries no engine (bundle check)', 'node', ['scripts/check-bundle.mjs']);
  const e2e = join(tmp, 'playwright.json');
  process.env.PLAYWRIGHT_JSON_OUTPUT_NAME = e2e;
  step('end-to-end tests (Playwright, Chromium)', ...npx('playwright', 'test', '--reporter=list,json'));
  try {
    const { stats } = JSON.parse(readFileSync(e2e, 'utf8'));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected + (stats.expected + stats.unexpected + stats.flaky === 0 ? 1 : 0);
  } catch {
    failed++;
    process.stdout.write('✗ playwright wrote no report\n');
  }
}

rmSync(tmp, { recursive: true, force: true });
for (const title of skipped) process.stdout.write(`\nskipped: ${title}`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
