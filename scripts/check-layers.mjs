// Owns the proof that the layer rules bite: each fixture in scripts/lint-fixtures/ is linted with the repository's
// ESLint config as if it lived where its `// lint as:` line says, and must produce exactly the errors its `// expect:`
// line names (`nothing` for an import the table allows). Type-aware rules are off here: the fixtures are not in any
// tsconfig, and the layer rules read only the import's text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { tseslint } from '@gradsheet/lint';

const DIR = 'scripts/lint-fixtures';
const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });
const fixtures = readdirSync(DIR).filter((name) => !name.startsWith('size-'));
let failures = 0;

for (const name of fixtures) {
  const text = readFileSync(join(DIR, name), 'utf8');
  const as = /^\/\/ lint as: (\S+)$/m.exec(text)?.[1];
  const expected = /^\/\/ expect: (.+)$/m.exec(text)?.[1].trim();
  if (!as || !expected) {
    failures++;
    process.stdout.write(`✗ ${name}: no "// lint as:" or "// expect:" line\n`);
    continue;
  }
  const [result] = await eslint.lintText(text, { filePath: as });
  const found = result.messages.map((m) => m.ruleId ?? `parse error: ${m.message}`);
  const ok = expected === 'nothing' ? found.length === 0 : found.length === 1 && found[0] === expected;
  if (!ok) failures++;
  const seen = result.messages.map((m) => `${m.ruleId}: ${m.message}`).join('; ') || 'no error';
  process.stdout.write(`${ok ? '✓' : '✗'} ${name} as ${as}: expected ${expected}, got ${seen}\n`);
}

process.stdout.write(`${fixtures.length - failures} of ${fixtures.length} layer fixtures as expected\n`);
process.exit(failures === 0 && fixtures.length > 0 ? 0 : 1);
