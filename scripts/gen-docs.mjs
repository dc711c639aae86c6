// `npm run docs`: writes docs/functions.md from the function registry (formula/functions/index.ts),
// through app/reference/markdown.ts, which Vite's module runner loads as TypeScript.
// app/reference/reference.test.ts fails when the checked-in file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { module } = await runnerImport(join(root, 'app/reference/markdown.ts'), { configFile: false, root, logLevel: 'error' });
const out = join(root, 'docs/functions.md');
writeFileSync(out, module.functionsMarkdown());
process.stdout.write(`wrote ${out}\n`);
