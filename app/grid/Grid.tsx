// Owns the sheet grid: a virtualized WAI-ARIA grid (only the visible cells exist in the DOM), its
// keyboard conventions, selection, in-cell editing and clipboard.

import { For, Show, createEffect, createMemo, createSignal, on, onMount } from 'solid-js';
import { cellName, columnName } from '../../formula/address';
import type { SheetStore } from '../state/createSheetStore';
import { type Address, labelOf } from '../state/document';
import { FormulaEditor } from '../editor/FormulaEditor';
import { CellContent } from './CellContent';
import type { EditSession } from './edit-session';
import { RefOutlines } from './RefOutlines';
import { FillHandle } from './FillHandle';
import { fillSelection } from './fill';
import { createGridClipboard } from './grid-clipboard';
import { CopyOutline } from './CopyOutline';
import { COLS, COL_WIDTH, HEADER_HEIGHT, ROWS, ROW_HEADER_WIDTH, ROW_HEIGHT, clampAddress, range, rect, visibleSpan } from './geometry';
import { gridKey } from './keys';

export interface GridProps {
  store: SheetStore;
  /** The edit in progress, shared with the formula bar. */
  edit: EditSession;
  /** Set by the grid so others (the Name Box, the formula bar) can return focus to it. */
  focusRef?(focus: () => void): void;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function Grid(props: GridProps) {
  const store = props.store;
  const edit = props.edit;
  let scroller!: HTMLDivElement;
  const [scroll, setScroll] = createSignal({ top: 0, left: 0, width: 1200, height: 800 });

  const rows = createMemo(() => range(visibleSpan(scroll().top, scroll().height - HEADER_HEIGHT, ROW_HEIGHT, ROWS)));
  const cols = createMemo(() => range(visibleSpan(scroll().left, scroll().width - ROW_HEADER_WIDTH, COL_WIDTH, COLS)));
  const selected = createMemo(() => rect(store.selection().anchor, store.selection().focus));
  const focus = () => scroller.focus({ preventScroll: true });

  const measure = () => setScroll({ top: scroller.scrollTop, left: scroller.scrollLeft, width: scroller.clientWidth, height: scroller.clientHeight });
  onMount(() => {
    measure();
    new ResizeObserver(measure).observe(scroller);
    props.focusRef?.(focus);
  });
  // Each sheet keeps its scroll position: the store says where to scroll when the sheet or workbook changes.
  createEffect(on(store.scrollTarget, (t) => {
    scroller.scrollTop = t.top;
    scroller.scrollLeft = t.left;
    measure();
  }));
  const onScroll = () => {
    measure();
    store.actions.scrolled(scroller.scrollTop, scroller.scrollLeft);
  };

  /** Scrolls just enough to show a cell. */
  const reveal = (a: Address) => {
    const top = a.row * ROW_HEIGHT;
    const left = a.col * COL_WIDTH;
    const viewH = scroller.clientHeight - HEADER_HEIGHT;
    const viewW = scroller.clientWidth - ROW_HEADER_WIDTH;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (top + ROW_HEIGHT > scroller.scrollTop + viewH) scroller.scrollTop = top + ROW_HEIGHT - viewH;
    if (left < scroller.scrollLeft) scroller.scrollLeft = left;
    else if (left + COL_WIDTH > scroller.scrollLeft + viewW) scroller.scrollLeft = left + COL_WIDTH - viewW;
  };

  // Every change of selection (keys, mouse, Name Box, find, the inspector, a sheet switch) shows the cell,
  // as does the reference being pointed at while a formula is typed.
  createEffect(() => {
    store.activeSheet();
    reveal(edit.pointed()?.focus ?? store.selection().focus);
  });

  const select = (anchor: Address, focusAt: Address = anchor) => {
    store.actions.select({ anchor: clampAddress(anchor), focus: clampAddress(focusAt) });
  };

  const labelAt = (a: Address) => labelOf(store.activeSheet(), a);

  /** How many empty cells follow (col, row) on its right, up to a few (how far text may run on). */
  const emptyToTheRight = (col: number, row: number): number => {
    let n = 0;
    while (n < 4 && col + n + 1 < COLS && store.inputOf(labelAt({ col: col + n + 1, row })) === '') n++;
    return n;
  };

  // Typing starts Enter mode (arrows commit); F2 and a double-click start Edit mode (arrows move the caret).
  const startEdit = (initial: string | null) => edit.begin(initial, initial === null ? 'edit' : 'enter', 'cell');

  const clearSelection = () => {
    const r = selected();
    const edits: [string, string][] = [];
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) {
      const label = labelAt({ col, row });
      if (store.inputOf(label) !== '') edits.push([label, '']);
    }
    if (edits.length) store.actions.setInputs(edits);
  };

