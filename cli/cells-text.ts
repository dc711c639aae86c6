// Owns writing `gradsheet eval`'s JSON as text in chunks: exactly what JSON.stringify({ cells }, null, 2)
// writes, with each tensor's numbers written straight from its data (no nested arrays of JS values).

import { type Tensor, isTensor } from '../engine/tensor';
import type { CellValue } from '../engine/value';
import { cellJSON, cellJSONWith, checkPrintable, jsonNumber, unprintableJSON } from '../formula/cell-json';

/** About how much text is handed to `out` at a time. */
const CHUNK = 1 << 20;

/**
 * Collects text and hands it to `out` in pieces of whole lines (a piece never ends in its newline:
 * `out` adds one, as the command line's `io.out` does), so the whole text is never one string.
 */
class LineSink {
  private buf = '';
  constructor(private readonly out: (text: string) => void) {}
  text(s: string): void {
    this.buf += s;
  }
  newline(): void {
    if (this.buf.length >= CHUNK) {
      this.out(this.buf);
      this.buf = '';
    } else this.buf += '\n';
  }
  end(): void {
    this.out(this.buf);
    this.buf = '';
  }
}

/** JSON.stringify(jsonNumber(x)), without a call to JSON.stringify per element (finite numbers print as String does). */
const numberText = (x: number): string => {
  if (x === 0) return '0';
  return Number.isFinite(x) ? String(x) : `"${jsonNumber(x)}"`;
};

/** How many elements of a row are joined into one string at a time. */
const PIECE = 1 << 14;

/**
 * A tensor's nested value as JSON.stringify(value, null, 2) writes it, `depth` indent levels in: an
 * odometer over the indices opens and closes brackets, with no recursion and no arrays of numbers;
 * each row is joined in pieces, so the text is made of few large strings.
 */
function writeTensorValue(t: Tensor, depth: number, sink: LineSink): void {
  const { data } = t;
  const bool = t.dtype === 'bool';
  let last = NaN;
  let lastText = '"NaN"';
  // Consecutive equal elements (zeros, ones, a fill) share one string.
  const element = (k: number): string => {
    const x = data[k];
    if (bool) return x !== 0 ? 'true' : 'false';
    if (x !== last) {
      last = x;
      lastText = numberText(x);
    }
    return lastText;
  };
  if (t.rank === 0) return sink.text(numberOrBool(t, 0));
  const zero = t.shape.indexOf(0);
  // An empty tensor prints as nested empty lists: the dims before the first zero, each innermost a `[]`.
  const dims = zero >= 0 ? t.shape.slice(0, zero) : t.shape;
  const leaf = zero >= 0 ? () => '[]' : element;
  if (dims.length === 0) return sink.text('[]');
  const rank = dims.length;
  const indent = Array.from({ length: rank + 1 }, (_, d) => ' '.repeat(2 * (depth + d)));
  const between = `,\n${indent[rank]}`;
  const row = dims[rank - 1];
  const parts: string[] = [];
  const at = new Array<number>(rank).fill(0);
  sink.text('[');
  for (let d = 1; d < rank; d++) {
    sink.newline();
    sink.text(`${indent[d]}[`);
  }
  for (let k = 0; ; k += row) {
    for (let j = 0; j < row; j += PIECE) {
      const m = Math.min(PIECE, row - j);
      parts.length = m;
      for (let i = 0; i < m; i++) parts[i] = leaf(k + j + i);
      sink.newline();
      sink.text(indent[rank] + parts.join(between) + (j + m < row ? ',' : ''));
    }
    let d = rank - 1;
    at[d] = row - 1;
    while (d >= 0 && ++at[d] === dims[d]) {
      at[d] = 0;
      sink.newline();
      sink.text(`${indent[d]}]`);
      d--;
    }
    if (d < 0) return;
    sink.text(',');
    for (let e = d + 1; e < rank; e++) {
      sink.newline();
      sink.text(`${indent[e]}[`);
    }
  }
}

const numberOrBool = (t: Tensor, k: number): string => (t.dtype === 'bool' ? (t.data[k] !== 0 ? 'true' : 'false') : numberText(t.data[k]));

/** A tensor's place in the JSON tree: written from its data when the writer reaches it. */
class TensorSlot {
  constructor(readonly tensor: Tensor) {}
}

type Node = TensorSlot | string | number | boolean | null | Node[] | { [key: string]: Node };

