// Owns a clickable cell label: clicking it selects the cell (on its sheet).

import type { SheetStore } from '../state/createSheetStore';
import { selectLabel, shortLabel } from './inspector-model';

export function CellLink(props: { store: SheetStore; label: string; title?: string }) {
  return (
    <button
      type="button"
      class="insp-cell"
      title={props.title ?? `Select ${props.label}`}
      onClick={() => selectLabel(props.store, props.label)}
    >
      {shortLabel(props.label, props.store.activeSheet())}
    </button>
  );
}
