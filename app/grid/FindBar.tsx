// Owns the find bar (Ctrl+F) and its replace row (Ctrl+H): searching inputs and shown values across
// sheets, going to a match (switching sheet; the grid scrolls to the selection), and replacing in inputs.

import { Show, createMemo, createSignal, onCleanup, onMount } from 'solid-js';
import type { SheetStore } from '../state/createSheetStore';
import './find-bar.css';
import { type Place, findMatches, nextMatch, replaceAllEdits, replaceInInput } from './find';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

// size: a Solid component: its JSX and the signals it closes over read as one piece; its logic lives in the modules it imports.
export function FindBar(props: { store: SheetStore; onClose(): void }) {
  const store = props.store;
  const [open, setOpen] = createSignal(false);
  const [replacing, setReplacing] = createSignal(false);
  const [query, setQuery] = createSignal('');
  const [replacement, setReplacement] = createSignal('');
  const [current, setCurrent] = createSignal<string | null>(null);
  const [note, setNote] = createSignal<string | null>(null);
  let findInput: HTMLInputElement | undefined;

  const matches = createMemo(() => findMatches(store.doc(), (label) => store.values[label]?.text, query()));
  const index = () => matches().findIndex((m) => m.label === current());
  const status = () => {
    const n = matches().length;
    if (note()) return note();
    if (query() === '') return '';
    if (n === 0) return 'No matches';
    return index() >= 0 ? `${index() + 1} of ${n}` : `${n} ${n === 1 ? 'match' : 'matches'}`;
  };

  const sheetIndex = (name: string) => store.doc().sheets.findIndex((s) => s.name === name);
  const here = (): Place => ({ sheet: sheetIndex(store.activeSheet()), address: store.selection().focus });
  const go = (i: number) => {
    const m = matches()[i];
    setCurrent(m?.label ?? null);
    if (!m) return;
    if (m.sheet !== store.activeSheet()) store.actions.showSheet(m.sheet);
    store.actions.select({ anchor: m.address, focus: m.address });
  };
  const step = (dir: 1 | -1, inclusive = false) => {
    setNote(null);
    go(nextMatch(matches(), sheetIndex, here(), dir, inclusive));
  };

  const replaceOne = () => {
    const m = matches()[index()];
    if (m?.inInput) store.actions.setInputs([[m.label, replaceInInput(store.inputOf(m.label), query(), replacement())]]);
    step(1);
  };
  const replaceAll = () => {
    const edits = replaceAllEdits(store.doc(), query(), replacement());
    // One setInputs is one undo step, however many sheets the edits touch.
    if (edits.length) store.actions.setInputs(edits);
    setCurrent(null);
    setNote(`Replaced in ${edits.length} ${edits.length === 1 ? 'cell' : 'cells'}`);
  };

  const show = (withReplace: boolean) => {
    setReplacing(withReplace);
    setOpen(true);
    findInput?.focus();
    findInput?.select();
  };
  const close = () => {
    setOpen(false);
    setCurrent(null);
    setNote(null);
    props.onClose();
  };

  const onShortcut = (e: KeyboardEvent) => {
    if (!(isMac ? e.metaKey : e.ctrlKey) || e.altKey || e.shiftKey) return;
    const k = e.key.toLowerCase();
    if (k !== 'f' && k !== 'h') return;
    e.preventDefault();
    show(k === 'h');
  };
  onMount(() => window.addEventListener('keydown', onShortcut, true));
  onCleanup(() => window.removeEventListener('keydown', onShortcut, true));

  return (
    <Show when={open()}>
      <div
        class="find-bar"
        role="search"
        aria-label="Find and replace"
        onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), close())}
      >
        <div class="find-row">
          <label for="find-text">Find</label>
          <input
            id="find-text"
            ref={findInput}
            value={query()}
            spellcheck={false}
            aria-describedby="find-status"
            onInput={(e) => {
              setQuery(e.currentTarget.value);
              step(1, true);
            }}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              step(e.shiftKey ? -1 : 1);
            }}
          />
          <span id="find-status" class="find-status" role="status">
            {status()}
          </span>
          <button type="button" class="find-button" disabled={matches().length === 0} onClick={() => step(-1)}>
            Previous
          </button>
          <button type="button" class="find-button" disabled={matches().length === 0} onClick={() => step(1)}>
            Next
          </button>
          <button type="button" class="find-button find-close" aria-label="Close find" title="Close (Escape)" onClick={close}>
            ×
          </button>
        </div>
        <Show when={replacing()}>
          <div class="find-row">
            <label for="find-replacement">Replace with</label>
            <input
              id="find-replacement"
              value={replacement()}
              spellcheck={false}
              onInput={(e) => setReplacement(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key !== 'Enter') return;
                e.preventDefault();
                replaceOne();
              }}
            />
            <button type="button" class="find-button" disabled={matches().length === 0} onClick={replaceOne}>
              Replace
            </button>
            <button type="button" class="find-button" disabled={matches().length === 0} onClick={replaceAll}>
              Replace all
            </button>
          </div>
        </Show>
      </div>
    </Show>
  );
}
