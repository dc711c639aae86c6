// The op table's thin functions: each is its op under the op's name and doc, registered in the
// elementwise group right after the function of the table row before it.

import { describe, expect, it } from 'vitest';
import { OP_TABLE } from '../../engine/ops/index';
import { FUNCTIONS } from './index';
import { OP_FUNCTIONS } from './op-functions';

describe('op functions', () => {
  it('are one per op-table row with a function, named and documented as the op', () => {
    const rows = OP_TABLE.filter((r) => r.fn);
    expect(OP_FUNCTIONS.map((f) => [f.name, f.doc, f.torch])).toEqual(rows.map((r) => [r.op.name, r.op.doc, r.fn!.torch]));
  });

  it('take one or two tensors as their form says, the second named as PyTorch names it', () => {
    const params = (name: string) => OP_FUNCTIONS.find((f) => f.name === name)!.params.map((p) => `${p.name}:${p.kind}`);
    expect(params('exp')).toEqual(['input:tensor']);
    expect(params('maximum')).toEqual(['input:tensor', 'other:tensor']);
    expect(params('pow')).toEqual(['input:tensor', 'exponent:tensor']);
  });

  it('stand in the elementwise group right after the function of the row before theirs', () => {
    const names = OP_TABLE.map((r) => r.op.name);
    const elementwise = FUNCTIONS.filter((f) => f.group === 'elementwise').map((f) => f.name);
    for (const f of OP_FUNCTIONS) {
      expect(elementwise[elementwise.indexOf(f.name) - 1], f.name).toBe(names[names.indexOf(f.name) - 1]);
    }
  });
});
