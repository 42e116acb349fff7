import { describe, expect, it, vi } from 'vitest';

const exposed = vi.hoisted(() => ({ worlds: [] as [string, unknown][] }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: vi.fn((key: string, value: unknown) => exposed.worlds.push([key, value])) },
  ipcRenderer: { invoke: vi.fn(async (channel: string, args: unknown) => ({ channel, args })), on: vi.fn(), removeListener: vi.fn() },
}));

import { ipcRenderer } from 'electron';
import { CHANNELS, contract, type Bridge, type MenuAction } from '../shared/api/contract';
import './preload';

const bridge = () => exposed.worlds[0][1] as Bridge;

describe('preload', () => {
  it('exposes exactly one object, window.touchstone', () => {
    expect(exposed.worlds.map((w) => w[0])).toEqual(['touchstone']);
    expect(Object.keys(bridge()).sort()).toEqual(['api', 'onMenuAction', 'onOpenRequest']);
  });

  it('knows every channel of the contract', () => {
    expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort());
  });

  it('has one named function per channel that invokes it, and nothing else', async () => {
    const api = bridge().api as unknown as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
    for (const c of CHANNELS) expect(typeof api[c]).toBe('function');
    await expect(bridge().api['doc.open']({ ref: 'r' })).resolves.toEqual({ channel: 'doc.open', args: { ref: 'r' } });
    await expect(bridge().api['app.info'](undefined as never)).resolves.toEqual({ channel: 'app.info', args: {} });
    expect(Object.isFrozen(bridge()) && Object.isFrozen(bridge().api)).toBe(true);
  });

  it('never exposes ipcRenderer or its methods', () => {
    const seen = new Set<unknown>();
    const walk = (v: unknown) => {
      if (v === null || (typeof v !== 'object' && typeof v !== 'function') || seen.has(v)) return;
      seen.add(v);
      expect(v).not.toBe(ipcRenderer);
      expect([ipcRenderer.invoke, ipcRenderer.on, ipcRenderer.removeListener]).not.toContain(v);
      if (typeof v === 'object') Object.values(v as object).forEach(walk);
    };
    walk(bridge());
  });

  it('passes only valid menu actions to the listener, without the IPC event, and unsubscribes', () => {
    const listener = vi.fn();
    const off = bridge().onMenuAction(listener);
    const [channel, wrapped] = vi.mocked(ipcRenderer.on).mock.calls.at(-1)!;
    expect(channel).toBe('menu-action');
    const event = { sender: ipcRenderer, senderId: 0 };
    (wrapped as (...a: unknown[]) => void)(event, 'undo');
    (wrapped as (...a: unknown[]) => void)(event, 'rm -rf');
    (wrapped as (...a: unknown[]) => void)(event, { action: 'undo' });
    expect(listener.mock.calls).toEqual([['undo' satisfies MenuAction]]);
    off();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('menu-action', wrapped);
  });

  it('signals queued open requests, passing nothing from the event', () => {
    const listener = vi.fn();
    const off = bridge().onOpenRequest(listener);
    const [channel, wrapped] = vi.mocked(ipcRenderer.on).mock.calls.at(-1)!;
    expect(channel).toBe('open-request');
    (wrapped as (...a: unknown[]) => void)({ sender: 'x' }, 'queued');
    (wrapped as (...a: unknown[]) => void)({}, 42);
    expect(listener.mock.calls).toEqual([[]]);
    off();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('open-request', wrapped);
  });

  it('refuses a listener that is not a function', () => {
    expect(() => bridge().onMenuAction('x' as never)).toThrow(TypeError);
  });
});
