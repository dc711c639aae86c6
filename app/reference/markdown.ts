// Owns docs/functions.md: the function reference as Markdown, generated from the catalogue by
// `npm run docs` (scripts/gen-docs.mjs). A test fails when the checked-in file is out of date.

import { CATALOGUE, type CatalogueEntry } from '../../formula/catalogue';
import { signature } from '../../formula/signature';
import { documentedParams, formatResult, groupFunctions } from './reference';
import { SPELLINGS } from './spellings';

/** Text for a Markdown table cell: pipes escaped, line breaks flattened. */
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** A code span that survives backticks inside it. */
const code = (s: string): string => (s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``);

/** PyTorch's name as code, or as written when it is prose (`Python while loop`). */
const torchName = (t: string): string => (/^torch\.[\w.]+$/.test(t) ? code(t) : t);

function entry(f: CatalogueEntry): string[] {
  const lines = [`### ${f.name}`, '', code(signature(f)), '', f.doc, '', `PyTorch: ${torchName(f.torch)}`, ''];
  const params = documentedParams(f);
  if (params.length) {
    lines.push('| parameter | |', '| --- | --- |');
    for (const p of params) lines.push(`| ${code(p.keyword ? `${p.name}=` : p.name)} | ${cell(p.doc)} |`);
    lines.push('');
  }
  if (f.examples.length) {
    lines.push('| example | result |', '| --- | --- |');
    for (const e of f.examples) lines.push(`| ${cell(code(e.formula))} | ${cell(code(formatResult(e.result)))} |`);
    lines.push('');
  }
  return lines;
}

/** PyTorch's spellings (SPEC §10) and the in-place ones, as the app's reference shows them. */
function spellingsSection(): string[] {
  const lines = [
    '<a id="spellings"></a>',
    '',
    "## PyTorch's spellings",
    '',
    "A tutorial's code types as it reads. Each row is a formula, what it means, and what it gives.",
    '',
  ];
  for (const g of SPELLINGS) {
    lines.push(`### ${g.title}`, '', '| formula | means | result |', '| --- | --- | --- |');
    for (const r of g.rows) lines.push(`| ${cell(code(r.formula))} | ${cell(r.means)} | ${cell(code(formatResult(r.result)))} |`);
    lines.push('');
  }
  return lines;
}

/** The whole of docs/functions.md. */
export function functionsMarkdown(functions: readonly CatalogueEntry[] = CATALOGUE): string {
  const groups = groupFunctions(functions);
  const lines = [
    '# Function reference',
    '',
    '<!-- Generated from the function registry (formula/functions/index.ts) by `npm run docs`. Do not edit by hand. -->',
    '',
    `${functions.length} functions. Names are case-insensitive; \`x.f(args)\` means \`f(x, args)\`. Signatures read as Python's:`,
    '`name=value` shows a default (`None`: optional), `*name` takes any number of arguments, and parameters after a bare `*` are passed as `name=value`.',
    'Results are shown as a cell shows them; `#CODE!` is an error value.',
    '',
    "- [PyTorch's spellings](#spellings): prefixes, literals, tuples, dtype=, gradients, and the in-place spellings",
    ...groups.map(
      ({ group, functions: fs }) =>
        `- [${group.title}](#group-${group.id}): ${fs.map((f) => `[${f.name}](#${f.name.replace(/[^\w-]/g, '')})`).join(', ')}`,
    ),
    '',
  ];
  lines.push(...spellingsSection());
  for (const { group, functions: fs } of groups) {
    lines.push(`<a id="group-${group.id}"></a>`, '', `## ${group.title}`, '');
    for (const f of fs) lines.push(...entry(f));
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
