// Owns importing by dropping a file anywhere on the page.

import { Show, createSignal, onCleanup, onMount } from 'solid-js';
import type { Session } from './session';

export function DropZone(props: { session: Session }) {
  const [over, setOver] = createSignal(false);
  const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
  const onOver = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    setOver(true);
  };
  const onLeave = (e: DragEvent) => {
    if (e.relatedTarget === null) setOver(false);
  };
  const dropped = async (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer?.files[0];
    if (file) await props.session.importFile(file);
  };
  // A DOM listener's return is ignored: the import reports its own outcome (a notice), so nothing awaits it.
  const onDrop = (e: DragEvent): void => void dropped(e);
  onMount(() => {
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
  });
  onCleanup(() => {
    window.removeEventListener('dragover', onOver);
    window.removeEventListener('dragleave', onLeave);
    window.removeEventListener('drop', onDrop);
  });
  return (
    <Show when={over()}>
      <div class="drop-zone" aria-hidden="true">
        Drop a .gradsheet.json file to open it as a new workbook
      </div>
    </Show>
  );
}
