// Owns the dashed outline around the cells last copied or cut, shown until the sheet changes otherwise,
// so a user sees what a paste will bring (a cut's cells stay where they are until then).

import { Show } from 'solid-js';
import type { Rect } from '../../formula/ref-shift';
import { blockBox } from './block-box';
import './grid-overlays.css';

export function CopyOutline(props: { outline: { sheet: string; rect: Rect } | null; sheet: string }) {
  const shown = () => (props.outline?.sheet === props.sheet ? props.outline : null);
  return <Show when={shown()}>{(o) => <div class="copy-outline" style={blockBox(o().rect)} />}</Show>;
}
