import { describe, expect, it } from 'vitest';
import { cellError } from '../engine/errors';
import { type DType, Tensor } from '../engine/tensor';
import { type CellValue, EMPTY, text, tuple } from '../engine/value';
import { Workbook } from './book';
import cases from './torch-repr-cases.json';
import { REPR_TEXT_LIMIT, tensorRepr, torchRepr } from './torch-repr';

const tensor = (values: number[], shape: number[], opts: { dtype?: DType; requiresGrad?: boolean; gradFn?: string } = {}): Tensor =>
  new Tensor(
    Float64Array.from(values),
    shape,
    opts.dtype ?? 'float64',
    opts.requiresGrad ?? opts.gradFn !== undefined,
    opts.gradFn ? { op: 'mul', inputs: [], attrs: undefined, gradFn: opts.gradFn } : null,
  );

/** The repr of a cell's value after evaluating a small workbook. */
function reprOf(cells: [string, string][], ref: string): string {
  const b = new Workbook();
  b.setMany(cells);
  return torchRepr(b.value(ref));
}

describe('torchRepr: the rules of torch/_tensor_str.py', () => {
  it('shows at most REPR_SHOWN_LIMIT elements: many short dims would otherwise print every element, as PyTorch does', () => {
    const t = new Tensor(new Float64Array(4 ** 12), new Array(12).fill(4), 'float64', true);
    expect(tensorRepr(t)).toBe(
      'tensor([... 16,777,216 elements not printed: PyTorch would show each one; the limit here is 10,000 ...],\n' +
        '       size=(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4), requires_grad=True)',
    );
    expect(tensorRepr(new Tensor(new Float64Array(4 ** 6), new Array(6).fill(4))).split('0.').length - 1).toBe(4096);
    expect(tensorRepr(new Tensor(Float64Array.of(1), new Array(64).fill(1)))).toBe(`tensor(${'['.repeat(64)}1.${']'.repeat(64)})`);
  });

  it('prints integer-valued floats as `4.` and a 0-D tensor bare', () => {
    expect(tensorRepr(tensor([1, 4], [2]))).toBe('tensor([1., 4.])');
    expect(tensorRepr(tensor([27], [], { gradFn: 'MeanBackward0' }))).toBe('tensor(27., grad_fn=<MeanBackward0>)');
    expect(tensorRepr(tensor([-0], []))).toBe('tensor(-0.)');
  });

  it('prints other floats to 4 decimals, right-aligned to the widest', () => {
    expect(reprOf([['A1', '=ones(2, 2, requires_grad=true) * 4.5']], 'A1')).toBe(
      'tensor([[4.5000, 4.5000],\n        [4.5000, 4.5000]], grad_fn=<MulBackward0>)',
    );
    expect(tensorRepr(tensor([-1.5, 2.25], [2]))).toBe('tensor([-1.5000,  2.2500])');
    expect(tensorRepr(tensor([1234.5, 1.5], [2]))).toBe('tensor([1234.5000,    1.5000])');
  });

  it('goes scientific when max/min > 1000, max > 1e8, or (not all whole) min < 1e-4', () => {
    expect(tensorRepr(tensor([1e-5, 1], [2]))).toBe('tensor([1.0000e-05, 1.0000e+00])');
    expect(tensorRepr(tensor([1e9, 1], [2]))).toBe('tensor([1.0000e+09, 1.0000e+00])');
    expect(tensorRepr(tensor([1.5e8, 2], [2]))).toBe('tensor([1.5000e+08, 2.0000e+00])');
    expect(tensorRepr(tensor([1001, 1], [2]))).toBe('tensor([1.0010e+03, 1.0000e+00])');
    expect(tensorRepr(tensor([1000, 1], [2]))).toBe('tensor([1000.,    1.])');
    expect(tensorRepr(tensor([1000.5, 1.5], [2]))).toBe('tensor([1000.5000,    1.5000])');
  });

  it('writes nan and inf, which do not count toward the format', () => {
    expect(tensorRepr(tensor([1, NaN, Infinity], [3]))).toBe('tensor([1., nan, inf])');
    expect(tensorRepr(tensor([NaN], []))).toBe('tensor(nan)');
    expect(tensorRepr(tensor([0, 0], [2]))).toBe('tensor([0., 0.])');
  });

  it('breaks lines at 80 columns and indents nested brackets, blank lines between blocks', () => {
    expect(tensorRepr(tensor([1, 2, 3, 4, 5, 6, 7, 8], [2, 2, 2]))).toBe(
      'tensor([[[1., 2.],\n         [3., 4.]],\n\n        [[5., 6.],\n         [7., 8.]]])',
    );
    const row = Array.from({ length: 25 }, (_, i) => -2 + i / 6);
    expect(tensorRepr(tensor(row, [25], { requiresGrad: true }))).toBe(
      'tensor([-2.0000, -1.8333, -1.6667, -1.5000, -1.3333, -1.1667, -1.0000, -0.8333,\n' +
        '        -0.6667, -0.5000, -0.3333, -0.1667,  0.0000,  0.1667,  0.3333,  0.5000,\n' +
        '         0.6667,  0.8333,  1.0000,  1.1667,  1.3333,  1.5000,  1.6667,  1.8333,\n' +
        '         2.0000], requires_grad=True)',
    );
  });

  it('moves a suffix to its own line when the last line would pass 80 columns', () => {
    const row = Array.from({ length: 25 }, (_, i) => (i - 12) / 6 + (i === 12 ? 1.1102230246251565e-16 : 0));
    expect(tensorRepr(tensor(row, [25], { requiresGrad: true }))).toBe(
      'tensor([-2.0000e+00, -1.8333e+00, -1.6667e+00, -1.5000e+00, -1.3333e+00,\n' +
        '        -1.1667e+00, -1.0000e+00, -8.3333e-01, -6.6667e-01, -5.0000e-01,\n' +
        '        -3.3333e-01, -1.6667e-01,  1.1102e-16,  1.6667e-01,  3.3333e-01,\n' +
        '         5.0000e-01,  6.6667e-01,  8.3333e-01,  1.0000e+00,  1.1667e+00,\n' +
        '         1.3333e+00,  1.5000e+00,  1.6667e+00,  1.8333e+00,  2.0000e+00],\n' +
        '       requires_grad=True)',
    );
  });

  it('summarizes past 1,000 elements with `...`, 3 items at each edge', () => {
    const values = Array.from({ length: 2000 }, (_, i) => i);
    expect(tensorRepr(tensor(values, [2, 1000]))).toBe(
      'tensor([[0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 9.9700e+02, 9.9800e+02,\n' +
        '         9.9900e+02],\n' +
        '        [1.0000e+03, 1.0010e+03, 1.0020e+03,  ..., 1.9970e+03, 1.9980e+03,\n' +
        '         1.9990e+03]])',
    );
    expect(
      tensorRepr(
        tensor(
          Array.from({ length: 1001 }, (_, i) => i % 7),
          [1001],
        ),
      ),
    ).toBe('tensor([0., 1., 2.,  ..., 4., 5., 6.])');
  });

  it('prints booleans as Python does, padded to the widest', () => {
    expect(tensorRepr(tensor([1, 0], [2], { dtype: 'bool' }))).toBe('tensor([ True, False])');
    expect(tensorRepr(tensor([1, 1], [2], { dtype: 'bool' }))).toBe('tensor([True, True])');
    expect(tensorRepr(tensor([1], [], { dtype: 'bool' }))).toBe('tensor(True)');
    expect(reprOf([['A1', '=[1, 2] > 1']], 'A1')).toBe('tensor([False,  True])');
  });

  it('prints empty tensors with their size and a non-default dtype', () => {
    expect(tensorRepr(tensor([], [0]))).toBe('tensor([])');
    expect(tensorRepr(tensor([], [2, 0]))).toBe('tensor([], size=(2, 0))');
    expect(tensorRepr(tensor([], [0], { dtype: 'bool' }))).toBe('tensor([], dtype=torch.bool)');
  });

  it('prints PyTorch’s autograd tutorial as PyTorch does', () => {
    const cells: [string, string][] = [
      ['A1', '=ones(2, 2, requires_grad=true)'],
      ['A2', '=A1 + 2'],
      ['A3', '=A2 * A2 * 3'],
      ['A4', '=A3.mean()'],
    ];
    expect(reprOf(cells, 'A1')).toBe('tensor([[1., 1.],\n        [1., 1.]], requires_grad=True)');
    expect(reprOf(cells, 'A3')).toBe('tensor([[27., 27.],\n        [27., 27.]], grad_fn=<MulBackward0>)');
    expect(reprOf(cells, 'A4')).toBe('tensor(27., grad_fn=<MeanBackward0>)');
  });
});

