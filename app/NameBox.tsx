// Owns the Name Box (as in Excel): shows the selected cell or range, jumps to a reference or name
// typed into it, and names the selection when given a new name.

import { createSignal, createEffect } from 'solid-js';
import { cellName, parseRef } from '../formula/address';
import type { SheetStore } from './state/createSheetStore';
import { quoteSheet } from '../formula/address';

export function NameBox(props: { store: SheetStore; onDone(): void }) {
  const store = props.store;
  const [text, setText] = createSignal('');
  const [message, setMessage] = createSignal<string | null>(null);

  const shown = () => {
    const { anchor, focus } = store.selection();
    const a = cellName(anchor.col, anchor.row);
    const f = cellName(focus.col, focus.row);
    return a === f
      ? a
      : `${cellName(Math.min(anchor.col, focus.col), Math.min(anchor.row, focus.row))}:${cellName(Math.max(anchor.col, focus.col), Math.max(anchor.row, focus.row))}`;
  };
  createEffect(() => setText(shown()));

  const go = (raw: string) => {
    const typed = raw.trim();
    setMessage(null);
    if (typed === '' || typed === shown()) return props.onDone();
    const names = store.doc().names;
    const named = Object.keys(names).find((n) => n.toLowerCase() === typed.toLowerCase());
    const target = parseRef(named ? names[named] : typed);
    // A name whose cells were deleted points at #REF! (app/state/structure.ts): it is not taken over silently.
    if (named && !target) {
      setMessage(`the name "${named}" points at ${names[named]}, not a cell or range`);
      return;
    }
    if (target) {
      const sheet = (target.kind === 'cell' ? target.at.sheet : target.start.sheet) ?? store.activeSheet();
      if (!store.doc().sheets.some((s) => s.name.toLowerCase() === sheet.toLowerCase())) {
        setMessage(`no sheet named "${sheet}"`);
        return;
      }
      const real = store.doc().sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase())!.name;
      if (real !== store.activeSheet()) store.actions.showSheet(real);
      if (target.kind === 'cell')
        store.actions.select({ anchor: { col: target.at.col, row: target.at.row }, focus: { col: target.at.col, row: target.at.row } });
      else
        store.actions.select({
          anchor: { col: target.start.col, row: target.start.row },
          focus: { col: target.end.col, row: target.end.row },
        });
      return props.onDone();
    }
    // A new name for the selection.
    const why = store.actions.setName(typed, `${quoteSheet(store.activeSheet())}!${shown()}`);
    if (why) setMessage(why);
    else props.onDone();
  };

  return (
    <div class="name-box">
      <input
        aria-label="Name Box"
        value={text()}
        spellcheck={false}
        onInput={(e) => setText(e.currentTarget.value)}
        onFocus={(e) => e.currentTarget.select()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            go(text());
          } else if (e.key === 'Escape') {
            setText(shown());
            setMessage(null);
            props.onDone();
          }
        }}
        aria-describedby="name-box-message"
      />
      <span id="name-box-message" class="name-box-message" role="status">
        {message() ?? ''}
      </span>
    </div>
  );
}
