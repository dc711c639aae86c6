// Owns the body of a def or a loop as `let` pairs: its assignments in order (in `no_grad(...)` inside a
// `with torch.no_grad():`), and in a loop the hand-written gradient step PyTorch's tutorials use:
// `loss.backward()`, then `w -= lr * w.grad` and `w.grad.zero_()` (or `= None`). A `.grad` read in the body is
// the sum of `grad(y, w, v)` over the body's backward calls since w's last reset, which is what PyTorch holds
// when every iteration resets it; a body that lets gradients pile up across iterations is refused.

import type { Printer } from './expressions';
import { modulePath } from './expressions';
import type { PyExpr, PyStmt } from './python-ast';
import { oneLine } from './translator';

interface Call {
  root: string;
  upstream: string | null;
}

/** What a body did with gradients: `carried` are the variables whose .grad is left set at the end of an iteration. */
export interface BodyGrads {
  backward: boolean;
  reset: Map<string, 'zeros' | 'none'>;
  carried: Set<string>;
}

export interface BodyResult {
  pairs: [string, string][];
  grads: BodyGrads;
}

/** Reads a body through `p` (its locals bound as they are assigned); `loop` allows backward and .grad. */
export class BodyReader {
  private readonly calls: Call[] = [];
  private readonly lastReset = new Map<string, number>();
  private readonly resetKind = new Map<string, 'zeros' | 'none'>();
  /** Reads made before any reset of their variable in this body: they must not see a previous iteration's calls. */
  private readonly earlyReads = new Set<string>();
  private readonly pairs: [string, string][] = [];

  constructor(
    private readonly p: Printer,
    private readonly loop: boolean,
    private readonly skip: (s: PyStmt) => boolean,
  ) {}

  read(body: PyStmt[]): BodyResult | string {
    const failure = this.p.withGrad(
      (id) => this.gradOf(id),
      () => this.statements(body, false),
    );
    if (failure !== null) return failure;
    for (const id of this.earlyReads) {
      const at = this.lastReset.get(id);
      if (at === undefined || at < this.calls.length)
        return `${id}.grad piles up across iterations: reset it (zero_() or = None) after its backward calls`;
    }
    const carried = new Set([...this.lastReset].filter(([, at]) => at < this.calls.length).map(([id]) => id));
    return { pairs: this.pairs, grads: { backward: this.calls.length > 0, reset: this.resetKind, carried } };
  }

  private gradOf(id: string): string {
    if (!this.loop) return '!.grad inside a function is not translated';
    const from = this.lastReset.get(id);
    if (from === undefined) this.earlyReads.add(id);
    const active = this.calls.slice(from ?? 0);
    if (active.length === 0) return `!${id}.grad is None here: no backward call reaches it in this iteration`;
    const x = this.p.text({ k: 'name', id });
    return active.map((c) => `grad(${[c.root, x, ...(c.upstream === null ? [] : [c.upstream])].join(', ')})`).join(' + ');
  }

  private statements(body: PyStmt[], noGrad: boolean): string | null {
    for (const s of body) {
      if (this.skip(s) || s.k === 'pass' || s.k === 'comment' || (s.k === 'expr' && s.e.k === 'str')) continue;
      const failure = this.statement(s, noGrad);
      if (failure !== null) return failure;
    }
    return null;
  }

  private statement(s: PyStmt, noGrad: boolean): string | null {
    if (s.k === 'with') {
      const path = s.ctx.k === 'call' && s.ctx.args.length === 0 ? modulePath(s.ctx.fn, (id) => this.p.isBound(id)) : null;
      return path === 'torch.no_grad' ? this.statements(s.body, true) : `line ${s.line}: only with torch.no_grad() is translated in a body`;
    }
    if (this.loop && s.k === 'expr' && s.e.k === 'call' && s.e.fn.k === 'attr') {
      const { obj, name } = s.e.fn;
      if (name === 'backward') return this.backward(obj, s.e.args[0] ?? s.e.kwargs.find((k) => k.name === 'gradient')?.value);
      if (name === 'zero_' && obj.k === 'attr' && obj.name === 'grad' && obj.obj.k === 'name') return this.reset(obj.obj.id, 'zeros');
    }
    if (this.loop && s.k === 'assign' && s.targets.length === 1) {
      const [target] = s.targets;
      if (target.k === 'attr' && target.name === 'grad' && target.obj.k === 'name' && s.value.k === 'const' && s.value.text === 'None')
        return this.reset(target.obj.id, 'none');
    }
    let id: string;
    let value: PyExpr;
    if (s.k === 'assign' && s.targets.length === 1 && s.targets[0].k === 'name') [id, value] = [s.targets[0].id, s.value];
    else if (s.k === 'aug' && s.target.k === 'name')
      [id, value] = [s.target.id, { k: 'bin', op: s.op.slice(0, -1), l: s.target, r: s.value }];
    else return `line ${s.line}: only assignments to names are translated in a body, not "${oneLine(s.source).slice(0, 60)}"`;
    const text = this.p.text(value);
    if (this.p.failure !== null) return this.p.failure;
    this.pairs.push([this.p.bindLocal(id), noGrad ? `no_grad(${text})` : text]);
    if (this.loop) this.p.invalidate(id);
    return null;
  }

  private backward(root: PyExpr, v: PyExpr | undefined): string | null {
    const rootText = this.p.text(root);
    const upstream = v === undefined || (v.k === 'const' && v.text === 'None') ? null : this.p.text(v);
    if (this.p.failure !== null) return this.p.failure;
    this.calls.push({ root: rootText, upstream });
    return null;
  }

  private reset(id: string, kind: 'zeros' | 'none'): null {
    this.lastReset.set(id, this.calls.length);
    this.resetKind.set(id, kind);
    return null;
  }
}