describe('torchRepr of values other than tensors', () => {
  it('prints tuples as Python tuples of reprs', () => {
    expect(torchRepr(tuple([tensor([1], [], { gradFn: 'MulBackward0' }), tensor([2], [])]))).toBe(
      '(tensor(1., grad_fn=<MulBackward0>), tensor(2.))',
    );
    expect(torchRepr(tuple([tensor([1], [])]))).toBe('(tensor(1.),)');
    expect(torchRepr(tuple([]))).toBe('()');
    const one = tuple([tensor([1], [])]);
    expect(torchRepr(tuple([one, tuple([one, text('a')])]))).toBe("((tensor(1.),), ((tensor(1.),), 'a'))");
  });

  it('prints 256 nested tuples without recursion, and stops a huge shared tuple with a note', () => {
    let deep: CellValue = tensor([1], []);
    for (let i = 0; i < 256; i++) deep = tuple([deep]);
    expect(torchRepr(deep)).toBe(`${'('.repeat(256)}tensor(1.)${',)'.repeat(256)}`);
    let wide: CellValue = tensor([1, 2, 3], [3]);
    for (let i = 0; i < 15; i++) wide = tuple([wide, wide]);
    const repr = torchRepr(wide);
    expect(repr.length).toBeLessThan(REPR_TEXT_LIMIT + 1000);
    expect(repr).toMatch(
      /\.\.\. \(not printed past 100,000 characters; the tuple prints as 65,535 values, counting shared ones each time\)$/,
    );
  });

  it('prints functions, text, errors and the empty cell', () => {
    expect(reprOf([['A1', '=(x, y) => x * y']], 'A1')).toBe('<function λ(x, y)>');
    expect(torchRepr(text("it's"))).toBe(`"it's"`);
    expect(torchRepr(cellError('#SHAPE!', 'mul: shapes [2, 3] and [4] do not broadcast'))).toBe(
      '#SHAPE!: mul: shapes [2, 3] and [4] do not broadcast',
    );
    expect(torchRepr(EMPTY)).toBe('');
  });
});

