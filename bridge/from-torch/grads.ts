// Owns what `x.grad` means at a point of the script (SPEC §13): the sum of the gradients of the backward calls
// made before it, since the last `x.grad.zero_()`, `x.grad = None` or `opt.zero_grad()` covering x. The cell
// is written when the whole script is known: `=x.grad` when those calls are every backward root of the
// workbook that reaches x (SPEC §5 sums them all), otherwise the explicit `grad(y1, x, v1) + grad(y2, x, v2)`,
// and the text None where PyTorch gives None.

import { asText, type Layout, ref } from './layout';

interface BackwardCall {
  /** The root y and the upstream v (null: none) as formula text with placeholders. */
  root: string;
  upstream: string | null;
  /** The cell that declares it, whose reads reach what y depends on. */
  address: string;
}

interface Reset {
  /** How many backward calls had been made when x.grad was reset. */
  at: number;
  /** zero_() leaves a tensor of zeros, `= None` and zero_grad() (set_to_none, PyTorch 2) leave None. */
  to: 'zeros' | 'none';
  /** zero_() of a .grad known to be set (a loop's last iteration set it): zeros even with no call before. */
  known?: boolean;
}

/** The backward calls of a script and the resets of each leaf's .grad, keyed by the leaf's cell. */
export class GradLedger {
  private calls: BackwardCall[] = [];
  private readonly resets = new Map<string, Reset>();
  /** The resets the statement since the last snapshot replaced. */
  private undo: [string, Reset | undefined][] = [];
  /** For each leaf read, the indices of the backward calls whose root depends on it (filled when finishing). */
  private reaching = new Map<string, number[]>();

  constructor(private readonly layout: Layout) {}

  /** What to restore if a statement is dropped. */
  snapshot(): () => void {
    const calls = this.calls.length;
    const undo: [string, Reset | undefined][] = [];
    this.undo = undo;
    return () => {
      this.calls.length = calls;
      for (const [leaf, r] of undo.reverse()) {
        if (r === undefined) this.resets.delete(leaf);
        else this.resets.set(leaf, r);
      }
    };
  }

  backward(address: string, root: string, upstream: string | null): void {
    this.calls.push({ address, root, upstream });
  }

  reset(leaf: string, to: Reset['to'], known = false): void {
    this.undo.push([leaf, this.resets.get(leaf)]);
    this.resets.set(leaf, { at: this.calls.length, to, known });
  }

  /** The cell input of `x.grad` read now, for the leaf at `leaf`; decided when `finish` runs, so deferred. */
  read(leaf: string): () => string {
    const reset = this.resets.get(leaf);
    const from = reset?.at ?? 0;
    const upto = this.calls.length;
    return () => {
      const reaching = this.reachingCalls(leaf);
      const active = reaching.filter((i) => i >= from && i < upto);
      if (active.length === 0)
        return reset?.to === 'zeros' && (reset.known === true || reaching.some((i) => i < from))
          ? `=torch.zeros_like(${ref(leaf)})`
          : asText('None');
      if (active.length === reaching.length) return `=${ref(leaf)}.grad`;
      const term = (c: BackwardCall): string => `grad(${[c.root, ref(leaf), ...(c.upstream === null ? [] : [c.upstream])].join(', ')})`;
      return `=${active.map((i) => term(this.calls[i])).join(' + ')}`;
    };
  }

  /** The backward calls whose root depends on the leaf (a root that does not adds nothing to its .grad). */
  private reachingCalls(leaf: string): number[] {
    let found = this.reaching.get(leaf);
    if (found === undefined) {
      const down = this.layout.downstream(leaf);
      found = this.calls.flatMap((c, i) => (down.has(c.address) ? [i] : []));
      this.reaching.set(leaf, found);
    }
    return found;
  }
}
