// Owns the state of one script's translation: the rows written so far, what each variable is bound to, the
// backward calls and .grad resets, PyTorch's generator (manual_seed and the draws after it), the optimizers,
// and the grad mode of the enclosing `with`. A statement that cannot be translated is rolled back and left
// as a quoted text row with an `untranslated` entry.

import type { Untranslated } from '../translation';
import { Printer, type ScopeHooks } from './expressions';
import { GradLedger } from './grads';
import { asText, Layout, ref } from './layout';
import { Names } from './names';
import type { PyExpr, PyStmt } from './python-ast';

/** PyTorch's default CPU seed: what a fresh process draws from before any manual_seed. */
export const DEFAULT_SEED = '67280421310721';

/** What a script variable is bound to: its cell, and whether it is a leaf that requires grad. */
export interface Binding {
  address: string;
  leaf: boolean;
  trained?: boolean;
}

/** An optimizer a script made: its kind for train(), its parameters and its keywords as formula text. */
export interface Optimizer {
  kind: string;
  params: string[];
  kwargs: string[];
}

/** Where hooks are asked from: the script's top level, or inside a lambda (a def or a loop body). */
export type Place = 'top' | 'body';

/** A statement's source on one line, for its label. */
export const oneLine = (source: string): string =>
  !source.includes('\n')
    ? source.trim()
    : source
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'))
        .join(' ');

/** Whether `e` makes a leaf that requires grad: `torch.ones(..., requires_grad=True)`, `t.requires_grad_()`. */
export function makesLeaf(e: PyExpr): boolean {
  if (e.k !== 'call') return false;
  const flag = e.kwargs.find((k) => k.name === 'requires_grad')?.value ?? null;
  if (e.fn.k === 'attr' && e.fn.name === 'requires_grad_') {
    const arg = e.args[0] ?? flag;
    return !(arg !== null && arg !== undefined && arg.k === 'const' && arg.text === 'False');
  }
  return flag !== null && flag.k === 'const' && flag.text === 'True';
}

export class Translator {
  readonly layout = new Layout();
  readonly names = new Names();
  readonly ledger = new GradLedger(this.layout);
  readonly scope = new Map<string, Binding>();
  readonly optimizers = new Map<string, Optimizer>();
  /** For each def's cell, the script variables its body reads and the cells they were bound to then. */
  readonly captured = new Map<string, Map<string, string>>();
  /** The def statement behind each def's cell, to print it again inside a loop that changes its globals. */
  readonly defs = new Map<string, Extract<PyStmt, { k: 'def' }>>();
  readonly untranslated: Untranslated[] = [];
  /** The seed of the next draw (set by manual_seed), and the cell of the last draw. */
  random: { seed: string | null; last: string | null } = { seed: DEFAULT_SEED, last: null };
  /** The grad mode of the enclosing `with`: values are wrapped in it. */
  mode: 'no_grad' | 'enable_grad' | null = null;
  /** The bindings a statement being attempted replaced, to put back if it fails. */
  private undo: [string, Binding | undefined][] | null = null;
  /** Set when a statement's top-level value is a draw: its cell becomes the last draw. */
  private topDraw = false;

  /** `identifiers`: every word of the script (lambda parameters avoid them); `hasTrain`: whether train() exists. */
  constructor(
    readonly identifiers: ReadonlySet<string>,
    readonly hasTrain: boolean,
  ) {}

  /** A printer for a statement at `place`. */
  printer(place: Place): Printer {
    return new Printer(this.hooks(place), (id) => this.names.of(id));
  }

  private hooks(place: Place): ScopeHooks {
    return {
      variable: (id) => {
        const b = this.scope.get(id);
        return b === undefined ? null : ref(b.address);
      },
      grad: (id) => (place === 'body' ? '!.grad inside a function or loop is not translated' : this.gradCell(id, `${id}.grad`)),
      stale: (id, isLocal) => {
        const captured = this.captured.get(this.scope.get(id)?.address ?? '');
        for (const [g, address] of captured ?? [])
          if (isLocal(g) || this.scope.get(g)?.address !== address)
            return `${id} would read ${g} as it was when ${id} was defined, where Python reads it when ${id} is called: pass ${g} as a parameter`;
        return null;
      },
      draw: (fn, args, top) => {
        if (place === 'body') return '!a random draw inside a function or loop is not translated';
        const withGen = `${fn}(${[...args, this.generatorKeyword()].join(', ')})`;
        if (top) {
          this.topDraw = true;
          return withGen;
        }
        const address = this.layout.add(`=${withGen}`, `${fn}(${args.join(', ')}): drawn first, as PyTorch evaluates it`);
        this.random.last = address;
        return ref(address);
      },
    };
  }

