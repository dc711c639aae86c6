import { describe, expect, it } from 'vitest';
import { makeFocusReturn } from './focus';

/** A stand-in for an element: records being focused, and leaves the page when told. */
const element = (name: string, log: string[]) => ({ name, isConnected: true, focus: () => void log.push(name) });
const settle = () => new Promise<void>((r) => queueMicrotask(r));

describe('makeFocusReturn', () => {
  it('focuses the opener again once focus has dropped to the body', async () => {
    const log: string[] = [];
    const body = element('body', log);
    const opener = element('opener', log);
    const doc = { activeElement: opener as unknown, body };
    const restore = makeFocusReturn(doc);
    doc.activeElement = body;
    restore();
    await settle();
    expect(log).toEqual(['opener']);
  });

  it('leaves focus alone when it has moved somewhere on purpose', async () => {
    const log: string[] = [];
    const body = element('body', log);
    const doc = { activeElement: element('opener', log) as unknown, body };
    const restore = makeFocusReturn(doc);
    doc.activeElement = element('grid', log);
    restore();
    await settle();
    expect(log).toEqual([]);
  });

  it('uses the fallback when the opener has left the page', async () => {
    const log: string[] = [];
    const body = element('body', log);
    const opener = element('opener', log);
    const doc = { activeElement: opener as unknown, body };
    const restore = makeFocusReturn(doc, () => element('panel', log));
    opener.isConnected = false;
    doc.activeElement = null;
    restore();
    await settle();
    expect(log).toEqual(['panel']);
  });

  it('does nothing when nothing had focus and there is no fallback', async () => {
    const log: string[] = [];
    const body = element('body', log);
    const doc = { activeElement: body as unknown, body };
    const restore = makeFocusReturn(doc);
    restore();
    await settle();
    expect(log).toEqual([]);
  });
});
