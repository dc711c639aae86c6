// Owns the workbook list: every stored workbook, the most recently edited first, with a preview;
// new, open, rename, duplicate and delete (undone from the notice).

import { For, Show, createSignal, onMount } from 'solid-js';
import type { BookMeta } from '../../storage/library';
import { keepTabInside, makeFocusReturn } from '../layout/focus';
import { emptyWorkbook } from '../state/document';
import type { Session } from './session';

export interface WorkbooksDialogProps {
  books: BookMeta[];
  openId: string | null;
  session: Session;
  /** `opened`: a workbook was opened (or made), so the keyboard goes to its grid; otherwise back to the opener. */
  onClose(opened: boolean): void;
}

const when = (t: number): string => new Date(t).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

// size: a Solid component: its JSX and the signals it closes over read as one piece; its logic lives in the modules it imports.
export function WorkbooksDialog(props: WorkbooksDialogProps) {
  let dialog!: HTMLDivElement;
  const [renaming, setRenaming] = createSignal<string | null>(null);
  const giveBack = makeFocusReturn();
  // A rename gives the keyboard back to its Rename button when it ends.
  let renameDone = () => {};
  const startRename = (id: string) => {
    renameDone = makeFocusReturn();
    setRenaming(id);
  };
  const endRename = () => {
    setRenaming(null);
    renameDone();
  };
  onMount(() => dialog.querySelector<HTMLElement>('button')?.focus());

  // A click handler's return is ignored; the session reports a failure itself, so the dialog only closes after success.
  const act = (run: () => Promise<void>, close = false): void => {
    void run().then(() => close && props.onClose(true));
  };
  const dismiss = () => {
    props.onClose(false);
    giveBack();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !e.defaultPrevented) dismiss();
    keepTabInside(e, dialog);
  };

  return (
    <div class="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && dismiss()}>
      <div ref={dialog} class="dialog workbooks" role="dialog" aria-modal="true" aria-label="Workbooks" onKeyDown={onKeyDown}>
        <div class="dialog-head">
          <h2>Workbooks</h2>
          <button class="tool primary" onClick={() => act(async () => void (await props.session.newBook(emptyWorkbook())), true)}>
            New workbook
          </button>
          <button class="tool" aria-label="Close" onClick={dismiss}>
            ×
          </button>
        </div>
        <ul class="book-list">
          <For each={props.books} fallback={<li class="book-empty">No workbooks yet.</li>}>
            {(b) => (
              <li class="book" classList={{ current: b.id === props.openId }}>
                <div class="book-main">
                  <Show
                    when={renaming() === b.id}
                    fallback={
                      <div class="book-card">
                        {/* The button holds only the name, so its name "Open …" contains all its visible text; the details describe it. */}
                        <button
                          class="book-open"
                          onClick={() => act(() => props.session.openBook(b.id), true)}
                          aria-label={`Open ${b.name}`}
                          aria-describedby={`book-${b.id}-details`}
                        >
                          <span class="book-name">{b.name}</span>
                        </button>
                        <span class="book-details" id={`book-${b.id}-details`}>
                          <span class="book-when">
                            {when(b.updatedAt)} · {b.cellCount} cells{b.sheetCount > 1 ? ` · ${b.sheetCount} sheets` : ''}
                          </span>
                          <span class="book-preview">{b.preview.join('  ·  ')}</span>
                        </span>
                      </div>
                    }
                  >
                    <input
                      class="book-rename"
                      aria-label={`New name for ${b.name}`}
                      value={b.name}
                      ref={(el) => queueMicrotask(() => (el.focus(), el.select()))}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter') {
                          const name = e.currentTarget.value;
                          void act(async () => {
                            await props.session.rename(b.id, name);
                            endRename();
                          });
                        }
                        if (e.key === 'Escape') {
                          // Ends the rename only, not the dialog.
                          e.preventDefault();
                          endRename();
                        }
                      }}
                    />
                  </Show>
                </div>
                <div class="book-actions">
                  <button class="tool" onClick={() => startRename(b.id)} aria-label={`Rename ${b.name}`}>
                    Rename
                  </button>
                  <button class="tool" onClick={() => act(() => props.session.duplicate(b.id))} aria-label={`Duplicate ${b.name}`}>
                    Duplicate
                  </button>
                  <button class="tool danger" onClick={() => act(() => props.session.remove(b.id))} aria-label={`Delete ${b.name}`}>
                    Delete
                  </button>
                </div>
              </li>
            )}
          </For>
        </ul>
      </div>
    </div>
  );
}