  /** seed= for the first draw after manual_seed (or of a fresh process), after= the previous draw for the rest. */
  private generatorKeyword(): string {
    if (this.random.seed !== null) {
      const s = `seed=${this.random.seed}`;
      this.random.seed = null;
      return s;
    }
    return `after=${ref(this.random.last!)}`;
  }

  /** A cell reading `x.grad` here; returns its placeholder, or "!why" when it cannot be read. */
  gradCell(id: string, label: string): string {
    const b = this.scope.get(id);
    if (b === undefined) return `!${id} is not defined here`;
    if (b.trained) return `!${id}.grad after a training loop is not translated`;
    if (!b.leaf) return ref(this.layout.add(asText('None'), `${label}: None, as ${id} is not a leaf that requires grad`));
    return ref(this.layout.add(this.ledger.read(b.address), label, [b.address]));
  }

  /** Writes a value cell for `e` (wrapped in the grad mode) and returns its address, or why it cannot. */
  emit(e: PyExpr, label: string, place: Place = 'top'): { address: string } | { failure: string } {
    if (e.k === 'attr' && e.name === 'grad' && e.obj.k === 'name' && place === 'top') {
      const g = this.gradCell(e.obj.id, label);
      return g.startsWith('!') ? { failure: g.slice(1) } : { address: g.slice(1, -1) };
    }
    const p = this.printer(place);
    this.topDraw = false;
    const text = p.top(e);
    if (p.failure !== null) return { failure: p.failure };
    const address = this.cell(text, label);
    if (this.topDraw) this.random.last = address;
    this.topDraw = false;
    // A lambda captures the cells its globals are bound to now; a later call checks they still are.
    if (e.k === 'lambda') this.capture(address, p.globalsRead);
    return { address };
  }

  /** Records which cells the function at `address` reads its globals from (see the `stale` hook). */
  capture(address: string, globals: ReadonlySet<string>): void {
    this.captured.set(address, new Map([...globals].map((id) => [id, this.scope.get(id)!.address])));
  }

  /** Writes `=text` in the grad mode of the enclosing with. */
  cell(text: string, label: string): string {
    return this.layout.add(`=${this.mode === null ? text : `${this.mode}(${text})`}`, label);
  }

  bind(id: string, address: string, leaf = false, trained = false): void {
    this.undo?.push([id, this.scope.get(id)]);
    this.scope.set(id, { address, leaf, trained });
  }

  /** Runs a statement's translation; on failure undoes its rows and writes the quoted statement instead. */
  attempt(s: PyStmt, run: () => string | null): void {
    const size = this.layout.size;
    const restore = this.ledger.snapshot();
    const random = { ...this.random };
    const undo: [string, Binding | undefined][] = [];
    this.undo = undo;
    const failure = run();
    this.undo = null;
    if (failure === null) return;
    this.layout.truncate(size);
    restore();
    this.random = random;
    for (const [id, b] of undo.reverse()) {
      if (b === undefined) this.scope.delete(id);
      else this.scope.set(id, b);
    }
    this.leaveUntranslated(s, failure);
  }

  leaveUntranslated(s: PyStmt, reason: string): void {
    const source = oneLine(s.source);
    this.untranslated.push({ line: s.line, source, reason });
    this.layout.add(asText(source), `not translated: ${reason}`);
  }

  /** The workbook, with a name on the cell of each variable's final binding. */
  finish(): ReturnType<Layout['finish']> {
    const pairs: [string, string][] = [];
    for (const [id, b] of this.scope) pairs.push([this.names.of(id), b.address]);
    return this.layout.finish(pairs);
  }
}
