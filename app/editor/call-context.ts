// Owns reading the formula's syntax tree around the cursor: which call's parentheses it sits in,
// which argument it is on, and which names a lambda binds there. Completion, signature help and
// lint all ask these questions, so they are answered once here.

import { syntaxTree } from '@codemirror/language';
import type { EditorState } from '@codemirror/state';
import type { SyntaxNode } from '@lezer/common';
import { type CatalogueEntry, type ParamSpec, lookupEntry } from '../../formula/catalogue';
import { isModulePath } from '../../formula/torch-names';

/** A call whose argument list holds the cursor. */
export interface CallSite {
  /** The function's name as typed (`sum`, or `mean` in `x.mean(`). */
  name: string;
  /** Where that name starts: signature help anchors there. */
  nameFrom: number;
  /** The built-in it names; undefined for an unknown name or a callee that is not a plain name. */
  def: CatalogueEntry | undefined;
  /** `x.f(...)`: the object fills f's first parameter. */
  method: boolean;
  /** The ArgList node, from its `(`. */
  argList: SyntaxNode;
  /** The positional index of the argument under the cursor, counting a method's object as 0. */
  index: number;
  /** The keyword argument under the cursor (`dim` in `dim=1`), as typed. */
  keyword: string | null;
  /** The argument node (direct child of the ArgList) under the cursor, if any. */
  arg: SyntaxNode | null;
  /** Keywords already given elsewhere in this call, lower-cased. */
  usedKeywords: string[];
}

/** The text of a formula: only text starting with `=` is one (SPEC §2). */
export function isFormula(state: EditorState): boolean {
  return state.sliceDoc(0, 1) === '=';
}

/** The innermost call whose parentheses hold `pos`, or null outside every call. */
export function callAt(state: EditorState, pos: number): CallSite | null {
  const tree = syntaxTree(state);
  for (let n: SyntaxNode | null = tree.resolveInner(pos, -1); n; n = n.parent) {
    if (n.name === 'ArgList' && holds(n, pos)) return describeCall(state, n, pos);
  }
  return null;
}

// Strictly after `(`, and not after a closing `)`; an unclosed list runs to the end of the text.
function holds(argList: SyntaxNode, pos: number): boolean {
  if (pos <= argList.from) return false;
  const last = argList.lastChild;
  return !(last && last.name === ')' && pos > last.from);
}

function describeCall(state: EditorState, argList: SyntaxNode, pos: number): CallSite | null {
  const call = argList.parent;
  const callee = call?.name === 'CallExpression' ? call.firstChild : null;
  if (!callee) return null;
  let nameNode: SyntaxNode | null = null;
  let method = false;
  if (callee.name === 'Name') nameNode = callee;
  else if (callee.name === 'MemberExpression' && callee.lastChild?.name === 'PropertyName') {
    nameNode = callee.lastChild;
    // `torch.sum(x, …)` is the function, its first argument x; `x.sum(…)` is the method, x counted first.
    method = !isModulePath(state.sliceDoc(callee.from, callee.lastChild.from).replace(/\s*\.\s*$/, ''));
  }
  const name = nameNode ? state.sliceDoc(nameNode.from, nameNode.to) : '';
  let index = method ? 1 : 0;
  let arg: SyntaxNode | null = null;
  const usedKeywords: string[] = [];
  for (let c = argList.firstChild; c; c = c.nextSibling) {
    if (c.name === ',' && c.from < pos) index++;
    const under = c.from < pos && pos <= c.to && c.name !== ',' && c.name !== '(' && c.name !== ')';
    if (under) arg = c;
    if (c.name === 'KeywordArg' && !under) {
      const argName = c.getChild('ArgName');
      if (argName) usedKeywords.push(state.sliceDoc(argName.from, argName.to).toLowerCase());
    }
  }
  // A zero-width error node or a blank sits at the cursor right after `(` or `,`: no argument yet.
  if (arg && arg.from === arg.to) arg = null;
  const argName = arg?.name === 'KeywordArg' ? arg.getChild('ArgName') : null;
  return {
    name,
    nameFrom: nameNode?.from ?? callee.from,
    def: name ? lookupEntry(name) : undefined,
    method,
    argList,
    index,
    keyword: argName ? state.sliceDoc(argName.from, argName.to) : null,
    arg,
    usedKeywords,
  };
}

/** The parameter a keyword names (case-insensitively), positional or keyword-only. */
export function paramByName(def: CatalogueEntry, name: string): ParamSpec | undefined {
  const key = name.toLowerCase();
  return def.params.find((p) => p.name.toLowerCase() === key) ?? def.kwargs?.find((p) => p.name.toLowerCase() === key);
}

/** The parameter the argument at `index` (or named `keyword`) fills; the variadic last one takes the rest. */
export function activeParam(def: CatalogueEntry, index: number, keyword: string | null): ParamSpec | undefined {
  if (keyword !== null) return paramByName(def, keyword);
  const p = def.params[index];
  if (p) return p;
  const last = def.params.at(-1);
  return last?.variadic ? last : undefined;
}

/** Names bound around `pos` by enclosing lambdas (`y` in `y => y * 2`) and `let`s, nearest first. */
export function localNamesAt(state: EditorState, pos: number): string[] {
  const out: string[] = [];
  for (let n: SyntaxNode | null = syntaxTree(state).resolveInner(pos, -1); n; n = n.parent) {
    if (n.name === 'Lambda') out.push(...lambdaParams(state, n, pos));
    else if (n.name === 'ArgList' && holds(n, pos)) out.push(...letNames(state, n, pos));
  }
  return out;
}

function lambdaParams(state: EditorState, lambda: SyntaxNode, pos: number): string[] {
  const arrow = lambda.getChild('=>');
  // Only after `=>`: while the parameter list is being written, its names are not bound yet.
  if (!arrow || pos < arrow.to) return [];
  const holder = lambda.getChild('ParamList') ?? lambda;
  return holder.getChildren('Param').map((p) => state.sliceDoc(p.from, p.to));
}

// `let(a, 1, b, a + 1, a * b)`: a name at an even position binds from the argument after its value on.
function letNames(state: EditorState, argList: SyntaxNode, pos: number): string[] {
  const callee = argList.parent?.firstChild;
  if (!callee || callee.name !== 'Name' || state.sliceDoc(callee.from, callee.to).toLowerCase() !== 'let') return [];
  const names: { name: string; index: number }[] = [];
  let index = 0;
  for (let c = argList.firstChild; c && c.from < pos; c = c.nextSibling) {
    if (c.name === ',') index++;
    else if (c.name === 'Name' && index % 2 === 0 && c.to < pos) names.push({ name: state.sliceDoc(c.from, c.to), index });
  }
  return names
    .filter((n) => index >= n.index + 2)
    .map((n) => n.name)
    .reverse();
}
