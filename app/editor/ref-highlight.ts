// Owns colouring a formula's references in the editor (`ref-c0`, `ref-c1`, ...), the same colours the
// grid outlines them in while the formula is edited (app/grid/RefOutlines.tsx).

import { RangeSetBuilder } from '@codemirror/state';
import { Decoration, type DecorationSet, type EditorView, ViewPlugin, type ViewUpdate } from '@codemirror/view';
import { REF_COLORS, referenceTokens } from '../grid/point-mode';

const marks = Array.from({ length: REF_COLORS }, (_, i) => Decoration.mark({ class: `ref-c${i}` }));

function decorate(view: EditorView): DecorationSet {
  const b = new RangeSetBuilder<Decoration>();
  for (const t of referenceTokens(view.state.doc.toString())) b.add(t.from, t.to, marks[t.color]);
  return b.finish();
}

export const refHighlight = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = decorate(view);
    }
    update(u: ViewUpdate) {
      if (u.docChanged) this.decorations = decorate(u.view);
    }
  },
  { decorations: (p) => p.decorations },
);
