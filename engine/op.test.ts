import { describe, expect, it } from 'vitest';
import { type OpDef, call } from './op';
import { add } from './ops/add';
import { log } from './ops/log';
import { sub } from './ops/sub';
import { Tensor, isTensor } from './tensor';

describe('call', () => {
  it('keeps a shape rule’s inputs intact when the rule itself calls ops (as customgrad’s does)', () => {
    const inner = new Tensor(Float64Array.of(1, 2, 3), [3]);
    const reentrant: OpDef = {
      name: 'reentrant',
      gradFn: 'ReentrantBackward0',
      doc: '',
      shape: (shapes) => {
        const before = shapes.map((s) => [...s]);
        call(add, [inner, inner]);
        call(add, [inner, new Tensor(Float64Array.of(1), [])]);
        return shapes.every((s, i) => s.length === before[i].length && s.every((n, d) => n === before[i][d])) ? shapes[0] : [0];
      },
      forward: ([a]) => a.data.slice(),
    };
    const x = new Tensor(new Float64Array(4), [2, 2]);
    const out = call(reentrant, [x, new Tensor(new Float64Array(2), [2])]);
    expect(isTensor(out) && out.shape).toEqual([2, 2]);
  });

  it('flags a NaN or ±inf a large elementwise result makes, however the kernel checked it', () => {
    const n = 5000;
    const ones = new Tensor(new Float64Array(n).fill(1), [n]);
    const withInf = new Tensor(new Float64Array(n).fill(1), [n]);
    withInf.data[4321] = Infinity;
    const diff = call(sub, [withInf, withInf]);
    expect(isTensor(diff) && Number.isNaN(diff.data[4321]) && diff.nonfinite?.op).toBe('sub');
    expect(isTensor(diff) && diff.nonfinite).not.toBeNull();
    const clean = call(sub, [ones, ones]);
    expect(isTensor(clean) && clean.nonfinite).toBeNull();
    const negative = new Tensor(new Float64Array(n).fill(2), [n]);
    negative.data[n - 1] = -1;
    const logs = call(log, [negative]);
    expect(isTensor(logs) && logs.nonfinite?.op).toBe('log');
    expect(isTensor(call(log, [ones])) && (call(log, [ones]) as Tensor).nonfinite).toBeNull();
  });

  it('refuses an output of more than 64 dims before computing it, whatever the op', () => {
    let forwards = 0;
    const grow: OpDef = {
      name: 'grow',
      gradFn: 'GrowBackward0',
      doc: '',
      shape: ([s]) => [1, ...s],
      forward: ([a]) => {
        forwards++;
        return a.data;
      },
    };
    let t: Tensor | ReturnType<typeof call> = new Tensor(Float64Array.of(1), []);
    for (let i = 0; i < 64; i++) t = call(grow, [t as Tensor]);
    expect(isTensor(t) && t.rank).toBe(64);
    expect(call(grow, [t as Tensor])).toMatchObject({
      code: '#LIMIT!',
      message: 'grow: a tensor of 65 dimensions; the limit is 64 dimensions (as in PyTorch)',
    });
    expect(forwards).toBe(64);
    const empty = new Tensor(new Float64Array(0), [0]);
    const lists: OpDef = {
      name: 'lists',
      gradFn: 'ListsBackward0',
      doc: '',
      shape: () => [5000, 5000, 0],
      forward: () => new Float64Array(0),
    };
    expect(call(lists, [empty])).toMatchObject({
      code: '#LIMIT!',
      message: expect.stringMatching(
        /^lists: a tensor of shape \[5000, 5000, 0\] has no elements but would print as 25,000,000 empty lists/,
      ),
    });
  });
});
