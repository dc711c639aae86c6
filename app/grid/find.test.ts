import { describe, expect, it } from 'vitest';
import type { WorkbookFile } from '../state/document';
import { findMatches, nextMatch, replaceAllEdits, replaceInInput } from './find';

const doc: WorkbookFile = {
  format: 'gradsheet',
  version: 1,
  seed: 0,
  names: {},
  charts: [],
  sheets: [
    {
      name: 'One',
      cells: { B2: 'Loss here', A1: '=mse_loss(A2, A3)', A3: '3', C1: { input: 'LOSS', slider: { min: 0, max: 1, step: 0.1 } } as never },
    },
    { name: 'Two', cells: { A1: '=One!A1 * 2', B1: 'nothing' } },
  ],
};
const shown: Record<string, string> = { 'One!A1': '0.25', 'Two!A1': '0.5', 'One!A3': '3' };
const labels = (q: string) => findMatches(doc, (l) => shown[l], q).map((m) => m.label);
const sheetIndex = (name: string) => doc.sheets.findIndex((s) => s.name === name);

describe('findMatches', () => {
  it('finds text in inputs across sheets, ignoring case, in sheet then row order', () => {
    expect(labels('loss')).toEqual(['One!A1', 'One!C1', 'One!B2']);
  });
  it('finds shown values too, and says whether the input holds the text', () => {
    const m = findMatches(doc, (l) => shown[l], '0.5');
    expect(m.map((x) => [x.label, x.inInput])).toEqual([['Two!A1', false]]);
    expect(labels('one!')).toEqual(['Two!A1']);
  });
  it('finds nothing for an empty search or text that is nowhere', () => {
    expect(labels('')).toEqual([]);
    expect(labels('zebra')).toEqual([]);
  });
});

describe('nextMatch', () => {
  const matches = findMatches(doc, (l) => shown[l], 'o');
  const from = (sheet: number, col: number, row: number) => ({ sheet, address: { col, row } });
  it('goes to the match after a place, wrapping at the end', () => {
    expect(matches.map((m) => m.label)).toEqual(['One!A1', 'One!C1', 'One!B2', 'Two!A1', 'Two!B1']);
    expect(nextMatch(matches, sheetIndex, from(0, 0, 0), 1)).toBe(1);
    expect(nextMatch(matches, sheetIndex, from(1, 0, 0), 1)).toBe(4);
    expect(nextMatch(matches, sheetIndex, from(1, 1, 0), 1)).toBe(0);
  });
  it('goes back with -1, wrapping at the start', () => {
    expect(nextMatch(matches, sheetIndex, from(1, 0, 0), -1)).toBe(2);
    expect(nextMatch(matches, sheetIndex, from(0, 0, 0), -1)).toBe(4);
  });
  it('counts the place itself when a search starts there', () => {
    expect(nextMatch(matches, sheetIndex, from(0, 0, 0), 1, true)).toBe(0);
    expect(nextMatch(matches, sheetIndex, from(0, 5, 5), 1, true)).toBe(3);
    expect(nextMatch([], sheetIndex, from(0, 0, 0), 1)).toBe(-1);
  });
});

describe('replace', () => {
  it('replaces every occurrence in any case, taking the replacement literally', () => {
    expect(replaceInInput('Loss and LOSS', 'loss', 'cost')).toBe('cost and cost');
    expect(replaceInInput('a.b', '.', '$&')).toBe('a$&b');
    expect(replaceInInput('abc', '', 'x')).toBe('abc');
  });
  it('replace all edits only inputs that hold the text, on every sheet', () => {
    expect(replaceAllEdits(doc, 'one!', 'Uno!')).toEqual([['Two!A1', '=Uno!A1 * 2']]);
    expect(replaceAllEdits(doc, 'One!', 'One!')).toEqual([]);
    expect(replaceAllEdits(doc, 'loss', 'cost')).toEqual([
      ['One!A1', '=mse_cost(A2, A3)'],
      ['One!C1', 'cost'],
      ['One!B2', 'cost here'],
    ]);
  });
});
