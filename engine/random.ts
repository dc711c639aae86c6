// Owns reproducible randomness: a small seeded generator (sfc32) and the seed of a cell's stream.

/** A 32-bit FNV-1a hash of text, to mix a cell's address into its seed. */
export function hashText(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A generator of uniform doubles in [0, 1) with 53 random bits, from the seeds given. */
export function makeRandom(...seeds: number[]): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = 1;
  for (const s of seeds) {
    a ^= s | 0;
    b ^= Math.imul(s | 0, 0x85ebca6b);
    c ^= (s | 0) >>> 3;
  }
  const next32 = (): number => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 15; i++) next32();
  return () => (next32() * 2 ** 21 + (next32() >>> 11)) / 2 ** 53;
}
