// Owns the statements with a body (SPEC §13): `def f(a, b): ... return expr` becomes a lambda cell named f
// (its locals a `let`), loops that rebind variables become `repeat` / `while` with tuple state and one cell
// per variable after them, and a torch.optim loop becomes `train(...)` when the build has it.

import { modulePath, type Printer } from './expressions';
import { type BodyGrads, BodyReader } from './body';
import { ref } from './layout';
import type { PyStmt } from './python-ast';
import { oneLine, type Translator } from './translator';

type Def = Extract<PyStmt, { k: 'def' }>;
type Loop = Extract<PyStmt, { k: 'for' | 'while' }>;

/** A print in a loop body: PyTorch shows every iteration, the sheet only the loop's result. */
const isPrint = (s: PyStmt): boolean =>
  (s.k === 'expr' && s.e.k === 'call' && s.e.fn.k === 'name' && s.e.fn.id === 'print') || (s.k === 'other' && s.printsOnly === true);

/** Leaves each print of a translated loop's body as a quoted row and an untranslated entry. */
function notePrints(t: Translator, body: PyStmt[]): void {
  for (const s of body)
    if (isPrint(s)) t.leaveUntranslated(s, "a print inside a loop runs each iteration; the loop's cells above show its result");
}

/** `let(n1, v1, ..., result)`, without the let when there is nothing to bind and without a last pair that only names the result. */
function letOf(pairs: [string, string][], result: string): string {
  const last = pairs[pairs.length - 1];
  const kept = last !== undefined && last[0] === result ? pairs.slice(0, -1) : pairs;
  const body = kept === pairs ? result : last[1];
  return kept.length === 0 ? body : `let(${[...kept.flat(), body].join(', ')})`;
}

const lambdaOf = (params: string[], body: string): string => `${params.length === 1 ? params[0] : `(${params.join(', ')})`} => ${body}`;

/** The names a body assigns (inside its with blocks too), in order of first assignment. */
function assigned(body: PyStmt[], out: string[] = []): string[] {
  for (const s of body) {
    if (s.k === 'with') assigned(s.body, out);
    const target = s.k === 'assign' ? s.targets[0] : s.k === 'aug' ? s.target : null;
    if (target?.k === 'name' && !out.includes(target.id)) out.push(target.id);
  }
  return out;
}

export function translateDef(t: Translator, s: Def): string | null {
  const p = t.printer('body');
  const text = defLambda(t, p, s);
  if (p.failure !== null) return p.failure;
  const address = t.layout.add(`=${text}`, oneLine(s.source));
  t.capture(address, p.globalsRead);
  t.defs.set(address, s);
  t.bind(s.name, address);
  return null;
}

/** The def as a lambda printed through `p` (whose locals it sees); a refusal is left in `p.failure`. */
function defLambda(t: Translator, p: Printer, s: Def): string {
  if (s.params.some((x) => !x.plain)) return p.fail('parameters with defaults, stars or types are not translated').text;
  const last = s.body[s.body.length - 1];
  if (last?.k !== 'return' || last.e === null) return p.fail('a def must end in return <value>').text;
  const ret = last.e;
  const wrappers: string[] = [];
  for (const d of s.decorators) {
    const path = d.k === 'call' && d.args.length === 0 ? modulePath(d.fn, (id) => t.scope.has(id)) : null;
    if (path !== 'torch.no_grad' && path !== 'torch.enable_grad')
      return p.fail('only the decorators @torch.no_grad() and @torch.enable_grad() are translated').text;
    wrappers.push(path);
  }
  const text = p.withLocals(
    s.params.map((x) => x.name),
    (names) => {
      const body = new BodyReader(p, false, () => false).read(s.body.slice(0, -1));
      if (typeof body === 'string') return p.fail(body).text;
      return lambdaOf(names, letOf(body.pairs, p.text(ret)));
    },
  );
  return wrappers.reduceRight((inner, w) => `${w}(${inner})`, text);
}

