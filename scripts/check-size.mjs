// Owns the size rule (docs/ARCHITECTURE.md): a source file over 300 lines, or a function over 80, fails unless a
// `// size: <why>` comment says why — in the file's opening comments, or in the comments right above the function.
// Functions are found with the TypeScript compiler's parser, so arrow functions, methods and nested closures count.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ts } from '@gradsheet/lint';

export const MAX_FILE_LINES = 300;
export const MAX_FUNCTION_LINES = 80;
const SOURCE = /\.(ts|tsx|js|mjs)$/;
/** Checked on their own below, against what they must produce. */
const FIXTURES = 'scripts/lint-fixtures/';
const REASON = /^\s*\/\/\s*size:\s*\S/;
const COMMENT = /^\s*(\/\/|\/\*|\*)/;

/** The 1-based line of character `pos`. */
const lineOf = (file, pos) => file.getLineAndCharacterOfPosition(pos).line + 1;

/** Whether a `// size:` comment sits among the comment lines directly above line `line` (1-based). */
function reasonAbove(lines, line) {
  for (let i = line - 2; i >= 0 && COMMENT.test(lines[i]); i--) if (REASON.test(lines[i])) return true;
  return false;
}

/** Whether the file's opening comments (the lines before its first line of code) hold a `// size:` comment. */
function reasonAtTop(lines) {
  for (const line of lines) {
    if (REASON.test(line)) return true;
    if (line.trim() !== '' && !COMMENT.test(line)) return false;
  }
  return false;
}

/** Whether `node` is the body of a `describe` block: a list of tests, not a function; each test in it still counts. */
function isDescribeBody(node) {
  if (!ts.isCallExpression(node.parent)) return false;
  let callee = node.parent.expression;
  while (ts.isCallExpression(callee)) callee = callee.expression; // describe.each(rows)(name, body)
  return /(^|\.)describe(\.|$)/.test(callee.getText());
}

/** A readable name for a function node: its own, or the variable or property it is assigned to. */
function nameOf(node) {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name)
    return parent.name.getText();
  if (ts.isCallExpression(parent)) return `a callback of ${parent.expression.getText().slice(0, 40)}`;
  return 'an anonymous function';
}

/** The size problems of one file's text, each `{ path, line, message }`. */
export function sizeProblems(path, text) {
  const kind = extname(path) === '.tsx' ? ts.ScriptKind.TSX : extname(path) === '.ts' ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const lines = text.split('\n');
  const problems = [];
  const total = text.endsWith('\n') ? lines.length - 1 : lines.length;
  if (total > MAX_FILE_LINES && !reasonAtTop(lines)) {
    problems.push({ path, line: 1, message: `${total} lines, over ${MAX_FILE_LINES}, and no \`// size: <why>\` at the top` });
  }
  // An explicit stack, so a deeply nested file cannot overflow the checker's own stack.
  const stack = [file];
  while (stack.length > 0) {
    const node = stack.pop();
    if (ts.isFunctionLike(node) && 'body' in node && node.body && !isDescribeBody(node)) {
      const start = lineOf(file, node.getStart(file));
      const length = lineOf(file, node.getEnd()) - start + 1;
      if (length > MAX_FUNCTION_LINES && !reasonAbove(lines, start)) {
        problems.push({
          path,
          line: start,
          message: `${nameOf(node)} is ${length} lines, over ${MAX_FUNCTION_LINES}, with no \`// size: <why>\` above it`,
        });
      }
    }
    node.forEachChild((child) => void stack.push(child));
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** The repository's source files, tracked or new, without what .gitignore lists (generated files) or the fixtures. */
function sourceFiles() {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' });
  return out.split('\n').filter((p) => SOURCE.test(p) && !p.startsWith(FIXTURES));
}

/** The fixtures prove the check can fail: each names in its opening comments how many problems it must produce. */
function fixtureMismatches() {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', `${FIXTURES}size-*`], { encoding: 'utf8' });
  const paths = out.split('\n').filter((p) => p !== '');
  if (paths.length === 0) return [`no size fixtures in ${FIXTURES}`];
  return paths.flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    const expected = Number(/expect: (\d+) size problems?/.exec(text)?.[1]);
    const found = sizeProblems(path, text).length;
    return found === expected ? [] : [`${path}: expected ${expected} size problems, found ${found}`];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const broken = fixtureMismatches();
  const problems = sourceFiles().flatMap((path) => sizeProblems(path, readFileSync(path, 'utf8')));
  for (const m of broken) process.stdout.write(`✗ ${m}\n`);
  for (const p of problems) process.stdout.write(`${p.path}:${p.line}: ${p.message}\n`);
  process.stdout.write(`${problems.length} size problems\n`);
  process.exit(broken.length + problems.length === 0 ? 0 : 1);
}
