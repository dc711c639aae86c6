// `npm test`'s bundle check, after `npm run build`: the main thread carries no engine. It walks the built
// app's chunk graph from its entry (dist-app/.vite/manifest.json: every chunk the page imports, statically
// or dynamically; the engine's worker is an asset the page starts, not an import) and fails when a chunk
// holds text only engine code has. Each marker must be in the worker's bundle, so a marker that stops
// matching (a reworded message) fails here too instead of passing silently. Prints the chunks' sizes.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist-app');

/** Messages written once, in the engine's core: autograd, the broadcasting rule, the step budget. */
const MARKERS = ['a boolean tensor has no gradient', 'do not broadcast', 'the step budget of one cell'];

function fail(message) {
  process.stderr.write(`check-bundle: ${message}\n`);
  process.exit(1);
}

const manifestFile = join(dist, '.vite/manifest.json');
if (!existsSync(manifestFile)) fail(`${manifestFile} is missing: run \`npm run build\` first`);
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entry) fail('the manifest has no entry');

const seen = new Set();
const queue = [entry];
while (queue.length > 0) {
  const key = queue.shift();
  if (seen.has(key)) continue;
  seen.add(key);
  queue.push(...(manifest[key].imports ?? []), ...(manifest[key].dynamicImports ?? []));
}

const text = (file) => readFileSync(join(dist, file), 'utf8');
const chunks = [...seen].map((k) => manifest[k].file);
const workers = (manifest[entry].assets ?? []).filter((f) => /worker.*\.js$/.test(f));
if (workers.length === 0) fail(`no worker bundle among ${entry}'s assets`);
const workerText = workers.map(text).join('\n');
const unmatched = MARKERS.filter((m) => !workerText.includes(m));
if (unmatched.length > 0) fail(`markers not in the worker bundle (update MARKERS): ${unmatched.join('; ')}`);

const found = chunks.flatMap((file) => MARKERS.filter((m) => text(file).includes(m)).map((m) => `${file} has "${m}"`));
if (found.length > 0) fail(`engine code reached the main thread:\n  ${found.join('\n  ')}`);

const kB = (file) => readFileSync(join(dist, file)).length / 1000;
const total = chunks.reduce((n, f) => n + kB(f), 0);
process.stdout.write(
  `check-bundle: the main thread's ${chunks.length} chunks (${total.toFixed(1)} kB) carry no engine code\n` +
    chunks.map((f) => `  ${f}  ${kB(f).toFixed(1)} kB\n`).join('') +
    workers.map((f) => `  (worker) ${f}  ${kB(f).toFixed(1)} kB\n`).join(''),
);
