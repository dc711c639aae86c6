// Owns the functions whose PyTorch spelling is not `torch.name(args)`: methods (`x.reshape(2, 3)`),
// seeded draws (a torch.Generator per cell), class targets, and the helpers of helpers.ts they call.

import type { Expr } from '../../formula/ast';
import { arg, argList, argText, type Bound } from './args';
import { FORMS } from './forms';
import { type Py, PREC, Translation, at, atom } from './translation';
import { expr, literalNumber } from './expr';

export type Special = (t: Translation, b: Bound) => Py;

const input = (t: Translation, b: Bound, name = 'input'): string =>
  at(atom(arg(t, b, name) ?? t.fail(`${b.spec.name}: no ${name}`).s), PREC.atom);

/** `x.name(args)`: the methods PyTorch spells on the tensor, with every other argument as the sheet gave it. */
const method =
  (name: string): Special =>
  (t, b) =>
    atom(`${wrapped(t, b)}.${name}(${argList(t, b, ['input']).join(', ')})`);

function wrapped(t: Translation, b: Bound): string {
  const e = b.named.get('input');
  if (e === undefined) return t.fail(`${b.spec.name}: no input`).s;
  const py = expr(t, e);
  return py.p < PREC.atom || /^[0-9-]/.test(py.s) ? `(${py.s})` : py.s;
}

/** A size given as several numbers becomes one tuple, as `torch.broadcast_to` and `x.view` take it. */
function sizes(t: Translation, b: Bound, param = 'shape'): string {
  const spec = b.spec.params.find((p) => p.name === param)!;
  const items = b.rest.map((r) => argText(t, spec, r));
  return items.length === 1 ? items[0] : `(${items.join(', ')}${items.length === 1 ? ',' : ''})`;
}

/** A draw as PyTorch calls it: the function, its positional arguments and its keywords (each `, name=value`). */
interface Draw {
  fn: string;
  args: string[];
  kw: string;
}

/**
 * A seeded draw: a generator of its own seeded with S gives what `torch.manual_seed(S)` then the call gives.
 * In a book with `after=` chains every draw goes through gs_draw, which keeps where its generator stopped on
 * the tensor, so a later `after=` continues from there (as the sheet keeps it beside the tensor).
 */
function seeded(draw: (t: Translation, b: Bound) => Draw): Special {
  return (t, b) => {
    const seed = arg(t, b, 'seed');
    const after = arg(t, b, 'after');
    if (seed === undefined && after === undefined) {
      return t.fail(`${b.spec.name} without seed= draws from the workbook seed and the cell's address, which PyTorch cannot reproduce`);
    }
    const { fn, args, kw } = draw(t, b);
    if (t.model.chainsDraws) {
      const from = after === undefined ? `seed=${seed}` : `after=${after}`;
      return atom(`${t.use('gs_draw')}(${[fn, ...args].join(', ')}, ${from}${kw})`);
    }
    return atom(`${fn}(${args.join(', ')}, generator=torch.Generator().manual_seed(${seed})${kw})`);
  };
}

const keywords = (t: Translation, b: Bound, names: readonly string[]): string =>
  names.flatMap((n) => (arg(t, b, n) === undefined ? [] : [`, ${n}=${arg(t, b, n)}`])).join('');

const drawn = (fn: string, size: (t: Translation, b: Bound) => string[]): Special =>
  seeded((t, b) => ({ fn: `torch.${fn}`, args: size(t, b), kw: keywords(t, b, ['dtype', 'requires_grad']) }));

/** The sizes of a draw as written, `rand(2, 3)` or `rand([2, 3])`. */
const sizeArgs = (t: Translation, b: Bound): string[] => {
  const spec = b.spec.params.find((p) => p.name === 'size')!;
  return b.rest.map((r) => argText(t, spec, r));
};

/** `tensor(data)`: a literal as torch.tensor, anything else copied into a new leaf as the sheet does. */
function tensor(t: Translation, b: Bound): Py {
  const data = b.named.get('data');
  if (data === undefined) return t.fail('tensor: no data');
  const literal = isLiteral(data);
  const kw = keywords(t, b, ['dtype', 'requires_grad']);
  if (literal) return atom(`torch.tensor(${expr(t, data, 'raw').s}${kw})`);
  const dtype = arg(t, b, 'dtype');
  const copy = `${at(expr(t, data), PREC.atom)}.detach().clone()${dtype === undefined ? '' : `.to(${dtype})`}`;
  const rg = arg(t, b, 'requires_grad');
  return atom(rg === undefined ? copy : `${copy}.requires_grad_(${rg})`);
}

function isLiteral(e: Expr): boolean {
  if (e.type === 'number' || e.type === 'bool') return true;
  if (e.type === 'unary') return e.operand.type === 'number';
  return (e.type === 'list' || e.type === 'tuple') && e.items.every(isLiteral);
}

const helper =
  (name: string, params: readonly string[]): Special =>
  (t, b) =>
    atom(`${t.use(name)}(${params.flatMap((p) => (arg(t, b, p) === undefined ? [] : [arg(t, b, p)])).join(', ')})`);

/** Class-index targets are whole floats in the sheet and long in PyTorch; probabilities stay as they are. */
const classTarget =
  (path: string): Special =>
  (t, b) => {
    const target = `${t.use('gs_class_target')}(${input(t, b)}, ${arg(t, b, 'target') ?? 'None'})`;
    const others = argList(t, b, ['input', 'target']).map((a) => (a.includes('=') ? a : `weight=${a}`));
    return atom(`${path}(${[input(t, b), target, ...others].join(', ')})`);
  };