  const onKeyDown = (ev: KeyboardEvent) => {
    // Keys typed in the cell editor bubble up here; the editor has handled them (and may be gone).
    if (ev.defaultPrevented || (ev.target as HTMLElement).closest('.grid-editor')) return;
    // Mid-edit with the keyboard on the grid (after a sheet tab, say): the key goes on to the editor.
    if (edit.editing()) return edit.focusEditor();
    const cmd = gridKey({ key: ev.key, shift: ev.shiftKey, mod: isMac ? ev.metaKey : ev.ctrlKey, alt: ev.altKey }, store.selection());
    switch (cmd.kind) {
      case 'none':
      case 'copy':
      case 'cut':
        return; // copy and cut reach us as clipboard events
      case 'select':
        select(cmd.selection.anchor, cmd.selection.focus);
        break;
      case 'edit':
        startEdit(cmd.initial);
        break;
      case 'clear':
        clearSelection();
        break;
      case 'undo':
        store.actions.undo();
        break;
      case 'redo':
        store.actions.redo();
        break;
      case 'fill': {
        const plan = fillSelection(selected(), cmd.direction, (col, row) => store.inputOf(labelAt({ col, row })), { cols: COLS, rows: ROWS });
        if (plan) store.actions.paste(store.activeSheet(), plan);
        break;
      }
      case 'paste-values':
        // The browser's paste event follows this key; it is the one that can read the clipboard.
        pasteValues = true;
        return;
    }
    ev.preventDefault();
  };

  const clipboard = createGridClipboard(store, selected);
  let pasteValues = false;

  const onCopy = (ev: ClipboardEvent, cut = false) => {
    if (edit.editing()) return;
    if (ev.clipboardData) clipboard.copy(ev.clipboardData, cut);
    ev.preventDefault();
  };

  const onPaste = (ev: ClipboardEvent) => {
    const values = pasteValues;
    pasteValues = false;
    if (edit.editing()) return;
    ev.preventDefault();
    clipboard.paste(ev.clipboardData?.getData('text/plain') ?? '', values);
  };

  // Mouse: press selects, drag extends, double-click edits; while a formula is typed, press and drag point.
  let dragging = false;
  let pointing = false;
  const addressFromEvent = (ev: MouseEvent): Address | null => {
    const el = (ev.target as HTMLElement).closest<HTMLElement>('[data-col]');
    return el ? { col: Number(el.dataset.col), row: Number(el.dataset.row) } : null;
  };

  const activeId = () => `cell-${cellName(store.selection().focus.col, store.selection().focus.row)}`;

