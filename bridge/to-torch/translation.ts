// Owns one formula's translation in progress: what it reads, which helpers it uses, the names in scope,
// and the first reason it cannot be translated (a translation never throws: it records why and goes on).

import type { CellAddress, Expr } from '../../formula/ast';
import { type BookModel, type ModelRange, cellKey, claim, rangeOf, rangeVariable } from './model';
import { isFreeIdentifier } from './py-text';
import { qualifiedName } from '../../formula/address';

/** Python text with the binding strength of its outermost operator (higher binds tighter). */
export interface Py {
  readonly s: string;
  readonly p: number;
}

export const PREC = { lambda: 0, cond: 1, cmp: 2, add: 3, mul: 4, unary: 5, pow: 6, atom: 7 } as const;

export const atom = (s: string): Py => ({ s, p: PREC.atom });

/** `py` as an operand that needs at least strength `p`, parenthesized when it binds looser. */
export const at = (py: Py, p: number): string => (py.p < p ? `(${py.s})` : py.s);

export class Translation {
  failure: string | null = null;
  /** Cell keys and range keys the formula reads. */
  readonly reads = new Set<string>();
  /** Workbook helpers it calls (`gs_while`, ...). */
  readonly helpers = new Set<string>();
  /** Takes a gradient the sheet shows without history (grad without create_graph, `.grad`). */
  showsGradient = false;
  lastRead: string | null = null;
  /** The formula's whole expression (a function named alone is spelt as a lambda with the sheet's parameters). */
  root: Expr | null = null;
  /** The Python variables of cells, ranges and names the formula reads (lower-cased). */
  readonly globalsRead = new Set<string>();
  /** What the script's reader should know about this cell (a dtype the sheet widens, ...), as comments. */
  readonly notes: string[] = [];
  /** The cells and ranges a `grad` differentiates with respect to (they must require grad in PyTorch). */
  readonly gradTargets = new Set<string>();
  /** Reads `x.grad`: its cell waits for every backward root. */
  readsGrad = false;
  private readonly scopes: { names: Map<string, string>; watched: Set<string> }[] = [];
  private readonly local = new Set<string>();

  constructor(
    readonly model: BookModel,
    readonly sheet: string,
    /** How far the formula's relative references move: the cell's offset from where its shared AST was parsed. */
    private readonly offset: { dc: number; dr: number } = { dc: 0, dr: 0 },
  ) {}

  /** An address as it reads from this cell: relative parts moved by the offset. */
  private placed(a: CellAddress): CellAddress {
    const { dc, dr } = this.offset;
    return dc === 0 && dr === 0 ? a : { ...a, col: a.colAbs ? a.col : a.col + dc, row: a.rowAbs ? a.row : a.row + dr };
  }

  /** Records why the formula cannot be translated (the first reason wins) and gives a stand-in text. */
  fail(why: string): Py {
    this.failure ??= why;
    return atom('None');
  }

  use(helper: string): string {
    this.helpers.add(helper);
    return helper;
  }

  /** The variable of the cell `a` names, as read from this formula's sheet. */
  cell(written: CellAddress): Py {
    const a = this.placed(written);
    const sheet = this.sheetOf(a);
    if (sheet === null) return this.fail(`it reads the sheet ${a.sheet ?? ''}, which the workbook does not have`);
    const key = cellKey(sheet, a.col, a.row);
    const cell = this.model.byKey.get(key);
    if (cell === undefined) return this.empty(sheet, a);
    this.read(key);
    this.globalsRead.add(cell.variable.toLowerCase());
    return atom(cell.variable);
  }

  /** An empty cell: 0 in an expression, as the sheet reads it; nothing when the formula is the reference alone. */
  private empty(sheet: string, a: CellAddress): Py {
    if (this.root?.type === 'ref') return atom('None');
    this.notes.push(`${qualifiedName(sheet, a.col, a.row)} is empty: the sheet reads it as 0`);
    return atom('torch.tensor(0.0)');
  }

  /** Notes that the formula reads node `key`; `lastRead` is the latest such node. */
  read(key: string): void {
    this.reads.add(key);
    this.lastRead = key;
  }

  range(a: CellAddress, b: CellAddress): Py {
    const sheet = this.sheetOf(a);
    if (sheet === null) return this.fail(`it reads the sheet ${a.sheet ?? ''}, which the workbook does not have`);
    return this.rangeVar(rangeOf(this.model, sheet, this.placed(a), this.placed(b)));
  }

  rangeVar(range: ModelRange): Py {
    this.read(range.key);
    const variable = rangeVariable(this.model, range);
    this.globalsRead.add(variable.toLowerCase());
    return atom(variable);
  }

  private sheetOf(a: CellAddress): string | null {
    if (a.sheet === null) return this.sheet;
    return this.model.sheets.get(a.sheet.toLowerCase()) ?? null;
  }

  /**
   * Translates a body with lambda or `let` names bound. A name keeps its spelling, as Python's parameters
   * shadow globals just as the sheet's shadow workbook names, unless it is no free identifier or the body
   * (or the formula) also reads a cell whose variable has that spelling: then it gets another name.
   */
  within(names: readonly string[], run: () => Py): { spelt: string[]; text: Py; watched: string[] } {
    const attempt = (avoid: ReadonlySet<string>): { spelt: string[]; text: Py; watched: string[] } => {
      const spelt = this.enter(names, avoid);
      const text = run();
      return { spelt, text, watched: this.leave() };
    };
    const first = attempt(new Set());
    const clash = new Set(first.spelt.map((n) => n.toLowerCase()).filter((n) => this.globalsRead.has(n)));
    return clash.size === 0 ? first : attempt(clash);
  }

  private enter(names: readonly string[], avoid: ReadonlySet<string>): string[] {
    const scope = new Map<string, string>();
    const spelt = names.map((n) => {
      const free = isFreeIdentifier(n) && !avoid.has(n.toLowerCase());
      const py = free ? n : claim(new Set([...this.model.used, ...this.local, ...avoid]), `p_${n}`);
      this.local.add(py.toLowerCase());
      scope.set(n.toLowerCase(), py);
      return py;
    });
    this.scopes.push({ names: scope, watched: new Set() });
    return spelt;
  }

  /** Ends the innermost scope; gives the Python names in it that a grad differentiates with respect to. */
  private leave(): string[] {
    return [...(this.scopes.pop()?.watched ?? [])];
  }

  /** Marks a bound name as a grad's x: its binding must then require grad. */
  watch(name: string): void {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const py = this.scopes[i].names.get(name.toLowerCase());
      if (py !== undefined) {
        this.scopes[i].watched.add(py);
        this.showsGradient = true;
        return;
      }
    }
  }

  /** The Python name of a lambda parameter or `let` name in scope, innermost first. */
  bound(name: string): string | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const py = this.scopes[i].names.get(name.toLowerCase());
      if (py !== undefined) return py;
    }
    return undefined;
  }
}