/**
 * Inside a loop or train lambda, each def that reads one of the loop's own variables is defined again as a let
 * pair, reading them as the iteration starts: Python reads globals when a function is called. A call after the
 * body rebinds one of them is refused (Printer.invalidate).
 */
function redefine(t: Translator, p: Printer, changing: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [id, b] of t.scope) {
    const def = t.defs.get(b.address);
    const globals = t.captured.get(b.address);
    if (def === undefined || globals === undefined || !changing.some((g) => globals.has(g))) continue;
    const text = defLambda(t, p, def);
    pairs.push([p.bindLocal(id), text]);
    p.redefined(id, new Set(globals.keys()));
  }
  return pairs;
}

/**
 * After a loop whose body calls backward: a variable it resets after its last backward call holds zeros or None,
 * as the top level's ledger is told; any other .grad is what the last iteration left, which is not translated.
 */
function afterGradLoop(t: Translator, grads: BodyGrads): void {
  if (!grads.backward) return;
  for (const [id, b] of [...t.scope]) {
    const kind = grads.reset.get(id);
    if (kind !== undefined && !grads.carried.has(id)) t.ledger.reset(b.address, kind, true);
    else t.bind(id, b.address, b.leaf, true);
  }
}

/** The loop's count and counter: `range(n)` or `range(a, b)`, with `i` (null for `_`). */
function readRange(t: Translator, s: Extract<PyStmt, { k: 'for' }>): { n: string; start: string; counter: string | null } | string {
  const it = s.iter;
  if (s.target.k !== 'name') return 'only for <name> in range(...) loops are translated';
  if (it.k !== 'call' || it.fn.k !== 'name' || it.fn.id !== 'range' || it.kwargs.length > 0 || it.args.length < 1 || it.args.length > 2)
    return 'only for loops over range(n) or range(a, b) are translated';
  const p = t.printer('top');
  const [a, b] = it.args.map((x) => p.text(x));
  if (p.failure !== null) return p.failure;
  const counter = s.target.id === '_' ? null : s.target.id;
  return b === undefined ? { n: a, start: '0', counter } : { n: `(${b}) - (${a})`, start: a, counter };
}

export function translateLoop(t: Translator, s: Loop): string | null {
  if (s.k === 'for') {
    const train = trainLoop(t, s);
    if (train !== undefined) return train;
  }
  const range = s.k === 'for' ? readRange(t, s) : null;
  if (typeof range === 'string') return range;
  const vars = assigned(s.body).filter((id) => t.scope.has(id));
  if (vars.length === 0) return 'the loop rebinds no variable bound before it';
  if (range?.counter != null && assigned(s.body).includes(range.counter))
    return 'a loop body that assigns its own counter is not translated';
  const state = range?.counter != null ? [...vars, range.counter] : vars;
  const init = state.map((id) => (id === range?.counter ? range.start : ref(t.scope.get(id)!.address)));
  const p = t.printer('body');
  const single = state.length === 1;
  let param = 's';
  while (t.identifiers.has(param)) param += '_';
  // One function of the state: its variables bound by name (let from the tuple), then `then` gives the result.
  const stateFn = (then: () => [[string, string][], string]): string =>
    p.withLocals(single ? state : [param], (names) => {
      const opening: [string, string][] = single ? [] : state.map((id, i) => [p.bindLocal(id), `${names[0]}[${i}]`]);
      const [pairs, result] = then();
      return lambdaOf(names, letOf([...opening, ...pairs], result));
    });
  let grads: BodyGrads | null = null;
  const step = stateFn(() => {
    const redefs = redefine(t, p, state);
    const body = new BodyReader(p, true, isPrint).read(s.body);
    if (typeof body === 'string') return [[], p.fail(body).text];
    grads = body.grads;
    const next = state.map((id) => (id === range?.counter ? `${p.text({ k: 'name', id })} + 1` : p.text({ k: 'name', id })));
    return [[...redefs, ...body.pairs], single ? next[0] : `tuple(${next.join(', ')})`];
  });
  const start = single ? init[0] : `tuple(${init.join(', ')})`;
  const cond = s.k === 'while' ? stateFn(() => [redefine(t, p, state), p.text(s.cond)]) : '';
  if (p.failure !== null) return p.failure;
  const loop = s.k === 'while' ? `while(${start}, ${cond}, ${step})` : `repeat(${range!.n}, ${start}, ${step})`;
  const label = oneLine(s.source);
  const address = t.cell(loop, label);
  const leaf = (id: string) => t.scope.get(id)!.leaf;
  if (single) t.bind(state[0], address, leaf(state[0]));
  else vars.forEach((id, i) => t.bind(id, t.layout.add(`=${ref(address)}[${i}]`, `${id} after the loop`), leaf(id)));
  const found = grads as BodyGrads | null; // set inside the closure above
  if (found !== null) afterGradLoop(t, found);
  notePrints(t, s.body);
  return null;
}

