// Owns "did you mean": the known words nearest to a misspelt one, by edit distance (adjacent
// transpositions count as one edit, as in `lienar` for `linear`).

/** Edits between a and b (insert, delete, substitute, swap two neighbours), or more than `max` as max + 1. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

/** How far a word of this length may be from a suggestion: one edit for short words, two from five letters. */
const tolerance = (length: number): number => (length <= 2 ? 0 : length <= 4 ? 1 : 2);

/** Up to three known words nearest to `word` (case-insensitively), nearest first, then alphabetically. */
export function nearestWords(word: string, known: Iterable<string>): string[] {
  const key = word.toLowerCase();
  const max = tolerance(key.length);
  const found: { word: string; d: number }[] = [];
  const seen = new Set<string>();
  for (const k of known) {
    const lower = k.toLowerCase();
    if (lower === key || seen.has(lower)) continue;
    seen.add(lower);
    const d = editDistance(key, lower, max);
    if (d <= max) found.push({ word: k, d });
  }
  found.sort((x, y) => x.d - y.d || x.word.toLowerCase().localeCompare(y.word.toLowerCase()));
  return found.slice(0, 3).map((f) => f.word);
}
