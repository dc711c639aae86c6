// Owns the list of shape ops.

import type { AnyOp } from '../op';
import { cat } from './cat';
import { index } from './getitem';
import { index_backward } from './index_backward';
import { matmul } from './matmul';
import { permute } from './permute';
import { stack } from './stack';

export const SHAPE_OPS: readonly AnyOp[] = [permute, index, index_backward, cat, stack, matmul];
