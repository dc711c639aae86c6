import type { SheetStore } from '../state/createSheetStore';
import type { WorkerClient } from '../worker/client';

export function Inspector(props: { store: SheetStore; client: () => WorkerClient }) {
  void props;
  return <section class="inspector" role="region" aria-label="Inspector" />;
}
