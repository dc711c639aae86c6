// The red-team suite (`npm test` runs it after building the library): hostile formulas and files that
// once crashed, hung or ate the machine, each run in a child process of its own through the built
// library or command line, with what it must end in and the time and memory it may take asserted.
// Probes live in scripts/red-team/*.mjs, each exporting `probes`: see probes.mjs for their shape.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const dir = join(here, 'red-team');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const tmp = mkdtempSync(join(tmpdir(), 'gradsheet-red-team-'));

/** Runs a child to its end (or kills it past `seconds`); its output, exit code, time and peak memory. */
function runChild(args, seconds) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('/usr/bin/env', ['node', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout.length < 1 << 20 ? (stdout += d) : null));
    child.stderr.on('data', (d) => (stderr.length < 1 << 16 ? (stderr += d) : null));
    const timer = setTimeout(() => child.kill('SIGKILL'), seconds * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, seconds: (performance.now() - started) / 1000 });
    });
  });
}

/** A command-line probe's stderr without red-team-rss.mjs's line, and that line's figures (null if it never ran). */
function takeRssLine(stderr) {
  const at = stderr.lastIndexOf('\nred-team-rss ');
  if (at < 0) return { stderr, report: null };
  return { stderr: stderr.slice(0, at), report: JSON.parse(stderr.slice(at + '\nred-team-rss '.length)) };
}

const probes = [];
for (const f of readdirSync(dir)
  .filter((n) => n.endsWith('.mjs'))
  .sort()) {
  const mod = await import(pathToFileURL(join(dir, f)).href);
  for (const p of mod.probes) probes.push({ ...p, file: f });
}

let passed = 0;
let failed = 0;
for (const probe of probes) {
  if (only && !probe.name.includes(only)) continue;
  const limit = probe.seconds ?? 5;
  const input = join(tmp, 'probe.json');
  writeFileSync(input, typeof probe.workbook === 'string' ? probe.workbook : JSON.stringify(probe.workbook));
  // A command-line probe runs as a user runs the command, with node's default flags.
  const args = probe.cli
    ? [
        '--import',
        pathToFileURL(join(here, 'red-team-rss.mjs')).href,
        join(here, '..', 'cli', 'gradsheet.js'),
        ...probe.cli.map((a) => (a === '$FILE' ? input : a)),
      ]
    : // A library probe gets room past the memory budget, so a budget that fails shows as growth, not a crash.
      ['--max-old-space-size=4096', join(here, 'red-team-child.mjs'), input, JSON.stringify(probe.cells ?? [])];
  // Twice the limit before the kill, so a probe a little over its limit reports its time.
  const r = await runChild(args, limit * 2 + 5);
  let report = null;
  if (probe.cli) ({ stderr: r.stderr, report } = takeRssLine(r.stderr));
  const problems = [];
  if (r.signal) problems.push(`killed (${r.signal}) after ${r.seconds.toFixed(1)} s`);
  else if (r.seconds > limit) problems.push(`took ${r.seconds.toFixed(1)} s, the limit is ${limit} s`);
  if (!probe.cli && !r.signal) {
    try {
      report = JSON.parse(r.stdout.trim().split('\n').pop());
    } catch {
      problems.push(`no report: ${(r.stderr || r.stdout).trim().split('\n').slice(0, 3).join(' | ')}`);
    }
  }
  if (report) {
    const growth = report.rssMB - report.baseMB;
    if (growth > (probe.rssMB ?? 1024)) problems.push(`grew by ${growth.toFixed(0)} MB of RSS, the limit is ${probe.rssMB ?? 1024} MB`);
    if (report.threw) problems.push(`threw: ${report.threw}`);
  }
  if (!r.signal) {
    try {
      const why = probe.check({ ...r, report, cells: report?.cells ?? null });
      if (why) problems.push(why);
    } catch (e) {
      problems.push(`check failed: ${e.message}`);
    }
  }
  const figures = report ? `${r.seconds.toFixed(1)} s, +${(report.rssMB - report.baseMB).toFixed(0)} MB` : `${r.seconds.toFixed(1)} s`;
  if (problems.length === 0) {
    passed++;
    process.stdout.write(`  ✓ ${probe.name} (${figures})\n`);
  } else {
    failed++;
    process.stdout.write(`  ✗ ${probe.name} (${probe.file}): ${problems.join('; ')}\n`);
  }
}
rmSync(tmp, { recursive: true, force: true });
process.stdout.write(`red team: ${passed} passed, ${failed} failed\n`);
// `npm test` counts each probe as a test of its own.
if (process.env.RED_TEAM_REPORT) writeFileSync(process.env.RED_TEAM_REPORT, JSON.stringify({ passed, failed }));
process.exit(failed === 0 ? 0 : 1);
