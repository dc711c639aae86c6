// `npm run bench`: builds the benchmark, runs each workload in its own Node process, and prints a
// table of medians and ratios (Gradsheet / peer), then the sheet's `train` at 100, 1,000 and 10,000 steps
// (each once, in a process of its own: time per step, peak RSS, so linear time and flat memory show;
// `--train-steps=10,100` for others), then the browser's slider-to-chart latency; `--json` prints one JSON object per line instead.
import { spawnSync } from 'node:child_process';

const json = process.argv.includes('--json');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const log = (s) => process.stderr.write(`${s}\n`);

// Generated sources first (the formula parser, the WebAssembly kernel), so a fresh clone can bench.
const gen = spawnSync('npm', ['run', '--silent', 'gen'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (gen.status !== 0) process.exit(gen.status ?? 1);
const build = spawnSync('npx', ['--no-install', 'vite', 'build', '--config', 'vite.bench.config.ts', '--logLevel', 'error'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);

// Relaxed SIMD lets the matmul kernel use fused multiply-adds; Chromium and Node ≥ 22 have it on by
// default, Node 20 only behind this flag (without it the plain SIMD128 kernel runs).
const node = (args) =>
  spawnSync('node', ['--max-old-space-size=8192', '--expose-gc', '--experimental-wasm-relaxed-simd', 'dist-bench/main.js', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
const names = JSON.parse(node(['--list']).stdout);
const results = [];
for (let i = 0; i < names.length; i++) {
  if (only && !names[i].toLowerCase().includes(only.toLowerCase())) continue;
  log(`… ${names[i]}`);
  const r = node([String(i)]);
  if (r.status !== 0) {
    log(r.stderr.trim());
    results.push({ workload: names[i], error: r.stderr.trim().split('\n').pop() });
    continue;
  }
  const line = r.stdout.trim().split('\n').pop();
  results.push(JSON.parse(line));
  if (json) console.log(line);
}

// The training cell at growing step counts: time per step should stay level, and memory flat.
const stepCounts = (process.argv.find((a) => a.startsWith('--train-steps='))?.slice('--train-steps='.length) ?? '100,1000,10000')
  .split(',')
  .map(Number);
const scaling = [];
if (!only || 'train scaling'.includes(only.toLowerCase())) {
  for (const steps of stepCounts) {
    log(`… train scaling: ${steps} steps`);
    const r = node([`--train-steps=${steps}`]);
    if (r.status !== 0) {
      log(r.stderr.trim());
      results.push({ workload: `train scaling: ${steps} steps`, error: r.stderr.trim().split('\n').pop() });
      continue;
    }
    const line = r.stdout.trim().split('\n').pop();
    scaling.push(JSON.parse(line));
    if (json) console.log(line);
  }
}

if (!json) {
  const fmt = (x) =>
    typeof x === 'number'
      ? x !== 0 && Math.abs(x) < 0.01
        ? x.toPrecision(2)
        : x >= 100
          ? x.toFixed(0)
          : x >= 10
            ? x.toFixed(1)
            : x.toFixed(2)
      : String(x ?? '');
  const rows = results.map((r) => [
    r.workload,
    fmt(r.gradsheet_ms),
    r.peer ?? '',
    fmt(r.peer_ms),
    r.error ? `error: ${r.error}` : fmt(r.ratio),
    Object.entries(r)
      .filter(([k]) => !['workload', 'gradsheet_ms', 'peer', 'peer_ms', 'ratio'].includes(k))
      .map(([k, v]) => `${k}=${fmt(v)}`)
      .join(' '),
  ]);
  const head = ['workload', 'gradsheet ms', 'peer', 'peer ms', 'ratio', 'other'];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells) => cells.map((x, c) => x.padEnd(widths[c])).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  if (scaling.length > 0) {
    console.log('\ntrain, the sheet alone: steps  ms  ms/step  CPU ms/step  peak RSS MB (before the run)  retained MB');
    for (const r of scaling) {
      const cells = [
        r.steps,
        r.ms,
        fmt(r.ms_per_step),
        fmt(r.cpu_ms_per_step),
        `${fmt(r.peak_rss_mb)} (${fmt(r.rss_before_mb)})`,
        fmt(r.retained_mb),
      ];
      console.log(`  ${cells.join('  ')}`);
    }
  }
}
// The browser's own figure, from the built app in Chromium (skip with --no-browser).
if (!process.argv.includes('--no-browser') && !only) {
  const app = spawnSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const browser =
    app.status === 0 ? spawnSync('node', ['scripts/bench-browser.mjs', ...(json ? ['--json'] : [])], { encoding: 'utf8' }) : null;
  if (browser?.status === 0) process.stdout.write(browser.stdout);
  else {
    log(`browser figure failed: ${browser?.stderr ?? 'the app did not build'}`);
    results.push({ error: 'browser' });
  }
}
process.exit(results.some((r) => r.error) ? 1 : 0);
