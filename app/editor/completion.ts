// Owns autocomplete for formulas: function names and signatures from CATALOGUE, workbook names,
// lambda and `let` names, keyword arguments of the call around the cursor (and the values a
// keyword allows), and attributes and methods after a dot.

import {
  type Completion,
  type CompletionContext,
  type CompletionResult,
  type CompletionSource,
  closeCompletion,
  completionStatus,
  selectedCompletion,
} from '@codemirror/autocomplete';
import { syntaxTree } from '@codemirror/language';
import { Prec, type Extension } from '@codemirror/state';
import { type EditorView, keymap } from '@codemirror/view';
import type { SyntaxNode } from '@lezer/common';
import { ATTRIBUTES } from '../../formula/attribute-names';
import { CATALOGUE, type CatalogueEntry, type ParamSpec } from '../../formula/catalogue';
import { isModulePath, moduleConstants } from '../../formula/torch-names';
import { type CallSite, callAt, isFormula, localNamesAt, paramByName } from './call-context';
import { formatDefault, formatSignature } from '../../formula/signature';
import { equivalent } from './signature';

export interface FormulaCompletionOptions {
  /** The workbook's names (set in the Name Box), read each time completion runs. */
  names?: () => readonly string[];
  /** Cells of the sheet being edited that hold something, with what they show (`A3`, `tensor 2×2`). */
  cells?: () => readonly { ref: string; detail: string }[];
}

// Once a result is out, CodeMirror filters it itself while the user keeps typing a word.
const WORD_SO_FAR = /^\w*$/;

/** What each attribute of SPEC §3 gives; shown beside it in the list. */
const ATTRIBUTE_DOCS: Record<string, string> = {
  T: 'transpose (2-D)',
  shape: 'sizes, a 1-D tensor',
  grad: 'sum of backward roots',
  requires_grad: 'records history?',
  grad_fn: 'backward node name',
  ndim: 'number of dims',
  is_leaf: 'leaf of the graph?',
  dtype: 'torch.float64 / bool',
};

function formatResult(result: unknown): string {
  return typeof result === 'string' ? result : JSON.stringify(result).replace(/,/g, ', ');
}

/** The completion info panel of a function: its doc, PyTorch name and first example, as text nodes only. */
function functionInfo(def: CatalogueEntry, method: boolean): () => Node {
  return () => {
    const dom = document.createElement('div');
    dom.className = 'formula-info';
    const line = (cls: string, text: string) => {
      const e = document.createElement('div');
      e.className = cls;
      e.textContent = text;
      dom.append(e);
    };
    line('formula-info-sig', `${method ? '.' : ''}${def.name}${formatSignature(def, method)}`);
    line('formula-info-doc', def.doc);
    line('formula-info-torch', equivalent(def));
    const example = def.examples[0];
    if (example) line('formula-info-example', `${example.formula}  →  ${formatResult(example.result)}`);
    return dom;
  };
}

// One list per kind of entry, built once: CATALOGUE never changes while the app runs.
let functionOptions: Completion[] | null = null;
let memberOptions: Completion[] | null = null;

function functions(): Completion[] {
  functionOptions ??= CATALOGUE.map((def) => ({
    label: def.name,
    type: 'function',
    detail: formatSignature(def),
    info: functionInfo(def, false),
  }));
  return functionOptions;
}

const isAttribute = (name: string): boolean => (ATTRIBUTES as readonly string[]).includes(name);

function members(): Completion[] {
  memberOptions ??= [
    ...ATTRIBUTES.map((name) => ({ label: name, type: 'property', detail: ATTRIBUTE_DOCS[name] ?? '', boost: 1 })),
    // `x.shape` is the attribute; a function of the same name would only shadow it in the list.
    ...CATALOGUE.filter((def) => !def.form && def.params.length > 0 && !def.params[0]?.variadic && !isAttribute(def.name)).map((def) => ({
      label: def.name,
      type: 'method',
      detail: formatSignature(def, true),
      info: functionInfo(def, true),
    })),
  ];
  return memberOptions;
}

function moduleOptions(path: string): Completion[] {
  const { constants, dtypes } = moduleConstants(path);
  return [
    ...functions(),
    ...constants.map((label) => ({ label, type: 'constant', detail: 'constant' })),
    ...dtypes.map((label) => ({ label, type: 'type', detail: 'dtype', boost: -1 })),
  ];
}

/** `dim=`, `keepdim=`, … of the call: those not yet given, and not already filled by position. */
function keywordOptions(site: CallSite, withEquals: boolean): Completion[] {
  const def = site.def;
  if (!def || def.form) return [];
  const used = new Set(site.usedKeywords);
  const candidates = [...def.params.slice(site.index), ...(def.kwargs ?? [])];
  return candidates
    .filter((p) => !p.variadic && !used.has(p.name.toLowerCase()))
    .map((p) => ({
      label: `${p.name}=`,
      apply: withEquals ? `${p.name}=` : p.name,
      type: 'keyword',
      // No info panel: signature help already shows this parameter's doc above the list.
      detail: p.default === undefined ? 'required' : `default ${formatDefault(p.default)}`,
      boost: 2,
    }));
}

// The keyword argument whose value the cursor is in (`reduction` in `reduction="me|`), and where the value starts.
function keywordValueAt(context: CompletionContext, site: CallSite | null): { param: ParamSpec; from: number } | null {
  if (!site?.def || site.arg?.name !== 'KeywordArg') return null;
  const eq = site.arg.getChild('=');
  const argName = site.arg.getChild('ArgName');
  if (!eq || !argName || context.pos < eq.to) return null;
  const param = paramByName(site.def, context.state.sliceDoc(argName.from, argName.to));
  return param ? { param, from: eq.to } : null;
}