  return (
    <div
      ref={scroller}
      class="grid"
      role="grid"
      aria-label={`Sheet ${store.activeSheet()}`}
      aria-rowcount={ROWS + 1}
      aria-colcount={COLS + 1}
      aria-multiselectable="true"
      aria-activedescendant={activeId()}
      tabindex="0"
      onScroll={onScroll}
      onKeyDown={onKeyDown}
      onCopy={(e) => onCopy(e)}
      onCut={(e) => onCopy(e, true)}
      onPaste={onPaste}
      onMouseDown={(ev) => {
        const a = addressFromEvent(ev);
        if (!a) return;
        const during = edit.editing() ? edit.pressCell(a) : 'commit';
        pointing = during === 'point';
        if (during !== 'commit') return ev.preventDefault();
        ev.preventDefault();
        focus();
        if (ev.shiftKey) select(store.selection().anchor, a);
        else select(a);
        dragging = true;
      }}
      onMouseMove={(ev) => {
        if (!(dragging || pointing) || !(ev.buttons & 1)) return;
        const a = addressFromEvent(ev);
        if (a && pointing) edit.dragTo(a);
        else if (a) store.actions.select({ anchor: store.selection().anchor, focus: a });
      }}
      onMouseUp={() => (dragging = pointing = false)}
      onDblClick={(ev) => {
        if (addressFromEvent(ev) && !edit.editing()) startEdit(null);
      }}
    >
      <div class="grid-content" style={{ width: `${ROW_HEADER_WIDTH + COLS * COL_WIDTH}px`, height: `${HEADER_HEIGHT + ROWS * ROW_HEIGHT}px` }}>
        <div class="grid-colheads" role="row" aria-rowindex="1">
          <div class="grid-corner" role="columnheader" aria-colindex="1"><span class="visually-hidden">Row</span></div>
          <For each={cols()}>
            {(c) => (
              <div
                class="grid-colhead"
                classList={{ 'in-selection': c >= selected().left && c <= selected().right }}
                role="columnheader"
                aria-colindex={c + 2}
                style={{ left: `${ROW_HEADER_WIDTH + c * COL_WIDTH}px` }}
              >
                {columnName(c)}
              </div>
            )}
          </For>
        </div>
        <RefOutlines edit={edit} sheet={store.activeSheet()} />
        <For each={rows()}>
          {(r) => (
            <div class="grid-row" role="row" aria-rowindex={r + 2} style={{ top: `${HEADER_HEIGHT + r * ROW_HEIGHT}px` }}>
              <div class="grid-rowhead" classList={{ 'in-selection': r >= selected().top && r <= selected().bottom }} role="rowheader" aria-colindex="1">
                {r + 1}
              </div>
              <For each={cols()}>
                {(c) => {
                  const label = () => labelOf(store.activeSheet(), { col: c, row: r });
                  const isActive = () => store.selection().focus.col === c && store.selection().focus.row === r;
                  const inSel = () => r >= selected().top && r <= selected().bottom && c >= selected().left && c <= selected().right;
                  // Text runs on into empty cells to its right, as in spreadsheets.
                  const spill = () => (store.values[label()]?.kind === 'text' ? emptyToTheRight(c, r) : 0);
                  return (
                    <div
                      id={`cell-${cellName(c, r)}`}
                      class="grid-cell"
                      classList={{ active: isActive(), 'in-selection': inSel(), spills: spill() > 0 }}
                      role="gridcell"
                      aria-colindex={c + 2}
                      aria-selected={inSel()}
                      data-ref={cellName(c, r)}
                      data-col={c}
                      data-row={r}
                      style={{ left: `${ROW_HEADER_WIDTH + c * COL_WIDTH}px`, '--spill-width': `${(spill() + 1) * COL_WIDTH - 12}px` }}
                    >
                      <CellContent view={store.values[label()]} input={store.inputOf(label())} label={label()} store={store} />
                    </div>
                  );
                }}
              </For>
            </div>
          )}
        </For>
        <CopyOutline outline={clipboard.outline()} sheet={store.activeSheet()} />
        <FillHandle store={store} selected={selected()} hidden={edit.editing() !== null} />
        <Show when={edit.editing()?.sheet === store.activeSheet() && edit.editing()}>
          {(e) => (
            <div
              class="grid-editor"
              data-ref={cellName(e().address.col, e().address.row)}
              style={{
                top: `${HEADER_HEIGHT + e().address.row * ROW_HEIGHT}px`,
                left: `${ROW_HEADER_WIDTH + e().address.col * COL_WIDTH}px`,
                'min-width': `${COL_WIDTH * 2}px`,
              }}
            >
              <FormulaEditor
                value={edit.text()}
                label={`Edit ${cellName(e().address.col, e().address.row)}`}
                names={() => Object.keys(store.doc().names)}
                cells={store.cellHints}
                autofocus={edit.surface() === 'cell'}
                extensions={edit.extension('cell')}
                onCommit={(_text, key) => edit.commit(key)}
                onCancel={() => edit.cancel()}
              />
            </div>
          )}
        </Show>
      </div>
    </div>
  );
}
