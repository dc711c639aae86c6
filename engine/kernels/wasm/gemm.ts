// Owns the WebAssembly matrix product: compiling the kernel of gemm.wat once per thread, its memory,
// the cache-blocking loops around the kernel's packing and macro-kernel, and copying blocks in and out.

import { gemmRelaxedSimd, gemmSimd128 } from './gemm.wasm';

/** The kernel's register tile is 4×4 and its panels are 4 wide (gemm.wat). */
const PANEL = 4;
// Cache blocking, chosen by measurement on a Xeon with 48 KB L1 and 2 MB L2 per core: a kc×4 panel of
// B̃ (8 KB) stays in L1 while Ã's mc×kc block (192 KB) and B̃'s kc×nc block (1 MB) sit in L2. Between
// kc 128–512 and mc 48–192 the kernel runs within 5% at n = 256–1536; nc = 2048 (B̃ in L3) was 3–10% slower.
const KC = 256;
const MC = 96;
const NC = 512;
/** C is computed in bands of rows of at most this many elements (8 MB) before being copied out. */
const C_BUDGET = 1 << 20;

// Memory layout in float64 elements: packed Ã, packed B̃, the staging area blocks are copied into
// before being packed (as large as the larger of the two), then the band of C. It is all reserved at
// instantiation (11 MB; pages never touched take no physical memory), so no call has to grow it.
const A_AT = 0;
const B_AT = A_AT + MC * KC;
const STAGE_AT = B_AT + KC * NC;
const C_AT = STAGE_AT + KC * NC;
const MEMORY_BYTES = (C_AT + C_BUDGET) * 8;
const PAGE = 65536;

/** The slice of the WebAssembly JS API used here (TypeScript declares it only in the DOM libs). */
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => unknown;
  Instance: new (module: unknown, imports: object) => { exports: unknown };
}

/** gemm.wat's exports; addresses are in bytes. */
interface KernelExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  /** C[mc×nc] = (or, when `accumulate` is 1, +=) Ã[mc×kc]·B̃[kc×nc]. */
  block(mc: number, nc: number, kc: number, a: number, b: number, c: number, ldc: number, accumulate: number): void;
  /** Packs `lines` lines (`across` elements apart) of `length` values (`along` apart) into panels of 4 lines. */
  pack(src: number, across: number, along: number, lines: number, length: number, dst: number): void;
}

export type GemmVariant = 'relaxed-simd' | 'simd128';

/** A compiled kernel with its own memory, reused by every call (one per thread). */
export interface Gemm {
  readonly variant: GemmVariant;
  /**
   * out[co…] (n×m, row-major) = A·B, where A is n×k at `ao` in `a` (stored k×n when `aT`, i.e. the
   * operand is its transpose) and B is k×m at `bo` in `b` (stored m×k when `bT`). Needs k ≥ 1.
   */
  multiply(
    a: Float64Array,
    ao: number,
    aT: boolean,
    b: Float64Array,
    bo: number,
    bT: boolean,
    out: Float64Array,
    co: number,
    n: number,
    k: number,
    m: number,
  ): void;
}

const roundUp = (x: number, to: number): number => Math.ceil(x / to) * to;

/**
 * Compiles and instantiates one variant of the kernel, synchronously (fine in a worker and in Node), or
 * null when this runtime rejects it or anything else fails: the caller then multiplies in JS.
 */
export function makeGemm(variant: GemmVariant): Gemm | null {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  const bytes = variant === 'relaxed-simd' ? gemmRelaxedSimd : gemmSimd128;
  try {
    if (!api?.validate(bytes)) return null;
    const exports = new api.Instance(new api.Module(bytes), {}).exports as KernelExports;
    exports.memory.grow(Math.ceil((MEMORY_BYTES - exports.memory.buffer.byteLength) / PAGE));
    return kernel(variant, exports);
  } catch {
    return null;
  }
}

let best: Gemm | null | undefined;

/** The fastest kernel this runtime accepts, compiled on first use; null when it accepts neither. */
export function gemm(): Gemm | null {
  if (best === undefined) best = makeGemm('relaxed-simd') ?? makeGemm('simd128');
  return best;
}

function kernel(variant: GemmVariant, { memory, block, pack }: KernelExports): Gemm {
  const mem = new Float64Array(memory.buffer);

  /**
   * Copies a block of `lines` lines of `length` values each into the staging area, as the rectangle it
   * is in storage (from `at`, stored rows `stride` apart), then packs it into panels at `dst`. The lines
   * are stored rows when `rows`, stored columns otherwise: Ã's lines are A's rows, B̃'s are B's columns.
   */
  const packLines = (src: Float64Array, at: number, stride: number, rows: boolean, lines: number, length: number, dst: number): void => {
    if (rows) {
      copyRect(src, at, stride, mem, STAGE_AT, length, lines, length);
      pack(STAGE_AT * 8, length, 1, lines, length, dst * 8);
    } else {
      copyRect(src, at, stride, mem, STAGE_AT, lines, length, lines);
      pack(STAGE_AT * 8, 1, lines, lines, length, dst * 8);
    }
  };

  return {
    variant,
    multiply(a, ao, aT, b, bo, bT, out, co, n, k, m) {
      // Storage is row-major: A is n×k (k×n when transposed), B is k×m (m×k when transposed).
      for (let j0 = 0; j0 < m; j0 += NC) {
        const nc = Math.min(NC, m - j0);
        const ldc = roundUp(nc, PANEL);
        const band = Math.max(MC, Math.floor(C_BUDGET / ldc / MC) * MC);
        for (let i0 = 0; i0 < n; i0 += band) {
          const nb = Math.min(band, n - i0);
          for (let p0 = 0; p0 < k; p0 += KC) {
            const kc = Math.min(KC, k - p0);
            packLines(b, bT ? bo + j0 * k + p0 : bo + p0 * m + j0, bT ? k : m, bT, nc, kc, B_AT);
            for (let i = i0; i < i0 + nb; i += MC) {
              const mc = Math.min(MC, i0 + nb - i);
              packLines(a, aT ? ao + p0 * n + i : ao + i * k + p0, aT ? n : k, !aT, mc, kc, A_AT);
              block(roundUp(mc, PANEL), ldc, kc, A_AT * 8, B_AT * 8, (C_AT + (i - i0) * ldc) * 8, ldc, p0 > 0 ? 1 : 0);
            }
          }
          copyRect(mem, C_AT, ldc, out, co + i0 * m + j0, m, nb, nc);
        }
      }
    },
  };
}

/**
 * Copies a rows×cols rectangle: row r starts at from + r·fromStride in `src` and goes to
 * to + r·toStride in `dst`. Contiguous on both sides: one copy; short rows: a loop, not a view per row.
 */
function copyRect(
  src: Float64Array,
  from: number,
  fromStride: number,
  dst: Float64Array,
  to: number,
  toStride: number,
  rows: number,
  cols: number,
): void {
  if (fromStride === cols && toStride === cols) {
    dst.set(src.subarray(from, from + rows * cols), to);
  } else if (cols < 16) {
    for (let r = 0; r < rows; r++, from += fromStride, to += toStride) for (let c = 0; c < cols; c++) dst[to + c] = src[from + c];
  } else {
    for (let r = 0; r < rows; r++, from += fromStride, to += toStride) dst.set(src.subarray(from, from + cols), to);
  }
}
