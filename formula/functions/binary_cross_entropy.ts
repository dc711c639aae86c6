import { relabel } from '../../engine/composite';
import { errors } from '../../engine/errors';
import { attempt, run } from '../../engine/op';
import { binary_cross_entropy as bceOp } from '../../engine/ops/binary_cross_entropy';
import { REDUCTION, reduceLoss } from './reduce-helpers';
import { defineFunction } from './define';

export const binary_cross_entropy = defineFunction({
  name: 'binary_cross_entropy',
  torch: 'torch.nn.functional.binary_cross_entropy',
  doc: 'Binary cross entropy between probabilities (input) and targets of the same shape; each log is clamped to >= -100.',
  params: [
    { name: 'input', kind: 'tensor', doc: 'Probabilities in [0, 1].' },
    { name: 'target', kind: 'tensor', doc: "Targets in [0, 1], of input's shape." },
    { name: 'weight', kind: 'tensor', default: null, doc: "A weight per element, broadcast to input's shape." },
  ],
  kwargs: [REDUCTION],
  examples: [
    { formula: '=binary_cross_entropy([0.5, 0.5], [1, 0])', result: 0.6931471805599453 },
    { formula: '=binary_cross_entropy([1, 0.5], [0, 1], reduction="none")', result: [100, 0.6931471805599453] },
    { formula: '=binary_cross_entropy([1.5], [1])', result: '#VALUE!' },
  ],
  lower: ([input, target, weight], { reduction }) => {
    const x = input;
    for (const v of x.data) {
      if (!(v >= 0 && v <= 1)) return errors.value('binary_cross_entropy', `all elements of input should be between 0 and 1, got ${v}`);
    }
    const inputs = weight === null ? [x, target] : [x, target, weight];
    return attempt(() => relabel(reduceLoss(run(bceOp, inputs), reduction), 'BinaryCrossEntropyBackward0', inputs));
  },
});
