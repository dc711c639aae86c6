// Owns signature help: while the cursor is inside a call's parentheses, a tooltip shows the function's
// signature (from the catalogue, in formula/signature.ts's words) with the argument being typed
// highlighted, its doc and its PyTorch name.

import { syntaxTree } from '@codemirror/language';
import { type EditorState, type Extension, StateEffect, StateField } from '@codemirror/state';
import { EditorView, type Tooltip, showTooltip } from '@codemirror/view';
import type { CatalogueEntry, ParamSpec } from '../../formula/catalogue';
import { type SignaturePart, signatureParts } from '../../formula/signature';
import { activeParam, callAt, isFormula } from './call-context';

/** `PyTorch: torch.sum`; the few forms without a torch function name their Python construct as is. */
export function equivalent(def: CatalogueEntry): string {
  return def.torch.startsWith('torch') ? `PyTorch: ${def.torch}` : def.torch;
}

/** What the signature tooltip shows for the cursor's call. */
export interface SignatureHelp {
  def: CatalogueEntry;
  /** Where the call's name starts: the tooltip's anchor. */
  from: number;
  parts: SignaturePart[];
  /** The parameter the cursor's argument fills, if any. */
  active: ParamSpec | undefined;
}

/** Signature help for the call around `pos`, or null outside calls of known functions. */
export function signatureHelpAt(state: EditorState, pos: number): SignatureHelp | null {
  if (!isFormula(state)) return null;
  const site = callAt(state, pos);
  if (!site?.def) return null;
  return { def: site.def, from: site.nameFrom, parts: signatureParts(site.def), active: activeParam(site.def, site.index, site.keyword) };
}

function el(tag: string, cls: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  e.className = cls;
  // Only ever textContent: docs are ours, but the habit keeps untrusted text out of innerHTML.
  if (text !== undefined) e.textContent = text;
  return e;
}

function renderSignature(help: SignatureHelp): HTMLElement {
  const dom = el('div', 'formula-sig');
  const line = el('div', 'formula-sig-line');
  line.append(el('span', 'formula-sig-name', help.def.name), '(');
  help.parts.forEach((part, i) => {
    if (i > 0) line.append(', ');
    const active = part.param !== null && part.param === help.active;
    line.append(el('span', active ? 'formula-sig-param formula-sig-active' : 'formula-sig-param', part.text));
  });
  line.append(')');
  dom.append(line);
  if (help.active?.doc) dom.append(el('div', 'formula-sig-param-doc', `${help.active.name}: ${help.active.doc}`));
  dom.append(el('div', 'formula-sig-doc', help.def.doc));
  dom.append(el('div', 'formula-sig-torch', equivalent(help.def)));
  return dom;
}

/** Tells the field the editor gained or lost focus (tests dispatch it by hand). */
export const signatureFocus = StateEffect.define<boolean>();

interface SignatureState {
  focused: boolean;
  help: SignatureHelp | null;
  tooltip: Tooltip | null;
}

// The same call and argument keep the same Tooltip object, so the DOM is not rebuilt on every keystroke.
function sameHelp(a: SignatureHelp | null, b: SignatureHelp | null): boolean {
  return a === b || (!!a && !!b && a.def === b.def && a.from === b.from && a.active === b.active);
}

function next(prev: SignatureState, state: EditorState, focused: boolean): SignatureState {
  const help = focused ? signatureHelpAt(state, state.selection.main.head) : null;
  if (focused === prev.focused && sameHelp(help, prev.help)) return prev;
  const tooltip: Tooltip | null = help ? { pos: help.from, above: true, create: () => ({ dom: renderSignature(help) }) } : null;
  return { focused, help, tooltip };
}

/** The field behind the tooltip; exported for tests, which read it without a view. */
export const signatureField = StateField.define<SignatureState>({
  create: () => ({ focused: false, help: null, tooltip: null }),
  update(value, tr) {
    let focused = value.focused;
    for (const e of tr.effects) if (e.is(signatureFocus)) focused = e.value;
    const moved = tr.docChanged || tr.selection || syntaxTree(tr.state) !== syntaxTree(tr.startState);
    if (focused === value.focused && !moved) return value;
    return next(value, tr.state, focused);
  },
  provide: (f) => showTooltip.from(f, (v) => v.tooltip),
});

/** Signature help, shown only while the editor has focus (an idle formula bar shows none). */
export function signatureHelp(): Extension {
  return [signatureField, EditorView.focusChangeEffect.of((_state, focusing) => signatureFocus.of(focusing))];
}
