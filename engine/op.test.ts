import { describe, expect, it } from 'vitest';
import { type OpDef, call } from './op';
import { add } from './ops/add';
import { Tensor, isTensor } from './tensor';

describe('call', () => {
  it('keeps a shape rule’s inputs intact when the rule itself calls ops (as customgrad’s does)', () => {
    const inner = new Tensor(Float64Array.of(1, 2, 3), [3]);
    const reentrant: OpDef = {
      name: 'reentrant', gradFn: 'ReentrantBackward0', doc: '', example: '',
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
});
