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
}

/** The backward calls of a script and the resets of each leaf's .grad, keyed by the leaf's cell. */
export class GradLedger {
  private calls: BackwardCall[] = [];
  private resets = new Map<string, Reset>();
  private reach = new Map<string, Set<string>>();

  constructor(private readonly layout: Layout) {}

  /** What to restore if a statement is dropped. */
  snapshot(): () => void {
    const calls = this.calls.length;
    const resets = new Map(this.resets);
    return () => {
      this.calls.length = calls;
      this.resets = resets;
    };
  }

  backward(address: string, root: string, upstream: string | null): void {
    this.calls.push({ address, root, upstream });
  }

  reset(leaf: string, to: Reset['to']): void {
    this.resets.set(leaf, { at: this.calls.length, to });
  }

  /** The cell input of `x.grad` read now, for the leaf at `leaf`; decided when `finish` runs, so deferred. */
  read(leaf: string): () => string {
    const reset = this.resets.get(leaf);
    const from = reset?.at ?? 0;
    const upto = this.calls.length;
    return () => {
      const reaching = this.calls.map((c, i) => ({ c, i })).filter(({ c }) => this.reaches(c, leaf));
      const active = reaching.filter(({ i }) => i >= from && i < upto);
      if (active.length === 0)
        return reset?.to === 'zeros' && reaching.some(({ i }) => i < from) ? `=torch.zeros_like(${ref(leaf)})` : asText('None');
      if (active.length === reaching.length) return `=${ref(leaf)}.grad`;
      const terms = active.map(({ c }) => `grad(${[c.root, ref(leaf), ...(c.upstream === null ? [] : [c.upstream])].join(', ')})`);
      return `=${terms.join(' + ')}`;
    };
  }

  /** Whether the backward call's root depends on the leaf (a root that does not adds nothing to its .grad). */
  private reaches(call: BackwardCall, leaf: string): boolean {
    let up = this.reach.get(call.address);
    if (up === undefined) {
      up = this.layout.upstream(call.address);
      this.reach.set(call.address, up);
    }
    return up.has(leaf);
  }
}
