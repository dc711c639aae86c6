// Owns the pending mark of a formula cell the engine has not computed yet: a turning glyph drawn by
// CSS (so the cell's text stays its value), named "computing" for screen readers.

import './computing.css';

export function ComputingMark() {
  return <span class="mark-computing" role="img" aria-label="computing" title="computing…" data-mark="⟳" />;
}
