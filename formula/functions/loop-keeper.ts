// Owns what `while` and `repeat` share under the budget: giving back what an iteration made and its
// state no longer reaches, dropping the state's history once it outgrows a loop's share of the
// memory budget, and saying which loop and iteration a spent budget stopped.

import { isBudgetStop, loopIteration, loopRemeasure, loopStart } from '../../engine/budget';
import { type CellError, cellError } from '../../engine/errors';
import { dropHistory } from '../../engine/loop-history';
import { limits } from '../../engine/limits';
import { nextSerial } from '../../engine/tensor';
import type { CellValue } from '../../engine/value';
import { runtime } from '../runtime';

/** What a loop nobody differentiates may hold of history (8 MiB: a scalar loop's 20,000 iterations). */
const UNDIFFERENTIATED_SHARE = 2 ** 20;

export class LoopKeeper {
  private readonly loop = loopStart();
  private iterations = 0;
  private iterationMark = nextSerial();
  /** Whether a gradient may be taken through the loop; null until the history grows enough to ask. */
  private differentiated: boolean | null = null;

  constructor(private readonly name: string) {}

  /** After an iteration made `state`: the state to carry on with (its history dropped when too large). */
  next(state: CellValue): CellValue {
    this.iterations++;
    const loop = this.loop;
    let out = state;
    if (loop !== null && loopIteration(loop, state, this.iterationMark, this.share()) && !this.mayKeepMore()) {
      out = dropHistory(state, loop.mark, this.name, this.iterations);
      loopRemeasure(loop, out);
      runtime().historyDropped();
    }
    this.iterationMark = nextSerial();
    return out;
  }

  /**
   * How much of the memory budget the loop's history may hold: a quarter when a gradient may be taken
   * through it, and little otherwise (a long history nobody differentiates only costs time to collect).
   */
  private share(): number {
    return this.differentiated === true ? limits.maxMemory / 4 : Math.min(limits.maxMemory / 4, UNDIFFERENTIATED_SHARE);
  }

  /** Asked once, when the history first outgrows the small share: whether it may grow to the large one. */
  private mayKeepMore(): boolean {
    if (this.differentiated !== null) return false;
    this.differentiated = runtime().mayDifferentiate();
    return this.differentiated && UNDIFFERENTIATED_SHARE < limits.maxMemory / 4;
  }

  /** An error that ended the loop, with the loop and iteration named when a budget stopped it. */
  stopped(e: CellError): CellError {
    if (!isBudgetStop(e)) return e;
    return cellError(e.code, `${this.name}, iteration ${(this.iterations + 1).toLocaleString('en-US')}: ${e.message}`, e.origin);
  }
}
