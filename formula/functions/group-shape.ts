// Owns the list of shape, indexing, linear-algebra and creation functions.

import { arange } from './arange';
import { broadcast_to } from './broadcast_to';
import { cat } from './cat';
import { dot } from './dot';
import { eye } from './eye';
import { flatten } from './flatten';
import { full } from './full';
import { full_like } from './full_like';
import { index_select } from './index_select';
import { item } from './item';
import { linear } from './linear';
import { linspace } from './linspace';
import { matmul } from './matmul';
import { mm } from './mm';
import { mv } from './mv';
import { numel } from './numel';
import { size } from './size';
import { dim } from './dim';
import { clone } from './clone';
import { tolist } from './tolist';
import { float } from './float';
import { ones } from './ones';
import { ones_like } from './ones_like';
import { outer } from './outer';
import { permute } from './permute';
import { rand } from './rand';
import { rand_like } from './rand_like';
import { randn } from './randn';
import { randn_like } from './randn_like';
import { randint } from './randint';
import { randperm } from './randperm';
import { reshape } from './reshape';
import { shape } from './shape';
import { squeeze } from './squeeze';
import { stack } from './stack';
import { tensor } from './tensor';
import { t } from './t';
import { transpose } from './transpose';
import { withDtype } from './dtype';
import type { FunctionDef } from './types';
import { unsqueeze } from './unsqueeze';
import { view } from './view';
import { zeros } from './zeros';
import { zeros_like } from './zeros_like';

export const SHAPE_FUNCTIONS: readonly FunctionDef[] = [
  reshape, view, flatten, squeeze, unsqueeze, transpose, t, permute, cat, stack, broadcast_to, numel, shape, size, dim, clone, tolist, float, item, index_select,
  matmul, mm, mv, dot, outer, linear,
  ...[tensor, ones, zeros, full, eye, arange, linspace, rand, randn, ones_like, zeros_like, full_like, rand_like, randn_like, randint, randperm].map(withDtype),
];
