// The formula folder's import graph (value imports; `import type` is erased): the only cycle is the
// evaluation core, evaluate.ts ⇄ call.ts, and the registry (FUNCTIONS, with the special forms) does
// not reach the evaluator, so the catalogue can be imported without it.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

function target(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec).replace(/\.js$/, '');
  return [`${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p)) ?? null;
}

const IMPORT = /^(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s*'([^']+)'/gm;

/** The modules a file imports for their values: type-only imports and `{ type A, type B }` lists left out. */
function valueImports(file: string): string[] {
  const out: string[] = [];
  for (const [, typeOnly, names, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const list = /^\{([^}]*)\}$/.exec(names.trim())?.[1];
    const allTypes =
      list !== undefined &&
      list
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean)
        .every((n) => n.startsWith('type '));
    const to = typeOnly || allTypes ? null : target(file, spec);
    if (to !== null) out.push(to);
  }
  return out;
}

const graph = new Map(sources(join(root, 'formula')).map((f) => [f, valueImports(f)]));

/** Strongly connected components of more than one module (Tarjan's, iteratively deep enough for this graph). */
function cycles(): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do component.push((w = stack.pop()!));
    while (w !== v);
    if (component.length > 1) out.push(component.map((f) => relative(root, f)).sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

function reachable(from: string): Set<string> {
  const seen = new Set<string>();
  const todo = [join(root, from)];
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    todo.push(...(graph.get(f) ?? []));
  }
  return new Set([...seen].map((f) => relative(root, f)));
}

describe('the formula import graph', () => {
  it('reads value imports and skips type-only ones', () => {
    const call = valueImports(join(root, 'formula/call.ts')).map((f) => relative(root, f));
    expect(call).toContain('formula/evaluate.ts');
    expect(call).not.toContain('formula/special-forms/special-form.ts');
  });

  it('has one cycle: the evaluation core, evaluate.ts and call.ts', () => {
    expect(cycles()).toEqual([['formula/call.ts', 'formula/evaluate.ts']]);
  });

  it('keeps the evaluator out of the registry, the special forms and argument coercion', () => {
    for (const from of ['formula/functions/index.ts', 'formula/special-forms/index.ts', 'formula/functions/coerce.ts']) {
      const seen = reachable(from);
      expect(seen.has('formula/evaluate.ts') || seen.has('formula/call.ts'), from).toBe(false);
    }
  });
});
