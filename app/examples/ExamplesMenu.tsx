import type { SheetStore } from '../state/createSheetStore';

export function ExamplesMenu(props: { store: SheetStore }) {
  void props;
  return <span />;
}
