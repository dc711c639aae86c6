import { tuple as makeTuple } from '../../engine/value';
import { defineFunction } from './define';

/** Several values as one; `t[0]` picks one. */
export const tuple = defineFunction({
  name: 'tuple',
  torch: 'Python tuple',
  doc: 'Several values held together; t[i] picks one.',
  params: [{ name: 'items', kind: 'any', variadic: true, default: [] }],
  examples: [{ formula: '=tuple(1, [2, 3])[1]', result: [2, 3] }],
  lower: ([items]) => makeTuple(items),
});
