// Owns the sheet grid: a virtualized WAI-ARIA grid (only the visible cells exist in the DOM), its scrolling
// and the cell editor's place; what keys (grid-keyboard.ts), the mouse (grid-pointer.ts) and the clipboard
// (grid-clipboard.ts) do on it lives beside it.
// size: the grid's layout and the cell editor's place; keys and mouse are in grid-keyboard.ts and grid-pointer.ts.

import { markedCell } from './cell-mark';
import type { WorkbookProfile } from '../../formula/profile';
import { HeatLayer } from '../profile/HeatLayer';
import { For, Show, createEffect, createMemo, createSignal, on, onMount } from 'solid-js';
import { cellName, columnName } from '../../formula/address';
import type { SheetStore } from '../state/createSheetStore';
import { type Address, labelOf } from '../state/document';
import { FormulaEditor } from '../editor/FormulaEditor';
import { CellContent } from './CellContent';
import { ColumnHeaders } from './ColumnHeaders';
import type { EditSession } from './edit-session';
import { RefOutlines } from './RefOutlines';
import { FillHandle } from './FillHandle';
import { makeGridKeyboard } from './grid-keyboard';
import { makeGridPointer } from './grid-pointer';
import { createGridClipboard } from './grid-clipboard';
import { CopyOutline } from './CopyOutline';
import {
  COLS,
  COL_WIDTH,
  HEADER_HEIGHT,
  ROWS,
  ROW_HEADER_WIDTH,
  ROW_HEIGHT,
  clampAddress,
  makeColumnLayout,
  range,
  rect,
  visibleSpan,
} from './geometry';
import { readClipboardText, writeClipboard } from './async-clipboard';
import { autofitWidth } from './column-width';
import { createGridMenu } from './createGridMenu';
import { formatTargets } from './format-targets';
import { NUMBER_FORMATS } from './number-format';
import { measureCell } from './measure-cell';
import { spansAllColumns, spansAllRows } from './whole';
import { clampWidth } from '../state/column-widths';
import { SpillLayer, SpilledValue } from './SpillLayer';

export interface GridProps {
  store: SheetStore;
  /** The edit in progress, shared with the formula bar. */
  edit: EditSession;
  /** Set by the grid so others (the Name Box, the formula bar) can return focus to it. */
  focusRef?(focus: () => void): void;
  /** The profile whose heat map is drawn over the cells (the Profile panel's), or none. */
  heat?: () => WorkbookProfile | null;
}

