// Owns the loss curve's picture: an SVG polyline of the losses so far (loss-curve.ts), redrawn as they come,
// with the top and bottom values written beside it.

import { Show, createMemo } from 'solid-js';
import { lossCurve } from './loss-curve';

const W = 360;
const H = 120;

export function LossCurve(props: { losses: () => readonly number[]; log: boolean }) {
  const curve = createMemo(() => lossCurve(props.losses(), W, H, props.log));
  const fmt = (x: number) => x.toPrecision(3);
  return (
    <figure class="train-curve">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Loss curve${props.log ? ', log scale' : ''}`} preserveAspectRatio="none">
        <Show when={curve()}>{(c) => <polyline class="train-curve-line" points={c().points} />}</Show>
      </svg>
      <figcaption class="train-note">
        <Show when={curve()} fallback="The loss curve is drawn as the steps run.">
          {(c) => (
            <>
              Loss from {fmt(c().low)} to {fmt(c().high)} over {props.losses().length} steps{props.log ? ' (log scale)' : ''}
            </>
          )}
        </Show>
      </figcaption>
    </figure>
  );
}