/** `norm`: torch.linalg.vector_norm, which torch.norm calls in PyTorch 2 (its grad_fn, LinalgVectorNormBackward0). */
function norm(t: Translation, b: Bound): Py {
  const p = b.named.get('p');
  const named: Record<string, string> = { fro: '2', inf: 'math.inf', '-inf': '-math.inf' };
  const ord =
    p === undefined || (p.type === 'name' && p.name === 'None') ? '2' : p.type === 'string' ? named[p.value.toLowerCase()] : arg(t, b, 'p');
  if (ord === undefined) return t.fail('norm: p is a matrix norm the sheet does not have');
  return atom(`torch.linalg.vector_norm(${input(t, b)}, ${ord}${keywords(t, b, ['dim', 'keepdim'])})`);
}

/** `max(x, dim)` or `max(x, other)`: the sheet tells them apart by the second argument; a number is a dim. */
const extreme =
  (name: string): Special =>
  (t, b) => {
    const second = b.named.get('dim');
    if (second === undefined || literalNumber(second) !== null) return atom(`torch.${name}(${argList(t, b).join(', ')})`);
    return atom(`torch.${name}(${input(t, b)}, ${expr(t, second).s})`);
  };

/** `logsumexp(x)` over every element: PyTorch wants a dim, so the flattened input over dim 0 (the same LogsumexpBackward0). */
function logsumexp(t: Translation, b: Bound): Py {
  if (b.named.has('dim')) return atom(`torch.logsumexp(${argList(t, b).join(', ')})`);
  if (b.named.has('keepdim')) return t.fail('logsumexp over every dim with keepdim is not translated');
  return atom(`torch.logsumexp(${wrapped(t, b)}.flatten(), 0)`);
}

/** `float(x)`: Python's float of a text; a tensor's values as float64 (the sheet's only float). */
function float(t: Translation, b: Bound): Py {
  const x = b.named.get('x');
  if (x === undefined) return t.fail('float needs x');
  if (x.type === 'string') return atom(`float(${expr(t, x).s})`);
  return atom(`${at(expr(t, x), PREC.atom)}.to(torch.float64)`);
}

/** var / std with correction= and no dim: PyTorch 1.13 finds that overload only with `dim=None` written out. */
const spread =
  (name: string): Special =>
  (t, b) => {
    const all = b.named.has('correction') && !b.named.has('dim') ? ['dim=None'] : [];
    const [x, ...rest] = argList(t, b);
    return atom(`torch.${name}(${[x, ...all, ...rest].join(', ')})`);
  };

export const SPECIAL: Readonly<Record<string, Special>> = {
  var: spread('var'),
  std: spread('std'),
  max: extreme('max'),
  min: extreme('min'),
  logsumexp,
  tensor,
  norm,
  rand: drawn('rand', sizeArgs),
  randn: drawn('randn', sizeArgs),
  rand_like: drawn('rand', (t, b) => [`${input(t, b)}.shape`]),
  randn_like: drawn('randn', (t, b) => [`${input(t, b)}.shape`]),
  randint: seeded((t, b) => ({
    fn: 'torch.randint',
    args: ['low', 'high', 'size'].flatMap((p) => (arg(t, b, p) === undefined ? [] : [arg(t, b, p)!])),
    kw: keywords(t, b, ['dtype']),
  })),
  randperm: seeded((t, b) => ({ fn: 'torch.randperm', args: [arg(t, b, 'n') ?? 'None'], kw: keywords(t, b, ['dtype']) })),
  reshape: (t, b) => atom(`${wrapped(t, b)}.reshape(${sizes(t, b)})`),
  view: (t, b) => atom(`${wrapped(t, b)}.view(${sizes(t, b)})`),
  permute: (t, b) => atom(`${wrapped(t, b)}.permute(${sizes(t, b, 'dims')})`),
  broadcast_to: (t, b) => atom(`torch.broadcast_to(${input(t, b)}, ${sizes(t, b)})`),
  softmax: (t, b) => atom(`torch.softmax(${input(t, b)}, dim=${arg(t, b, 'dim') ?? '-1'})`),
  log_softmax: (t, b) => atom(`torch.log_softmax(${input(t, b)}, dim=${arg(t, b, 'dim') ?? '-1'})`),
  shape: (t, b) => atom(`${wrapped(t, b)}.shape`),
  size: method('size'),
  dim: method('dim'),
  numel: method('numel'),
  item: method('item'),
  tolist: (t, b) => atom(`torch.tensor(${wrapped(t, b)}.tolist())`),
  clone: method('clone'),
  t: method('t'),
  detach: method('detach'),
  float,
  requires_grad_: (t, b) => atom(`${wrapped(t, b)}.detach().requires_grad_(${arg(t, b, 'requires_grad') ?? 'True'})`),
  index_select: (t, b) => atom(`torch.index_select(${input(t, b)}, ${arg(t, b, 'dim')}, ${t.use('gs_index')}(${arg(t, b, 'index')}))`),
  cross_entropy: classTarget('torch.nn.functional.cross_entropy'),
  nll_loss: classTarget('torch.nn.functional.nll_loss'),
  gradfn: helper('gs_grad_fn', ['input']),
  customgrad: helper('gs_customgrad', ['f', 'df']),
  clip_grad_norm: helper('gs_clip_grad_norm', ['grads', 'max_norm', 'norm_type']),
  clip_grad_value: helper('gs_clip_grad_value', ['grads', 'clip_value']),
  while: helper('gs_while', ['init', 'cond_fn', 'body_fn']),
  repeat: helper('gs_repeat', ['n', 'init', 'fn']),
  // train's steps run torch.optim's own optimizer: the arguments pass as the formula gave them.
  train: (t, b) => atom(`${t.use('gs_train')}(${argList(t, b).join(', ')})`),
  ...FORMS,
};
