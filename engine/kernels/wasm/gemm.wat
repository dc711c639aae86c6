;; Owns the float64 matrix-multiply kernel: packing blocks of the operands and C (+)= Ã·B̃ over them,
;; in the GotoBLAS/BLIS structure. engine/kernels/wasm/gemm.ts copies operand blocks in, drives the cache
;; blocking and copies C out.
;;
;; Packed layouts (all float64; packing pads partial panels with zeros, so the microkernel has no edge
;; cases: padding only ever reaches C's padding, which is not copied out, and being zeros rather than
;; stale values it cannot bring slow subnormal arithmetic into the loop):
;;   Ã  mc×kc as mc/4 panels, each kc columns of 4 consecutive rows    (32 bytes per column)
;;   B̃  kc×nc as nc/4 panels, each kc rows of 4 consecutive columns    (32 bytes per row)
;;   C  row-major with a row stride of ldc elements, mc×nc of it written.
;;
;; scripts/gen-wasm.mjs assembles this file twice: as written, with the fused f64x2.relaxed_madd
;; (relaxed SIMD), and with each relaxed_madd rewritten to f64x2.mul then f64x2.add (plain SIMD128).
(module
  (memory (export "memory") 1)

  ;; The register-blocked microkernel: one 4×4 tile of C from a 4×kc panel of Ã and a kc×4 panel of B̃.
  ;; The tile lives in 8 v128 accumulators, $cR0 holding C[R][0..1] and $cR1 holding C[R][2..3]. Each
  ;; step of k loads one row of B̃ (two vectors) and broadcasts the column's four A values, then does 8
  ;; multiply-adds. V8 hoists the six loads to the top of the step, so 8 + 6 vectors are live: within
  ;; the 15 xmm registers it allocates on x64. In-cache blocks on a Xeon, relaxed_madd / mul+add:
  ;; 4×4 runs at 20 / 17 GFLOP/s in Node 20 (V8 11.3) and 19 / 17 in Chromium 156; 6×4 (12
  ;; accumulators) runs at 23 / 17 in Chromium but spills in Node 20 and falls to 14 / 12, as 4×6 and
  ;; unrolling k twice do. 4×4 is the tile that is fast in both.
  ;; $accumulate = 0 stores the tile over C (the first block of k); otherwise adds it to C.
  (func $tile (param $kc i32) (param $a i32) (param $b i32) (param $c i32) (param $ldc i32) (param $accumulate i32)
    (local $end i32) (local $row i32)
    (local $b0 v128) (local $b1 v128) (local $x v128)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (local.set $end (i32.add (local.get $b) (i32.shl (local.get $kc) (i32.const 5))))
    (loop $k
      (local.set $b0 (v128.load (local.get $b)))
      (local.set $b1 (v128.load offset=16 (local.get $b)))
      (local.set $x (v128.load64_splat (local.get $a)))
      (local.set $c00 (f64x2.relaxed_madd (local.get $x) (local.get $b0) (local.get $c00)))
      (local.set $c01 (f64x2.relaxed_madd (local.get $x) (local.get $b1) (local.get $c01)))
      (local.set $x (v128.load64_splat offset=8 (local.get $a)))
      (local.set $c10 (f64x2.relaxed_madd (local.get $x) (local.get $b0) (local.get $c10)))
      (local.set $c11 (f64x2.relaxed_madd (local.get $x) (local.get $b1) (local.get $c11)))
      (local.set $x (v128.load64_splat offset=16 (local.get $a)))
      (local.set $c20 (f64x2.relaxed_madd (local.get $x) (local.get $b0) (local.get $c20)))
      (local.set $c21 (f64x2.relaxed_madd (local.get $x) (local.get $b1) (local.get $c21)))
      (local.set $x (v128.load64_splat offset=24 (local.get $a)))
      (local.set $c30 (f64x2.relaxed_madd (local.get $x) (local.get $b0) (local.get $c30)))
      (local.set $c31 (f64x2.relaxed_madd (local.get $x) (local.get $b1) (local.get $c31)))
      (local.set $a (i32.add (local.get $a) (i32.const 32)))
      (local.set $b (i32.add (local.get $b) (i32.const 32)))
      (br_if $k (i32.lt_u (local.get $b) (local.get $end))))
    ;; Rows of C are $row bytes apart. Stores are written out rather than called: a call after the
    ;; loop would keep the accumulators alive across it, and V8 then spills them inside the loop.
    (local.set $row (i32.shl (local.get $ldc) (i32.const 3)))
    (if (local.get $accumulate)
      (then
        (local.set $c00 (f64x2.add (local.get $c00) (v128.load (local.get $c))))
        (local.set $c01 (f64x2.add (local.get $c01) (v128.load offset=16 (local.get $c))))
        (local.set $c10 (f64x2.add (local.get $c10) (v128.load (i32.add (local.get $c) (local.get $row)))))
        (local.set $c11 (f64x2.add (local.get $c11) (v128.load offset=16 (i32.add (local.get $c) (local.get $row)))))
        (local.set $c20 (f64x2.add (local.get $c20) (v128.load (i32.add (local.get $c) (i32.mul (local.get $row) (i32.const 2))))))
        (local.set $c21 (f64x2.add (local.get $c21) (v128.load offset=16 (i32.add (local.get $c) (i32.mul (local.get $row) (i32.const 2))))))
        (local.set $c30 (f64x2.add (local.get $c30) (v128.load (i32.add (local.get $c) (i32.mul (local.get $row) (i32.const 3))))))
        (local.set $c31 (f64x2.add (local.get $c31) (v128.load offset=16 (i32.add (local.get $c) (i32.mul (local.get $row) (i32.const 3))))))))
    (v128.store (local.get $c) (local.get $c00))
    (v128.store offset=16 (local.get $c) (local.get $c01))
    (v128.store (i32.add (local.get $c) (local.get $row)) (local.get $c10))
    (v128.store offset=16 (i32.add (local.get $c) (local.get $row)) (local.get $c11))
    (v128.store (i32.add (local.get $c) (i32.mul (local.get $row) (i32.const 2))) (local.get $c20))
    (v128.store offset=16 (i32.add (local.get $c) (i32.mul (local.get $row) (i32.const 2))) (local.get $c21))
    (v128.store (i32.add (local.get $c) (i32.mul (local.get $row) (i32.const 3))) (local.get $c30))
    (v128.store offset=16 (i32.add (local.get $c) (i32.mul (local.get $row) (i32.const 3))) (local.get $c31)))

  ;; The macro-kernel: C[mc×nc] (+)= Ã[mc×kc]·B̃[kc×nc], tile by tile. The outer loop walks B̃'s panels
  ;; so one 4-column panel (kc×4, 8 KB at kc = 256) stays in L1 while all of Ã's panels stream past it
  ;; from L2. mc and nc are multiples of 4; addresses are byte offsets.
  (func (export "block") (param $mc i32) (param $nc i32) (param $kc i32) (param $a i32) (param $b i32) (param $c i32) (param $ldc i32) (param $accumulate i32)
    (local $j i32) (local $i i32) (local $aPanel i32) (local $cTile i32)
    (local.set $aPanel (i32.shl (local.get $kc) (i32.const 5)))
    (loop $cols
      (local.set $i (i32.const 0))
      (local.set $cTile (i32.add (local.get $c) (i32.shl (local.get $j) (i32.const 3))))
      (loop $rows
        (call $tile (local.get $kc) (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $aPanel))) (local.get $b)
          (local.get $cTile) (local.get $ldc) (local.get $accumulate))
        (local.set $cTile (i32.add (local.get $cTile) (i32.shl (local.get $ldc) (i32.const 5))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $rows (i32.lt_u (i32.shl (local.get $i) (i32.const 2)) (local.get $mc))))
      (local.set $b (i32.add (local.get $b) (i32.shl (local.get $kc) (i32.const 5))))
      (local.set $j (i32.add (local.get $j) (i32.const 4)))
      (br_if $cols (i32.lt_u (local.get $j) (local.get $nc)))))

  ;; Packs $lines lines of a matrix into panels of 4 lines: each panel stores, for each of $length
  ;; positions along the lines, the 4 lines' values there (32 bytes); a last partial panel is padded
  ;; with zeros. Lines are $across elements apart and positions $along. Ã is rows packed by columns
  ;; (across = row stride), B̃ columns packed by rows (across = column stride).
  (func (export "pack") (param $src i32) (param $across i32) (param $along i32) (param $lines i32) (param $length i32) (param $dst i32)
    (local $line i32) (local $at i32) (local $end i32) (local $l i32)
    (local.set $across (i32.shl (local.get $across) (i32.const 3)))
    (local.set $along (i32.shl (local.get $along) (i32.const 3)))
    (loop $panels
      (local.set $at (local.get $src))
      (local.set $end (i32.add (local.get $dst) (i32.shl (local.get $length) (i32.const 5))))
      (if (i32.ge_u (i32.sub (local.get $lines) (local.get $line)) (i32.const 4))
        (then
          (loop $full
            (f64.store (local.get $dst) (f64.load (local.get $at)))
            (f64.store offset=8 (local.get $dst) (f64.load (i32.add (local.get $at) (local.get $across))))
            (f64.store offset=16 (local.get $dst) (f64.load (i32.add (local.get $at) (i32.shl (local.get $across) (i32.const 1)))))
            (f64.store offset=24 (local.get $dst) (f64.load (i32.add (local.get $at) (i32.mul (local.get $across) (i32.const 3)))))
            (local.set $at (i32.add (local.get $at) (local.get $along)))
            (local.set $dst (i32.add (local.get $dst) (i32.const 32)))
            (br_if $full (i32.lt_u (local.get $dst) (local.get $end)))))
        (else
          (loop $partial
            (v128.store (local.get $dst) (v128.const i64x2 0 0))
            (v128.store offset=16 (local.get $dst) (v128.const i64x2 0 0))
            (local.set $l (i32.const 0))
            (loop $values
              (f64.store (i32.add (local.get $dst) (i32.shl (local.get $l) (i32.const 3)))
                (f64.load (i32.add (local.get $at) (i32.mul (local.get $l) (local.get $across)))))
              (local.set $l (i32.add (local.get $l) (i32.const 1)))
              (br_if $values (i32.lt_u (i32.add (local.get $line) (local.get $l)) (local.get $lines))))
            (local.set $at (i32.add (local.get $at) (local.get $along)))
            (local.set $dst (i32.add (local.get $dst) (i32.const 32)))
            (br_if $partial (i32.lt_u (local.get $dst) (local.get $end))))))
      (local.set $src (i32.add (local.get $src) (i32.shl (local.get $across) (i32.const 2))))
      (local.set $line (i32.add (local.get $line) (i32.const 4)))
      (br_if $panels (i32.lt_u (local.get $line) (local.get $lines)))))
)
