import { relabel } from '../../engine/composite';
import { attempt } from '../../engine/op';
import { meanOf } from './reduce-helpers';
import { defineFunction } from './define';

/** sum / count over the dims; PyTorch names the full mean MeanBackward0 and a mean over dims MeanBackward1. */
export const mean = defineFunction({
  name: 'mean',
  torch: 'torch.mean',
  doc: 'Average of the elements, over all dims or the given ones.',
  params: [
    { name: 'input', kind: 'tensor' },
    { name: 'dim', kind: 'dim', default: null, doc: 'Dim or list of dims to average over; every dim when omitted.' },
    { name: 'keepdim', kind: 'bool', default: false, doc: 'Keep the averaged dims as size 1.' },
  ],
  examples: [
    { formula: '=mean([[1, 2], [3, 4]])', result: 2.5 },
    { formula: '=mean([[1, 2], [3, 4]], dim=1)', result: [1.5, 3.5] },
  ],
  lower: ([input, dim, keepdim]) =>
    attempt(() => relabel(meanOf('mean', input, dim, keepdim), dim === null ? 'MeanBackward0' : 'MeanBackward1', [input])),
});
