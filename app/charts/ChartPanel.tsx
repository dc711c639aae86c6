import type { SheetStore } from '../state/createSheetStore';

export function ChartPanel(props: { store: SheetStore }) {
  void props;
  return <section class="charts" aria-label="Charts" />;
}
