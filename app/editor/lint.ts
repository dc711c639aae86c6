// Owns formula diagnostics: the parser's error at its position, and calls of functions that exist
// neither in the catalogue nor among the workbook's and the formula's own names.

import { syntaxTree } from '@codemirror/language';
import { type Diagnostic, linter } from '@codemirror/lint';
import type { EditorState, Extension } from '@codemirror/state';
import type { SyntaxNode } from '@lezer/common';
import { lookupEntry } from '../../formula/catalogue';
import { parseFormula } from '../../formula/to-ast';
import { isFormula } from './call-context';

export interface FormulaLintOptions {
  /** The workbook's names: a name holding a lambda is callable (`f(x)`), so it is no unknown function. */
  names?: () => readonly string[];
}

// The token a parse error points at, so the underline covers it (operators first, then words, then one character).
const TOKEN = /^(?:\*\*|==|!=|<>|<=|>=|=>|[A-Za-z_$][\w$]*|[0-9.]+(?:[eE][+-]?[0-9]+)?|[^\s])/;

/** Every diagnostic of the editor's text; plain text (no leading `=`) has none. */
export function formulaDiagnostics(state: EditorState, options: FormulaLintOptions = {}): Diagnostic[] {
  if (!isFormula(state)) return [];
  const text = state.sliceDoc(1);
  const out: Diagnostic[] = [];
  const parsed = parseFormula(text);
  if (parsed.type === 'parse-error') {
    const from = Math.min(parsed.at, text.length) + 1;
    const token = TOKEN.exec(text.slice(from - 1))?.[0] ?? '';
    out.push({ from, to: from + token.length, severity: 'error', source: '#PARSE!', message: parsed.message });
  }
  out.push(...unknownCalls(state, options));
  return out;
}

function unknownCalls(state: EditorState, options: FormulaLintOptions): Diagnostic[] {
  const known = new Set([...(options.names?.() ?? []), ...boundNames(state)].map((n) => n.toLowerCase()));
  const out: Diagnostic[] = [];
  syntaxTree(state).iterate({
    enter(node) {
      if (node.name !== 'CallExpression') return;
      const name = calleeName(node.node);
      if (!name) return;
      const text = state.sliceDoc(name.from, name.to);
      if (lookupEntry(text) || known.has(text.toLowerCase())) return;
      out.push({ from: name.from, to: name.to, severity: 'warning', source: '#NAME?', message: `unknown function "${text}"` });
    },
  });
  return out;
}

// `f` in `f(x)` and in `x.f()`; null for a callee that is an expression or a reference (`A6(1)`).
function calleeName(call: SyntaxNode): SyntaxNode | null {
  const callee = call.firstChild;
  if (callee?.name === 'Name') return callee;
  if (callee?.name === 'MemberExpression' && callee.lastChild?.name === 'PropertyName') return callee.lastChild;
  return null;
}

// Lambda parameters and `let` names anywhere in the formula. Scoping is ignored on purpose: a
// warning is only a hint, and a missed one still shows as #NAME? in the cell.
function boundNames(state: EditorState): string[] {
  const out: string[] = [];
  syntaxTree(state).iterate({
    enter(node) {
      if (node.name === 'Param') out.push(state.sliceDoc(node.from, node.to));
      if (node.name !== 'CallExpression') return;
      const callee = node.node.firstChild;
      if (callee?.name !== 'Name' || state.sliceDoc(callee.from, callee.to).toLowerCase() !== 'let') return;
      let index = 0;
      for (let c = callee.nextSibling?.firstChild; c; c = c.nextSibling) {
        if (c.name === ',') index++;
        else if (c.name === 'Name' && index % 2 === 0) out.push(state.sliceDoc(c.from, c.to));
      }
    },
  });
  return out;
}

/** The linter of a formula editor: errors soon after typing stops, without a gutter or a panel. */
export function formulaLinter(options: FormulaLintOptions = {}): Extension {
  return linter((view) => formulaDiagnostics(view.state, options), { delay: 300 });
}
