// Owns the formula language for CodeMirror: the same Lezer parser the compiler uses, its highlighting,
// and (in completion.ts, signature.ts, lint.ts) autocomplete, signature help and parse errors.
//
// The editor holds the cell's whole input, `=` included, and parses it from the grammar's `CellInput`
// top: the `=` token in front of the very tree the compiler parses (checked in language.test.ts).
// Lint parses the text after `=`, as the compiler does.

import { autocompletion } from '@codemirror/autocomplete';
import { HighlightStyle, LRLanguage, LanguageSupport, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { tags as t } from '@lezer/highlight';
import { parser } from '../../formula/grammar/parser.js';
import { enterCommitsExactMatch, formulaCompletionSource } from './completion';
import { formulaLinter } from './lint';
import { signatureHelp } from './signature';

export const formulaLanguage = LRLanguage.define({
  name: 'gradsheet-formula',
  parser: parser.configure({ top: 'CellInput' }),
  languageData: { closeBrackets: { brackets: ['(', '[', '"'] } },
});

const style = HighlightStyle.define([
  { tag: t.number, class: 'tok-number' },
  { tag: t.string, class: 'tok-string' },
  { tag: t.bool, class: 'tok-bool' },
  { tag: [t.function(t.variableName), t.function(t.propertyName)], class: 'tok-function' },
  { tag: t.variableName, class: 'tok-name' },
  { tag: t.propertyName, class: 'tok-property' },
  { tag: [t.special(t.variableName), t.labelName], class: 'tok-ref' },
  { tag: t.operator, class: 'tok-operator' },
  { tag: t.attributeName, class: 'tok-kwarg' },
  { tag: t.definition(t.variableName), class: 'tok-param' },
  { tag: t.invalid, class: 'tok-invalid' },
]);

export interface FormulaExtensionOptions {
  /** The workbook's names (Name Box), for completion and for telling a callable name from a typo. */
  names?: () => readonly string[];
  /** Cells that hold something on the sheet being edited, offered as references. */
  cells?: () => readonly { ref: string; detail: string }[];
}

/** Everything a formula editor needs: language, highlighting, autocomplete, signature help and lint. */
export function formulaExtensions(options: FormulaExtensionOptions = {}): Extension {
  return [
    new LanguageSupport(formulaLanguage, [formulaLanguage.data.of({ autocomplete: formulaCompletionSource(options) })]),
    syntaxHighlighting(style),
    enterCommitsExactMatch(),
    // Only options that start with the typed text: `=loss` must not offer `mse_loss` for Enter to pick.
    autocompletion({ icons: true, closeOnBlur: true, maxRenderedOptions: 60, filterStrict: true }),
    signatureHelp(),
    formulaLinter(options),
  ];
}
