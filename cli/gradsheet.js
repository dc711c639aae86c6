#!/usr/bin/env node
// The `gradsheet` command: runs the built CLI (npm install builds it through the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  process.stderr.write('gradsheet: the command line is not built yet; run `npm run build:lib` in the gradsheet folder\n');
  process.exit(2);
}
const { runCli } = await import(built.href);
runCli();
