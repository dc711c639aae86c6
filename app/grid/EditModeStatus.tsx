// Owns the mode shown in the status line, as Excel's: Ready, Enter (arrows commit), Edit (arrows move
// the caret) or Point (arrows move the reference being pointed at).

import type { EditSession } from './edit-session';
import './editing.css';

export function EditModeStatus(props: { edit: EditSession }) {
  return (
    <span class="edit-mode" role="status" title="Editing mode (F2 switches Enter and Edit)">
      {props.edit.modeName()}
    </span>
  );
}
