// Owns what a sheet function declares as plain data: its name, PyTorch name, doc, parameters, examples
// and group. It imports nothing, so the app's editor and function reference can read the catalogue
// (formula/catalogue.ts) without the engine; FunctionDef (types.ts) adds the implementation.

/**
 * How an argument is checked and converted before `lower` sees it (formula/functions/coerce.ts):
 * - `tensor`: a tensor (numbers and booleans are 0-D tensors); bool tensors pass as they are
 * - `number`: a one-element tensor, as a JS number;  `int`: the same, which must be an integer
 * - `bool`: TRUE/FALSE or a one-element tensor, as a JS boolean
 * - `text`: a text value, as a JS string (checked against `oneOf` when given)
 * - `dim`: an int, or a list/1-D tensor of ints, as number[] (not yet normalised against a rank)
 * - `shape`: sizes given as separate numbers (variadic), a list, a 1-D tensor or a tuple, as number[]
 * - `tensors`: a sequence of tensors: a list literal's items, a tuple's items, or a tensor's rows
 * - `function`: a lambda or a built-in
 * - `any`: the value unchanged
 */
export type ParamKind = 'tensor' | 'number' | 'int' | 'bool' | 'text' | 'dim' | 'shape' | 'tensors' | 'function' | 'any';

export interface ParamSpec {
  readonly name: string;
  readonly kind: ParamKind;
  /** Present: the parameter is optional, and this is its value when omitted (null means "not given"). */
  readonly default?: number | boolean | string | null | readonly number[];
  readonly oneOf?: readonly string[];
  /** Only for the last positional parameter: it takes every remaining positional argument. */
  readonly variadic?: boolean;
  /** Other keyword names it answers to (PyTorch's: `grad(outputs=..., inputs=...)`). */
  readonly aliases?: readonly string[];
  readonly doc?: string;
}

export interface FunctionExample {
  readonly formula: string;
  /** The expected value as the command line prints it: a number, nested arrays, or an error code such as `#SHAPE!`. */
  readonly result: unknown;
}

/** The one grouping of functions: the reference's sections, the docs' and completion's, in this order. */
export const GROUPS = [
  { id: 'creation', title: 'Creation' },
  { id: 'elementwise', title: 'Elementwise' },
  { id: 'reductions', title: 'Reductions' },
  { id: 'shape', title: 'Shape and indexing' },
  { id: 'linalg', title: 'Linear algebra' },
  { id: 'losses', title: 'Losses' },
  { id: 'autograd', title: 'Autograd' },
  { id: 'control', title: 'Control' },
] as const;

export type FunctionGroup = (typeof GROUPS)[number]['id'];

/** Everything a function declares except how it computes. */
export interface FunctionSpec {
  /** The name users type, PyTorch's spelling. Looked up case-insensitively. */
  readonly name: string;
  /**
   * Set for special forms (formula/special-forms/), which the evaluator runs on unevaluated arguments:
   * plain data, so a catalogue without the machinery can tell them apart.
   */
  readonly form?: true;
  /** The PyTorch equivalent, e.g. `torch.nn.functional.mse_loss`. */
  readonly torch: string;
  readonly doc: string;
  readonly params: readonly ParamSpec[];
  /** Keyword-only parameters (PyTorch's after `*`), e.g. `requires_grad`. */
  readonly kwargs?: readonly ParamSpec[];
  readonly examples: readonly FunctionExample[];
}

/** A function as the catalogue lists it: its spec and the group it is registered in (formula/functions/index.ts). */
export interface CatalogueEntry extends FunctionSpec {
  readonly group: FunctionGroup;
}