/** `for _ in range(N): opt.zero_grad(); loss = ...; loss.backward(); opt.step()`: train(...), why not, or undefined. */
function trainLoop(t: Translator, s: Extract<PyStmt, { k: 'for' }>): string | null | undefined {
  const calls = s.body.flatMap((x) =>
    x.k === 'expr' && x.e.k === 'call' && x.e.fn.k === 'attr' && x.e.fn.obj.k === 'name'
      ? [{ s: x, on: x.e.fn.obj.id, name: x.e.fn.name }]
      : [],
  );
  const step = calls.find((c) => c.name === 'step' && t.optimizers.has(c.on));
  if (step === undefined) return undefined;
  const opt = t.optimizers.get(step.on)!;
  const zero = calls.find((c) => c.name === 'zero_grad' && c.on === step.on);
  const back = calls.find((c) => c.name === 'backward');
  if (zero === undefined || back === undefined) return 'a training loop without opt.zero_grad() and loss.backward() is not translated';
  if (back.s.k !== 'expr' || back.s.e.k !== 'call' || back.s.e.args.length > 0)
    return 'the loss of a training loop must be a one-element tensor';
  if (!t.hasTrain) return 'train(...) is not in this build, so the optimizer loop stays as text';
  const range = readRange(t, s);
  if (typeof range === 'string') return range;
  if (range.counter !== null || range.start !== '0')
    return 'a training loop over range(N) with _ is translated, not one reading its counter';
  const p = t.printer('body');
  const skip = (x: PyStmt) => x === zero.s || x === back.s || x === step.s || isPrint(x);
  const fn = p.withLocals(opt.params, (names) => {
    const redefs = redefine(t, p, opt.params);
    const body = new BodyReader(p, false, skip).read(s.body);
    if (typeof body === 'string') return p.fail(body).text;
    return lambdaOf(names, letOf([...redefs, ...body.pairs], p.text({ k: 'name', id: back.on })));
  });
  if (p.failure !== null) return p.failure;
  const single = opt.params.length === 1;
  const params = opt.params.map((id) => ref(t.scope.get(id)!.address));
  const kwargs = [`steps=${range.n}`, `optimizer="${opt.kind}"`, ...opt.kwargs];
  const address = t.cell(`train(${[fn, single ? params[0] : `(${params.join(', ')})`, ...kwargs].join(', ')})`, oneLine(s.source));
  opt.params.forEach((id, i) =>
    t.bind(id, t.layout.add(`=${ref(address)}[0]${single ? '' : `[${i}]`}`, `${id} after training`), false, true),
  );
  t.bind(back.on, t.layout.add(`=${ref(address)}[1][-1]`, `${back.on}: the last loss, taken before the last step`));
  notePrints(t, s.body);
  return null;
}
