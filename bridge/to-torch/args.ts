// Owns binding a call's arguments to the catalogue's parameters, as the sheet binds them, and spelling
// each argument as Python the way its parameter's kind wants it (tensor, float, int, dtype, list of tensors).

import type { Arg, Expr } from '../../formula/ast';
import type { CatalogueEntry, ParamSpec } from '../../formula/functions/spec';
import { canonicalDtype, modulePrefix } from '../../formula/torch-names';
import { expr, type Want } from './expr';
import type { Translation } from './translation';

/** A call's arguments by parameter (lower-cased name), the variadic rest, and the entry they belong to. */
export interface Bound {
  readonly spec: CatalogueEntry;
  readonly named: ReadonlyMap<string, Expr>;
  readonly rest: readonly Expr[];
  /** Parameters the call gave by keyword: the script gives them so too. */
  readonly byKeyword: ReadonlySet<string>;
}

/** Binds arguments as the sheet does: positionals in order (the variadic one takes the rest), keywords by name or alias. */
export function bind(t: Translation, spec: CatalogueEntry, args: readonly Arg[]): Bound | null {
  const params = spec.params;
  const all = [...params, ...(spec.kwargs ?? [])];
  const named = new Map<string, Expr>();
  const rest: Expr[] = [];
  const byKeyword = new Set<string>();
  let next = 0;
  for (const arg of args) {
    if (arg.name === null) {
      const param = params[next];
      if (param === undefined) return (t.fail(`${spec.name}: too many arguments`), null);
      if (param.variadic) rest.push(arg.value);
      else {
        named.set(param.name.toLowerCase(), arg.value);
        next++;
      }
      continue;
    }
    const key = arg.name.toLowerCase();
    const param = all.find((p) => p.name.toLowerCase() === key || (p.aliases ?? []).some((a) => a.toLowerCase() === key));
    if (param === undefined) return (t.fail(`${spec.name}: no keyword ${arg.name}`), null);
    named.set(param.name.toLowerCase(), arg.value);
    byKeyword.add(param.name.toLowerCase());
  }
  return { spec, named, rest, byKeyword };
}

const WANT: Record<ParamSpec['kind'], Want> = {
  tensor: 'tensor',
  number: 'scalar',
  int: 'int',
  dim: 'int',
  shape: 'int',
  bool: 'raw',
  text: 'raw',
  tensors: 'tensor',
  function: 'raw',
  any: 'tensor',
};

const INT_NAMES = new Set(['dim', 'dims', 'start_dim', 'end_dim', 'dim0', 'dim1', 'correction']);

/** Tensor parameters PyTorch also takes as a plain number, which reads better: `torch.clamp(x, min=0)`. */
const SCALAR_NAMES = new Set(['p', 'min', 'max']);

/** A parameter's argument as Python, spelt as the parameter's kind wants it. */
export function argText(t: Translation, param: ParamSpec, e: Expr): string {
  const name = param.name.toLowerCase();
  if (name === 'dtype') return dtypeText(t, e);
  if (param.kind === 'tensors' && (e.type === 'list' || e.type === 'tuple')) return `[${e.items.map((i) => expr(t, i).s).join(', ')}]`;
  const want = INT_NAMES.has(name) ? 'int' : SCALAR_NAMES.has(name) ? 'scalar' : WANT[param.kind];
  return expr(t, e, want).s;
}

/** `dtype=`: PyTorch's name; a narrower float computes in float64 as the sheet does, and says so. */
function dtypeText(t: Translation, e: Expr): string {
  const prefix = e.type === 'attr' ? modulePrefix(e.object) : null;
  const dtype = e.type === 'attr' && prefix?.path === 'torch' ? canonicalDtype(e.name) : undefined;
  if (dtype === undefined) return e.type === 'name' && e.name === 'None' ? 'None' : t.fail('dtype= is not a torch dtype').s;
  if (['torch.float32', 'torch.float16', 'torch.bfloat16'].includes(dtype)) {
    t.notes.push(`the sheet computes ${dtype} in float64, and so does this script`);
    return 'torch.float64';
  }
  return dtype;
}

/** Positional parameters in order up to the last one given (gaps take their defaults), the others as keywords. */
export function argList(t: Translation, b: Bound, skip: readonly string[] = []): string[] {
  const out: string[] = [];
  const params = b.spec.params;
  const lastGiven = params.reduce((last, p, i) => (b.named.has(p.name.toLowerCase()) ? i : last), -1);
  let positional = true;
  params.forEach((p, i) => {
    const key = p.name.toLowerCase();
    if (skip.includes(key)) return;
    if (p.variadic) return out.push(...b.rest.map((r) => argText(t, p, r)));
    const given = b.named.get(key);
    if (given === undefined) {
      if (i < lastGiven && (p.default === null || p.default === undefined)) positional = false;
      else if (i < lastGiven && positional)
        out.push(
          JSON.stringify(p.default)
            .replace(/^true$/, 'True')
            .replace(/^false$/, 'False'),
        );
      return;
    }
    if (b.byKeyword.has(key)) positional = false;
    out.push(positional ? argText(t, p, given) : `${p.name}=${argText(t, p, given)}`);
  });
  for (const p of b.spec.kwargs ?? []) {
    const given = b.named.get(p.name.toLowerCase());
    if (given !== undefined && !skip.includes(p.name.toLowerCase())) out.push(`${p.name}=${argText(t, p, given)}`);
  }
  return out;
}

/** The argument of parameter `name` as Python, or undefined when the call leaves it out. */
export function arg(t: Translation, b: Bound, name: string): string | undefined {
  const e = b.named.get(name);
  if (e === undefined) return undefined;
  const param = [...b.spec.params, ...(b.spec.kwargs ?? [])].find((p) => p.name.toLowerCase() === name)!;
  return argText(t, param, e);
}
