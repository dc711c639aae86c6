// Owns the list of shape ops.

import type { AnyOp } from '../op';
import { cat } from './cat';
import { getitem } from './getitem';
import { index_backward } from './index_backward';
import { matmul } from './matmul';
import { permute } from './permute';
import { stack } from './stack';

export const SHAPE_OPS: readonly AnyOp[] = [permute, getitem, index_backward, cat, stack, matmul];