type Encoded = number | string;
interface Case {
  shape: number[];
  dtype: DType;
  kind: string;
  suffix: string;
  data: Encoded[] | { fill: Encoded; at: [number, Encoded][] };
  repr: string;
}

const decode = (x: Encoded): number => (x === 'nan' ? NaN : x === 'inf' ? Infinity : x === '-inf' ? -Infinity : (x as number));

describe('torchRepr against PyTorch (formula/torch-repr-cases.json)', () => {
  const all = (cases as { cases: Case[] }).cases;
  it('has cases of every kind', () => expect(all.length).toBeGreaterThan(400));
  for (const [i, c] of all.entries()) {
    it(`#${i} ${c.kind} [${c.shape.join(', ')}] ${c.suffix}`, () => {
      const size = c.shape.reduce((a, b) => a * b, 1);
      const values = Array.isArray(c.data) ? c.data.map(decode) : new Array<number>(size).fill(decode(c.data.fill));
      if (!Array.isArray(c.data)) for (const [k, v] of c.data.at) values[k] = decode(v);
      const t = tensor(values, c.shape, {
        dtype: c.dtype,
        requiresGrad: c.suffix !== 'none',
        gradFn: c.suffix === 'MulBackward0' ? 'MulBackward0' : undefined,
      });
      expect(tensorRepr(t)).toBe(c.repr);
    });
  }
});