// size: a Solid component: its JSX and the signals it closes over read as one piece; its logic lives in the modules it imports (grid-keyboard.ts, grid-pointer.ts, geometry.ts).
export function Grid(props: GridProps) {
  const store = props.store;
  const edit = props.edit;
  let scroller!: HTMLDivElement;
  const [scroll, setScroll] = createSignal({ top: 0, left: 0, width: 1200, height: 800 });

  // A column being resized shows its new width live; the document gets it when the drag ends.
  const [resizing, setResizing] = createSignal<{ col: number; width: number } | null>(null);
  const sheetFile = () => store.doc().sheets.find((s) => s.name === store.activeSheet());
  const layout = createMemo(() => {
    const r = resizing();
    const widths = sheetFile()?.colWidths;
    return makeColumnLayout(r ? { ...widths, [columnName(r.col)]: r.width } : widths);
  });
  const rows = createMemo(() => range(visibleSpan(scroll().top, scroll().height - HEADER_HEIGHT, ROW_HEIGHT, ROWS)));
  const cols = createMemo(() => range(layout().span(scroll().left, scroll().width - ROW_HEADER_WIDTH)));
  const selected = createMemo(() => rect(store.selection().anchor, store.selection().focus));
  const wholeRows = createMemo(() => spansAllColumns(store.selection()));
  const wholeCols = createMemo(() => spansAllRows(store.selection()));
  const focus = () => scroller.focus({ preventScroll: true });

  const measure = () =>
    setScroll({ top: scroller.scrollTop, left: scroller.scrollLeft, width: scroller.clientWidth, height: scroller.clientHeight });
  onMount(() => {
    measure();
    new ResizeObserver(measure).observe(scroller);
    props.focusRef?.(focus);
  });
  // Each sheet keeps its scroll position: the store says where to scroll when the sheet or workbook changes.
  createEffect(
    on(store.scrollTarget, (t) => {
      scroller.scrollTop = t.top;
      scroller.scrollLeft = t.left;
      measure();
    }),
  );
  const onScroll = () => {
    measure();
    store.actions.scrolled(scroller.scrollTop, scroller.scrollLeft);
  };

  /** Scrolls just enough to show a cell; `across` / `down` false leave that direction alone. */
  const reveal = (a: Address, across = true, down = true) => {
    const top = a.row * ROW_HEIGHT;
    const left = layout().offset(a.col);
    const width = layout().width(a.col);
    const viewH = scroller.clientHeight - HEADER_HEIGHT;
    const viewW = scroller.clientWidth - ROW_HEADER_WIDTH;
    if (down && top < scroller.scrollTop) scroller.scrollTop = top;
    else if (down && top + ROW_HEIGHT > scroller.scrollTop + viewH) scroller.scrollTop = top + ROW_HEIGHT - viewH;
    if (across && left < scroller.scrollLeft) scroller.scrollLeft = left;
    else if (across && left + width > scroller.scrollLeft + viewW) scroller.scrollLeft = left + width - viewW;
  };

  // Every change of selection (keys, mouse, Name Box, find, the inspector, a sheet switch) shows the cell,
  // as does the reference being pointed at while a formula is typed. A selection of whole rows (columns)
  // does not scroll across (down) to its focus.
  createEffect(() => {
    store.activeSheet();
    const pointed = edit.pointed();
    const sel = store.selection();
    if (pointed) reveal(pointed.focus);
    else reveal(sel.focus, !spansAllColumns(sel), !spansAllRows(sel));
  });

  const select = (anchor: Address, focusAt: Address = anchor) => {
    store.actions.select({ anchor: clampAddress(anchor), focus: clampAddress(focusAt) });
  };

  const labelAt = (a: Address) => labelOf(store.activeSheet(), a);

  /** How many empty cells follow (col, row) on its right, up to a few (how far text may run on). */
  const emptyToTheRight = (col: number, row: number): number => {
    let n = 0;
    while (
      n < 4 &&
      col + n + 1 < COLS &&
      store.inputOf(labelAt({ col: col + n + 1, row })) === '' &&
      !store.spills.at({ col: col + n + 1, row })
    )
      n++;
    return n;
  };

  /** Double-clicking a column's header border: fits the column to what its cells show (or the default when none do). */
  const autofit = (col: number) => {
    const sheet = sheetFile();
    if (!sheet) return;
    const letter = columnName(col);
    const widths = Object.keys(sheet.cells)
      .filter((key) => key.replace(/[0-9]+$/, '') === letter)
      .map((key) => measureCell(store.values[`${sheet.name}!${key}`], store.inputOf(`${sheet.name}!${key}`)));
    const width = autofitWidth(widths);
    if (width !== layout().width(col) || sheet.colWidths?.[letter] !== undefined) store.actions.setColumnWidth(sheet.name, letter, width);
  };

  const resize = (col: number, width: number, done: boolean) => {
    setResizing(done ? null : { col, width: clampWidth(width) });
    const sheet = sheetFile();
    if (done && sheet && clampWidth(width) !== layout().width(col)) store.actions.setColumnWidth(sheet.name, columnName(col), width);
  };

  // Typing starts Enter mode (arrows commit); F2 and a double-click start Edit mode (arrows move the caret).
  const startEdit = (initial: string | null) => edit.begin(initial, initial === null ? 'edit' : 'enter', 'cell');

  const clipboard = createGridClipboard(store, selected);
  let pasteValues = false;
  const keyboard = makeGridKeyboard({
    store,
    edit,
    selected,
    select,
    startEdit,
    menu: () => menu,
    armPasteValues: () => (pasteValues = true),
  });

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

  // The menu's clipboard items cannot use clipboard events: they go through the async clipboard.
  const menu = createGridMenu({
    store,
    copy: () => void writeClipboard((data) => clipboard.copy(data, false)),
    cut: () => void writeClipboard((data) => clipboard.copy(data, true)),
    paste: () => void readClipboardText().then((text) => clipboard.paste(text, false)),
    pasteValues: () => void readClipboardText().then((text) => clipboard.paste(text, true)),
    clear: keyboard.clearSelection,
    // The same formats as the toolbar's Number format menu, on the same cells.
    numberFormats: () =>
      NUMBER_FORMATS.map((f) => ({
        label: f.label,
        run: () =>
          store.actions.setFormat(
            formatTargets(store.doc(), store.activeSheet(), store.selection()),
            f.format.number === 'general' ? null : f.format,
          ),
      })),
  });

  const pointer = makeGridPointer({ store, edit, select, startEdit, focus });

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
      onKeyDown={keyboard.onKeyDown}
      onCopy={(e) => onCopy(e)}
      onCut={(e) => onCopy(e, true)}
      onPaste={onPaste}
      onContextMenu={(ev) => {
        if (edit.editing()) return;
        // The menu gives focus back where it was when it opened: to the grid, as for a left click.
        focus();
        // The event the ContextMenu key sends lands on the grid itself; its keydown has opened our menu.
        if (menu.openAt(ev) || ev.target === scroller) ev.preventDefault();
      }}
      onMouseDown={pointer.down}
      onMouseMove={pointer.move}
      onMouseUp={pointer.up}
      onDblClick={pointer.doubleClick}
    >
      <div
        class="grid-content"
        style={{ width: `${ROW_HEADER_WIDTH + layout().total}px`, height: `${HEADER_HEIGHT + ROWS * ROW_HEIGHT}px` }}
      >
        <ColumnHeaders cols={cols()} layout={layout()} selected={selected()} whole={wholeCols()} resize={resize} autofit={autofit} />
        <RefOutlines edit={edit} sheet={store.activeSheet()} colOffset={layout().offset} />
        <For each={rows()}>
          {(r) => (
            <div class="grid-row" role="row" aria-rowindex={r + 2} style={{ top: `${HEADER_HEIGHT + r * ROW_HEIGHT}px` }}>
              <div
                class="grid-rowhead"
                classList={{
                  'in-selection': r >= selected().top && r <= selected().bottom,
                  selected: wholeRows() && r >= selected().top && r <= selected().bottom,
                }}
                role="rowheader"
                aria-colindex="1"
                aria-selected={wholeRows() && r >= selected().top && r <= selected().bottom}
                data-rowhead={r}
              >
                {r + 1}
              </div>
              <For each={cols()}>
                {(c) => {
                  const label = () => labelOf(store.activeSheet(), { col: c, row: r });
                  const isActive = () => store.selection().focus.col === c && store.selection().focus.row === r;
                  const inSel = () => r >= selected().top && r <= selected().bottom && c >= selected().left && c <= selected().right;
                  // Text runs on into empty cells to its right, as in spreadsheets.
                  const spill = () => (store.values[label()]?.kind === 'text' ? emptyToTheRight(c, r) : 0);
                  // Part of another cell's tensor spill (the anchor shows its own content).
                  const spilled = () => {
                    const s = store.spills.at({ col: c, row: r });
                    return s && (s.row > 0 || s.col > 0) ? s : null;
                  };
                  return (
                    <div
                      id={`cell-${cellName(c, r)}`}
                      class="grid-cell"
                      classList={{ active: isActive(), 'in-selection': inSel(), spills: spill() > 0 }}
                      role="gridcell"
                      aria-colindex={c + 2}
                      aria-selected={inSel()}
                      data-backward-step={markedCell() === label() ? '' : undefined}
                      aria-readonly={spilled() ? 'true' : undefined}
                      data-ref={cellName(c, r)}
                      data-col={c}
                      data-row={r}
                      style={{
                        left: `${ROW_HEADER_WIDTH + layout().offset(c)}px`,
                        width: `${layout().width(c)}px`,
                        '--spill-width': `${layout().offset(c + spill() + 1) - layout().offset(c) - 12}px`,
                      }}
                    >
                      <Show
                        when={spilled()}
                        fallback={<CellContent view={store.values[label()]} input={store.inputOf(label())} label={label()} store={store} />}
                      >
                        {(s) => <SpilledValue text={store.shown(label())} anchor={cellName(s().area.at.col, s().area.at.row)} />}
                      </Show>
                    </div>
                  );
                }}
              </For>
            </div>
          )}
        </For>
        <CopyOutline outline={clipboard.outline()} sheet={store.activeSheet()} colOffset={layout().offset} />
        <FillHandle store={store} selected={selected()} hidden={edit.editing() !== null} colOffset={layout().offset} />
        <SpillLayer store={store} x={(c) => ROW_HEADER_WIDTH + layout().offset(c)} />
        <HeatLayer profile={() => props.heat?.() ?? null} sheet={store.activeSheet()} x={(c) => ROW_HEADER_WIDTH + layout().offset(c)} />
        <Show when={edit.editing()?.sheet === store.activeSheet() && edit.editing()}>
          {(e) => (
            <div
              class="grid-editor"
              data-ref={cellName(e().address.col, e().address.row)}
              style={{
                top: `${HEADER_HEIGHT + e().address.row * ROW_HEIGHT}px`,
                left: `${ROW_HEADER_WIDTH + layout().offset(e().address.col)}px`,
                'min-width': `${Math.max(2 * COL_WIDTH, layout().width(e().address.col))}px`,
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
      {menu.view()}
    </div>
  );
}
