import { relabel } from '../../engine/composite';
import { attempt, run } from '../../engine/op';
import { binary_cross_entropy_with_logits as bceLogitsOp } from '../../engine/ops/binary_cross_entropy_with_logits';
import { scalar } from '../../engine/tensor';
import { REDUCTION, reduceLoss } from './reduce-helpers';
import { defineFunction } from './define';

export const binary_cross_entropy_with_logits = defineFunction({
  name: 'binary_cross_entropy_with_logits',
  torch: 'torch.nn.functional.binary_cross_entropy_with_logits',
  doc: 'Binary cross entropy of sigmoid(input) and target, computed stably from the logits.',
  params: [
    { name: 'input', kind: 'tensor', doc: 'Logits.' },
    { name: 'target', kind: 'tensor', doc: "Targets in [0, 1], of input's shape." },
    { name: 'weight', kind: 'tensor', default: null, doc: "A weight per element, broadcast to input's shape." },
  ],
  kwargs: [
    REDUCTION,
    { name: 'pos_weight', kind: 'tensor', default: null, doc: 'A weight on the positive term, per class (broadcast along the last dim).' },
  ],
  examples: [
    { formula: '=binary_cross_entropy_with_logits([0, 0], [1, 0])', result: 0.6931471805599453 },
    { formula: '=binary_cross_entropy_with_logits([-1000], [0])', result: 0 },
    { formula: '=binary_cross_entropy_with_logits([1, 2], [1, 0, 1])', result: '#SHAPE!' },
  ],
  lower: ([input, target, weight], { reduction, pos_weight }) => {
    const one = scalar(1);
    const inputs = [input, target, weight ?? one, pos_weight ?? one];
    return attempt(() => relabel(reduceLoss(run(bceLogitsOp, inputs), reduction), 'BinaryCrossEntropyWithLogitsBackward0', inputs));
  },
});