/** `"mean"`, `"sum"`, `"none"` for a keyword with allowed values, right after its `=` or opening quote. */
function allowedValues(context: CompletionContext, param: ParamSpec, valueFrom: number): CompletionResult | null {
  if (!param.oneOf) return null;
  const m = /^(\s*)("\w*)?$/.exec(context.state.sliceDoc(valueFrom, context.pos));
  if (!m) return null;
  const from = valueFrom + (m[1]?.length ?? 0);
  // When the closing quote is already there (typed, or inserted with the opening one), replace it too.
  const closed = m[2] !== undefined && context.state.sliceDoc(context.pos, context.pos + 1) === '"';
  return {
    from,
    to: closed ? context.pos + 1 : context.pos,
    // In the declared order (the default first), not alphabetically.
    options: param.oneOf.map((v, i) => ({ label: JSON.stringify(v), type: 'constant', sortText: String(i).padStart(3, '0') })),
  };
}

// Whether `pos` is inside a string or a quoted sheet name (the tree of an unclosed one is only a guess).
function inQuotes(text: string): boolean {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === null) {
      if (c === '"' || c === "'") quote = c;
    } else if (c === '\\' && quote === '"') i++;
    else if (c === quote) quote = null;
  }
  return quote !== null;
}

const NOT_COMPLETED = new Set(['CellRef', 'RangeRef', 'Number', 'String', 'Param']);
const BOOLEANS: Completion[] = ['true', 'false'].map((label) => ({ label, type: 'constant' }));

function nameOptions(context: CompletionContext, site: CallSite | null, node: SyntaxNode, options: FormulaCompletionOptions): Completion[] {
  const out: Completion[] = [];
  const locals = new Set<string>();
  for (const name of localNamesAt(context.state, context.pos)) {
    if (locals.has(name.toLowerCase())) continue;
    locals.add(name.toLowerCase());
    out.push({ label: name, type: 'variable', detail: 'local', boost: 3 });
  }
  for (const name of options.names?.() ?? []) {
    if (!locals.has(name.toLowerCase())) out.push({ label: name, type: 'variable', detail: 'name', boost: 1 });
  }
  for (const c of options.cells?.() ?? []) out.push({ label: c.ref, type: 'variable', detail: c.detail, boost: -2 });
  if (site) {
    if (node.name === 'ArgName') out.push(...keywordOptions(site, false));
    else if (node.parent === site.argList || node.type.isError) out.push(...keywordOptions(site, true));
    const kv = keywordValueAt(context, site);
    if (kv?.param.kind === 'bool') out.push(...BOOLEANS.map((b) => ({ ...b, boost: 3 })));
  }
  out.push(...functions());
  if (!out.some((o) => o.label === 'true')) out.push(...BOOLEANS.map((b) => ({ ...b, boost: -1 })));
  return out;
}

/** The completion source of a formula editor; everything it offers comes from the tree and CATALOGUE. */
export function formulaCompletionSource(options: FormulaCompletionOptions = {}): CompletionSource {
  return (context) => {
    const { state, pos } = context;
    if (!isFormula(state) || pos < 1) return null;
    const site = callAt(state, pos);
    const kv = keywordValueAt(context, site);
    if (kv) {
      const values = allowedValues(context, kv.param, kv.from);
      if (values) return values;
    }
    if (inQuotes(state.sliceDoc(1, pos))) return null;
    const word = context.matchBefore(/[A-Za-z_]\w*$/) ?? { from: pos, to: pos, text: '' };
    if (state.sliceDoc(word.from - 1, word.from) === '.') {
      // `torch.`, `F.`, `torch.nn.functional.`: the module's functions, constants and dtypes; after a value, its members.
      const path = /(?:^|[^\w.])([A-Za-z_][\w.]*)$/.exec(state.sliceDoc(0, word.from - 1))?.[1];
      return {
        from: word.from,
        options: path !== undefined && isModulePath(path) ? moduleOptions(path) : members(),
        validFor: WORD_SO_FAR,
      };
    }
    if (!word.text) {
      if (context.explicit) return { from: pos, options: nameOptions(context, site, syntaxTree(state).resolveInner(pos, -1), options) };
      // Right after a comma in a call, the keywords still open are worth a glance; anything else waits for a letter.
      const keywords = site && /,\s*$/.test(state.sliceDoc(site.argList.from, pos)) ? keywordOptions(site, true) : [];
      return keywords.length ? { from: pos, options: keywords, validFor: WORD_SO_FAR } : null;
    }
    const node = syntaxTree(state).resolveInner(pos, -1);
    if (NOT_COMPLETED.has(node.name)) return null;
    return { from: word.from, options: nameOptions(context, site, node, options), validFor: WORD_SO_FAR };
  };
}

/**
 * Enter with the popup open on exactly what was typed (`=abs`, a name `=loss`) closes the popup and
 * falls through to the editor's own Enter, which commits: accepting would change nothing, and a
 * second Enter just to commit surprises a spreadsheet user. Must precede autocompletion() in the
 * extensions, since both sit at the highest precedence.
 */
export function enterCommitsExactMatch(): Extension {
  const run = (view: EditorView): boolean => {
    if (completionStatus(view.state) !== 'active') return false;
    const selected = selectedCompletion(view.state);
    const head = view.state.selection.main.head;
    const word = /[A-Za-z_]\w*$/.exec(view.state.sliceDoc(Math.max(0, head - 100), head))?.[0];
    if (!selected || !word || selected.label.toLowerCase() !== word.toLowerCase()) return false;
    closeCompletion(view);
    return false;
  };
  return Prec.highest(keymap.of([{ key: 'Enter', run }]));
}