/** One open array or object: its entries and how far the writer has come. */
interface Frame {
  entries: [string | null, Node][];
  next: number;
  close: string;
  depth: number;
}

function framed(node: Node[] | { [key: string]: Node }, depth: number): Frame {
  if (Array.isArray(node)) return { entries: node.map((n) => [null, n]), next: 0, close: ']', depth };
  return { entries: Object.entries(node).filter(([, v]) => v !== undefined), next: 0, close: '}', depth };
}

/** Writes `root` as JSON.stringify(root, null, 2) does, iteratively, starting `depth` levels in. */
function writeNode(root: Node, depth: number, sink: LineSink): void {
  const stack: Frame[] = [];
  // Writes one value; an array or object with entries opens a frame instead.
  const value = (node: Node, at: number): void => {
    if (node instanceof TensorSlot) writeTensorValue(node.tensor, at, sink);
    else if (node === null || typeof node !== 'object') sink.text(JSON.stringify(node));
    else {
      const frame = framed(node, at);
      if (frame.entries.length === 0) sink.text(Array.isArray(node) ? '[]' : '{}');
      else {
        sink.text(Array.isArray(node) ? '[' : '{');
        stack.push(frame);
      }
    }
  };
  value(root, depth);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.next === frame.entries.length) {
      stack.pop();
      sink.newline();
      sink.text(' '.repeat(2 * frame.depth) + frame.close);
      continue;
    }
    const [key, node] = frame.entries[frame.next];
    if (frame.next++ > 0) sink.text(',');
    sink.newline();
    sink.text(' '.repeat(2 * (frame.depth + 1)) + (key === null ? '' : `${JSON.stringify(key)}: `));
    value(node, frame.depth + 1);
  }
}

/** One cell's JSON tree with its tensors left as slots; an unexpected failure prints as #LIMIT!, as `cellJSON` does. */
function cellNode(v: CellValue): Node {
  try {
    // Checked before any of the cell is written, so a failure prints as the cell's error, not half a cell.
    return cellJSONWith(v, (t) => {
      checkPrintable(t);
      return new TensorSlot(t);
    }) as unknown as Node;
  } catch (e) {
    return unprintableJSON(v, e);
  }
}

/** Up to this many elements a cell is one JSON.stringify: most cells of a large sheet are, and it is ten times faster. */
const SMALL_TENSOR = 64;

/** A small cell's text, `depth` levels in, as JSON.stringify writes it; null for a tuple or a large tensor. */
function smallCellText(v: CellValue, depth: number): string | null {
  if (v.kind === 'tuple' || (isTensor(v) && v.size > SMALL_TENSOR)) return null;
  if (isTensor(v) && v.rank === 0 && v.dtype !== 'bool' && !v.nonfinite && !v.note) return plainNumberText(v, depth);
  return JSON.stringify(cellJSON(v), null, 2).replaceAll('\n', `\n${' '.repeat(2 * depth)}`);
}

/** A one-number tensor's cellJSON text, written out directly: the commonest cell by far, and five times faster so. */
function plainNumberText(t: Tensor, depth: number): string {
  const inner = ' '.repeat(2 * depth + 2);
  return (
    `{\n${inner}"kind": "tensor",\n${inner}"shape": [],\n${inner}"value": ${numberText(t.data[0])},\n` +
    `${inner}"requires_grad": ${t.requiresGrad},\n${inner}"grad_fn": ${JSON.stringify(t.gradFn)}\n${' '.repeat(2 * depth)}}`
  );
}

/**
 * Writes `{ "cells": { ref: cellJSON, ... } }` exactly as JSON.stringify(…, null, 2) would, handing
 * `out` whole lines a chunk at a time. Peak memory is one cell's JSON tree without its numbers.
 */
export function writeCellsText(cells: Iterable<readonly [string, CellValue]>, out: (text: string) => void): void {
  const sink = new LineSink(out);
  let first = true;
  for (const [ref, v] of cells) {
    sink.text(first ? '{' : ',');
    if (first) {
      sink.newline();
      sink.text('  "cells": {');
    }
    first = false;
    sink.newline();
    sink.text(`    ${JSON.stringify(ref)}: `);
    const small = smallCellText(v, 2);
    if (small !== null) sink.text(small);
    else writeNode(cellNode(v), 2, sink);
  }
  if (first) {
    sink.text('{\n  "cells": {}\n}');
    return sink.end();
  }
  sink.newline();
  sink.text('  }');
  sink.newline();
  sink.text('}');
  sink.end();
}
