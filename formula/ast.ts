// Owns the typed AST of a formula: what `to-ast.ts` produces from Lezer's tree and the compiler reads.

/** A span in the formula text (offsets into the text after the leading `=`). */
export interface Span {
  from: number;
  to: number;
}

/** A cell address as written: column and row are 0-based; `$` marks absolute parts. */
export interface CellAddress {
  sheet: string | null;
  col: number;
  row: number;
  colAbs: boolean;
  rowAbs: boolean;
}

/** One part of an index expression `x[...]`. */
export type IndexPart = { kind: 'index'; expr: Expr } | { kind: 'slice'; start: Expr | null; stop: Expr | null; step: Expr | null };

export type BinaryOp = '+' | '-' | '*' | '/' | '@' | '**' | '==' | '!=' | '<' | '<=' | '>' | '>=';

export interface Arg {
  /** Keyword name for `name=value`, null for a positional argument. */
  name: string | null;
  value: Expr;
}

export type Expr = Span &
  (
    | { type: 'number'; value: number }
    | { type: 'string'; value: string }
    | { type: 'bool'; value: boolean }
    | { type: 'list'; items: Expr[] }
    /** `(a, b)` and `(a,)`, Python's tuple displays. */
    | { type: 'tuple'; items: Expr[] }
    /** `x.requires_grad = False`: only ever answered with what to write instead (in-place.ts). */
    | { type: 'assign'; object: Expr; name: string; value: Expr }
    | { type: 'ref'; ref: CellAddress }
    | { type: 'range'; start: CellAddress; end: CellAddress }
    /** `#REF!` as typed: a reference whose cells were deleted. */
    | { type: 'error'; code: '#REF!' }
    | { type: 'name'; name: string }
    | { type: 'lambda'; params: string[]; body: Expr }
    | { type: 'call'; callee: Expr; args: Arg[] }
    | { type: 'method'; object: Expr; name: string; args: Arg[] }
    | { type: 'attr'; object: Expr; name: string }
    | { type: 'index'; object: Expr; parts: IndexPart[] }
    | { type: 'unary'; op: '-' | '+'; operand: Expr }
    | { type: 'binary'; op: BinaryOp; left: Expr; right: Expr }
  );

/** A parse failure: the message says what was expected, `at` is the offset in the formula text. */
export interface ParseFailure {
  type: 'parse-error';
  message: string;
  at: number;
}
