/** Each finding is shown once, by the control closest to its place. */
import { describe, expect, it } from 'vitest';
import { AnchorStore } from '../../builder-ui/src/builder/findings/anchor-store';

describe('AnchorStore', () => {
  it('gives a finding to the control at the longest prefix of its anchor, by whole tokens', () => {
    const store = new AnchorStore();
    store.set('list', '/fees', 1);
    store.set('line', '/fees/1', 0);
    store.set('amount', '/fees/1/amount/amount', 1);
    expect(store.ownerOf('/fees/1/amount/amount')).toBe('amount');
    expect(store.ownerOf('/fees/1/when/properties/x')).toBe('line');
    expect(store.ownerOf('/fees/10/id')).toBe('list');
    expect(store.ownerOf('/steps/0')).toBeUndefined();
  });

  it('prefers the strong control at one place, then the first registered', () => {
    const store = new AnchorStore();
    store.set('switch', '/fees/0/cap', 0);
    store.set('box', '/fees/0/cap', 1);
    store.set('other box', '/fees/0/cap', 1);
    expect(store.ownerOf('/fees/0/cap')).toBe('box');
    store.delete('box');
    expect(store.ownerOf('/fees/0/cap')).toBe('other box');
    store.delete('other box');
    expect(store.ownerOf('/fees/0/cap')).toBe('switch');
  });

  it('hands each control its own findings, and none to a control that owns none', () => {
    const store = new AnchorStore<{ anchor: string; code: string }>();
    store.set('amount', '/fees/0/amount/amount', 1);
    store.set('line', '/fees/0', 0);
    store.setFindings([
      { anchor: '/fees/0/amount/amount', code: 'a' },
      { anchor: '/fees/0/when', code: 'b' },
      { anchor: '/steps/1', code: 'c' },
    ]);
    expect(store.findingsOf('amount').map((f) => f.code)).toEqual(['a']);
    expect(store.findingsOf('line').map((f) => f.code)).toEqual(['b']);
    expect(store.findingsOf('nobody')).toEqual([]);
    // A control that leaves takes nothing with it: its findings go to the closest one left.
    store.delete('amount');
    expect(store.findingsOf('line').map((f) => f.code)).toEqual(['a', 'b']);
  });

  it('tells its subscribers once per batch of changes', async () => {
    const store = new AnchorStore();
    let calls = 0;
    store.subscribe(() => calls++);
    const before = store.getVersion();
    for (let i = 0; i < 50; i++) store.set(`c${i}`, `/steps/${i}`, 1);
    expect(store.getVersion()).toBeGreaterThan(before);
    await Promise.resolve();
    expect(calls).toBe(1);
  });
});
