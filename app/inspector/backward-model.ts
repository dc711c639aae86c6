// Owns what the backward view derives from the engine's answer: short and full previews of tensors,
// the sentence saying which gradient is shown, and the text of each step.

import type { BackwardNode, BackwardSteps, Preview } from '../../formula/inspect-backward';
import { shortLabel } from './inspector-model';

/** A number as the view prints it: at most five significant digits, PyTorch's nan, inf and exponents. */
export function numberText(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  const size = Math.abs(n);
  // Very small and very large numbers in exponent form, as PyTorch prints them: 6.2081e-06.
  if (n !== 0 && (size < 1e-4 || size >= 1e6))
    return n
      .toExponential(4)
      .replace(/\.?0+e/, 'e')
      .replace(/e([+-])(\d)$/, 'e$10$2');
  return String(Number(n.toPrecision(5)));
}

/** The values as nested lists of the shape (all of them are there), e.g. `[[4.5, 4.5], [4.5, 4.5]]`. */
function nested(values: readonly number[], shape: readonly number[]): string {
  if (shape.length === 0) return numberText(values[0]);
  let at = 0;
  const level = (d: number): string => {
    if (d === shape.length) return numberText(values[at++]);
    const parts: string[] = [];
    for (let i = 0; i < shape[d]; i++) parts.push(level(d + 1));
    return `[${parts.join(', ')}]`;
  };
  return level(0);
}

/**
 * A tensor in a few characters: its nested lists when it has at most `max` elements (and they all
 * came), else the first `max` elements flat, then `…`: `[0.5, 1.2, …]`.
 */
export function previewText(p: Preview, max = 3): string {
  if (p.size <= max && p.values.length === p.size) return nested(p.values, p.shape);
  return `[${p.values.slice(0, max).map(numberText).join(', ')}, …]`;
}

/** The largest preview the step box shows: the whole tensor when it came whole. */
export const fullText = (p: Preview): string => previewText(p, p.values.length);

/** The sentence saying which gradient the view shows. */
export function sourceText(steps: BackwardSteps, sheet: string): string {
  const v = previewText(steps.upstream);
  const s = steps.source;
  switch (s.kind) {
    case 'grad-cell': {
      const y = s.y === null ? 'its y' : shortLabel(s.y, sheet);
      const x = s.x === null ? 'its x' : shortLabel(s.x, sheet);
      return `This cell's grad(${y}, ${x}, v): the backward pass from ${y} with v = ${v}, read at ${x}.`;
    }
    case 'backward-root':
      return `The backward root in ${shortLabel(s.cell, sheet)} (backward with v = ${v}): its graph holds this cell.`;
    case 'self':
      return `No grad(...) cell or backward root: this tensor is the root, with v = ones of its shape (${v}).`;
  }
}

/** The status line of step k (1-based; 0 is before the first step) of a pass. */
export function stepText(k: number, steps: BackwardSteps, sheet: string): string {
  const n = steps.order.length;
  if (k === 0) return `Ready: ${n} step${n === 1 ? '' : 's'}, in the order autograd runs its rules. Press Step.`;
  const node = steps.nodes[steps.order[k - 1]];
  const cell = node.cell === null ? '' : ` (${shortLabel(node.cell, sheet)})`;
  const what =
    node.name === 'AccumulateGrad' ? 'accumulates into .grad' : node.name === 'Leaf' ? 'receives its gradient' : 'runs its backward rule';
  return `Step ${k} of ${n}: ${node.name}${cell} ${what}.`;
}

/** The node the view is at, or null before the first step. */
export const currentNode = (k: number, steps: BackwardSteps): BackwardNode | null =>
  k === 0 || k > steps.order.length ? null : steps.nodes[steps.order[k - 1]];

/** The step (1-based) at which a node is reached, or 0 when the pass never reaches it. */
export const stepOf = (id: number, steps: BackwardSteps): number => steps.order.indexOf(id) + 1;

/** Whether two answers show the same pass (same source and steps), so a new answer with new values keeps the step. */
export function samePass(a: BackwardSteps, b: BackwardSteps): boolean {
  const nodes = (s: BackwardSteps) => s.order.map((id) => `${s.nodes[id].name} ${s.nodes[id].cell ?? ''}`).join();
  return JSON.stringify(a.source) === JSON.stringify(b.source) && a.focus === b.focus && nodes(a) === nodes(b);
}
