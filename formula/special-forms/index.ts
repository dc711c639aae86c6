// Owns SPECIAL_FORMS, the explicit list of the calls whose arguments are not simply evaluated first
// (each in its own file, with its registry entry and its `run` hook); FUNCTIONS lists them first.

import type { FunctionDef } from '../functions/types';
import { backward } from './backward';
import { enable_grad } from './enable_grad';
import { grad } from './grad';
import { if_ } from './if';
import { let_ } from './let';
import { no_grad } from './no_grad';

export const SPECIAL_FORMS: readonly FunctionDef[] = [if_, let_, grad, backward, no_grad, enable_grad];
