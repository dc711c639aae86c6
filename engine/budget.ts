// Owns the budget meter: what one cell's computation has spent (steps, wall time) and what the
// workbook's tensors hold in memory, checked before each allocation and each step, so a runaway
// formula ends as an error value with its memory given back instead of taking the tab down.
//
// Memory is counted in element-equivalents. A finished cell holds what its value reaches (its data
// and the history made while computing it); while a cell computes, every allocation is charged, and
// a loop gives back at each iteration what its new state no longer reaches. A loop whose state
// would hold more than a quarter of the budget drops that history (see loop-history.ts).

import { type CellError, cellError } from './errors';
import { limits } from './limits';
import { nextSerial } from './tensor';
import type { CellValue } from './value';

/** What a tensor costs beyond its data (its object, shape, history node and input list: about 400 bytes, measured). */
export const TENSOR_OVERHEAD = 48;

/** Steps between two reads of the clock. */
const CLOCK_EVERY = 1024;

/** The memory a workbook's finished cells hold; each workbook keeps its own. */
export class MemoryLedger {
  held = 0;
}

interface CellMeter {
  readonly ledger: MemoryLedger;
  /** Tensors born from here on were made by this computation. */
  readonly mark: number;
  /** Charged since the computation began, less what loops gave back. */
  inFlight: number;
  steps: number;
  readonly deadline: number;
  /** Once a step or time budget is spent, every later step fails the same way (the cell unwinds fast). */
  spent: CellError | null;
}

let meter: CellMeter | null = null;

const mib = (elements: number): string => `${Math.round((elements * 8) / 2 ** 20).toLocaleString('en-US')} MiB`;
const count = (n: number): string => n.toLocaleString('en-US');

/**
 * Runs one cell's computation, `body(arg)`, under the budget; returns its value and what the value
 * holds. (An argument rather than a closure: recalculation calls this per cell.)
 */
export function metered<T extends CellValue, A>(ledger: MemoryLedger, body: (arg: A) => T, arg: A): { value: T; cost: number } {
  const outer = meter;
  const mine: CellMeter = { ledger, mark: nextSerial(), inFlight: 0, steps: 0, deadline: Date.now() + limits.maxMillis, spent: null };
  meter = mine;
  try {
    const value = body(arg);
    return { value, cost: costSince(value, mine.mark) };
  } finally {
    meter = outer;
  }
}

/** Charges a tensor of `elements` about to be allocated; an error when the memory budget cannot hold it. */
export function chargeMemory(op: string, elements: number): CellError | null {
  const m = meter;
  if (m === null) return null;
  const cost = elements + TENSOR_OVERHEAD;
  if (m.ledger.held + m.inFlight + cost > limits.maxMemory) {
    return cellError(
      '#LIMIT!',
      `${op}: the workbook's tensors and their history would take more than the memory budget (${mib(limits.maxMemory)}) ` +
        `with ${count(elements)} more elements; this cell already holds ${mib(m.inFlight)}`,
    );
  }
  m.inFlight += cost;
  return null;
}

/** Gives back a charge whose allocation did not happen (an op that returned a view of its input). */
export function refundMemory(elements: number): void {
  if (meter !== null) meter.inFlight -= elements;
}

/** Counts one operation or function call; an error once the cell's step or time budget is spent. */
export function chargeStep(what: string): CellError | null {
  const m = meter;
  if (m === null) return null;
  if (m.spent !== null) return m.spent;
  const n = ++m.steps;
  if (n > limits.maxSteps) {
    m.spent = cellError(
      '#LOOP!',
      `${what}: stopped after ${count(limits.maxSteps)} operations and function calls (the step budget of one cell; loops inside loops count together)`,
    );
  } else if (n % CLOCK_EVERY === 0 && Date.now() > m.deadline) {
    m.spent = cellError('#LOOP!', `${what}: stopped after ${count(limits.maxMillis / 1000)} s (the time budget of one cell)`);
  }
  return m.spent;
}

/** Whether an error is a spent step or time budget (or a loop's note on one): loops name themselves in it. */
export const isBudgetStop = (e: CellError): boolean => e.code === '#LOOP!' && e.message.includes('budget of one cell');

/** Where a loop started: what the cell had charged then, and the first tensor it made. */
export interface LoopMark {
  readonly inFlight: number;
  readonly mark: number;
  /** What the loop's state holds, as last measured or estimated. */
  holds: number;
}

export function loopStart(): LoopMark | null {
  return meter === null ? null : { inFlight: meter.inFlight, mark: nextSerial(), holds: 0 };
}

/**
 * After an iteration made `state` from tensors born since `iterationMark`: charges what the state
 * reaches of them and gives back the rest. Returns whether the state holds more than `share`, what
 * the loop may keep (its history should then be dropped), or than half of what the budget has left.
 */
export function loopIteration(loop: LoopMark, state: CellValue, iterationMark: number, share: number): boolean {
  const m = meter;
  if (m === null) return false;
  loop.holds += costSince(state, iterationMark);
  m.inFlight = loop.inFlight + loop.holds;
  const room = Math.min(share, (limits.maxMemory - m.ledger.held - loop.inFlight) / 2);
  if (loop.holds <= room) return false;
  // The estimate only grows (a state may stop reaching older iterations): measure it exactly.
  loop.holds = costSince(state, loop.mark);
  m.inFlight = loop.inFlight + loop.holds;
  return loop.holds > room / 2;
}

/** Re-measures the loop's state after its history was dropped. */
export function loopRemeasure(loop: LoopMark, state: CellValue): void {
  if (meter === null) return;
  loop.holds = costSince(state, loop.mark);
  meter.inFlight = loop.inFlight + loop.holds;
}

let walk = 0;

const walkStack: CellValue[] = [];

/** A fresh stamp for a walk that marks the tensors it visited (`Tensor.walked`). */
export const newWalk = (): number => ++walk;

/**
 * What `value` holds of the tensors born since `mark`: each such tensor's overhead, its data unless
 * it is a view of an input's and, through its history, every such tensor it was computed from. Older
 * tensors are someone else's (another cell's value, a loop's input) and are not walked.
 */
export function costSince(value: CellValue, mark: number): number {
  if (value.kind === 'tensor') {
    if (value.born < mark) return 0;
    if (value.node === null) return value.size + TENSOR_OVERHEAD;
  } else if (value.kind !== 'tuple') return 0;
  const id = newWalk();
  let total = 0;
  // One stack for every walk (a walk calls nothing that walks): most cells' values are a few tensors.
  const stack = walkStack;
  stack.length = 0;
  stack.push(value);
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (v.kind === 'tuple') {
      for (const item of v.items) stack.push(item);
      continue;
    }
    if (v.kind !== 'tensor' || v.born < mark || v.walked === id) continue;
    v.walked = id;
    total += TENSOR_OVERHEAD;
    const inputs = v.node?.inputs;
    if (inputs === undefined) {
      total += v.size;
      continue;
    }
    let view = false;
    for (const t of inputs) {
      if (t.data === v.data) view = true;
      stack.push(t);
    }
    if (!view) total += v.size;
    if (v.node!.shown) for (const t of v.node!.shown) stack.push(t);
  }
  return total;
}

/** Describes a memory figure for messages. */
export const describeMemory = mib;
