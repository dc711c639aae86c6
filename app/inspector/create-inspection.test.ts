import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import type { InspectInfo } from '../../formula/inspect';
import type { CellView } from '../worker/cell-view';
import { createInspection } from './create-inspection';

// Node resolves solid-js to its server build, where effects never run: use the browser build here.
vi.mock('solid-js', () => import('solid-js/dist/solid.js' as string));

const answer = (label: string, repr: string): InspectInfo => ({
  label,
  input: '',
  json: { kind: 'empty' },
  repr,
  graph: [],
  truncated: false,
  history: null,
  backward: null,
  accumulation: null,
  precedents: [],
  dependents: [],
});

/** A fake engine whose answers the test releases one by one, in any order. */
function fakeEngine() {
  const asked: { label: string; resolve: (i: InspectInfo | null) => void }[] = [];
  return {
    asked,
    inspect: (label: string) => new Promise<InspectInfo | null>((resolve) => asked.push({ label, resolve })),
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('createInspection', () => {
  it('asks again when the selection moves or the cell gets a new value, and keeps only the latest answer', async () => {
    const engine = fakeEngine();
    const [label, setLabel] = createSignal('Sheet1!A1');
    const [a1, setA1] = createSignal<CellView>({ kind: 'tensor', text: '1' });
    const [c3, setC3] = createSignal<CellView | undefined>(undefined);
    const values = (l: string) => (l === 'Sheet1!A1' ? a1() : l === 'Sheet1!C3' ? c3() : undefined);
    const [tick, setTick] = createSignal(0);
    const { info, dispose } = createRoot((dispose) => {
      const ins = createInspection({ label, view: values, tick, inspect: engine.inspect });
      return { info: ins.info, dispose };
    });
    await settle();
    expect(engine.asked.map((a) => a.label)).toEqual(['Sheet1!A1']);

    setA1({ kind: 'tensor', text: '2' }); // a new value for the inspected cell
    await settle();
    setLabel('Sheet1!B2'); // then the selection moves
    await settle();
    expect(engine.asked.map((a) => a.label)).toEqual(['Sheet1!A1', 'Sheet1!A1', 'Sheet1!B2']);

    setC3({ kind: 'text', text: 'elsewhere' }); // another cell: no new question
    await settle();
    expect(engine.asked.length).toBe(3);
    setTick(1); // the worker answered an edit: the value may have changed past what the view shows
    await settle();
    expect(engine.asked.length).toBe(4);

    engine.asked[3].resolve(answer('Sheet1!B2', 'latest'));
    engine.asked[0].resolve(answer('Sheet1!A1', 'stale'));
    await settle();
    expect(info()?.repr).toBe('latest');
    dispose();
  });
});
