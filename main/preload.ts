// The sandboxed preload (built to out/preload/preload.cjs, CommonJS): exposes `window.touchstone`
// — one named function per contract channel and the menu subscription — and nothing else. It never
// hands out ipcRenderer. Only `electron` is required at run time (the sandbox allows no more); the
// channel names come from shared/api/names.ts, which imports nothing, so zod and the schemas stay
// out of the preload.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Api, Bridge, Channel } from '../shared/api/contract';
import { CHANNEL_NAMES, MENU_ACTIONS, type MenuAction } from '../shared/api/names';
import { MENU_ACTION_CHANNEL, OPEN_REQUEST_CHANNEL } from './electron/channels';

const MENU_ACTION_SET: ReadonlySet<string> = new Set(MENU_ACTIONS);

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): unknown;
}

export function createBridge(ipc: IpcRendererLike): Bridge {
  const api = {} as Record<Channel, (args?: unknown) => Promise<unknown>>;
  for (const channel of CHANNEL_NAMES) {
    api[channel] = (args?: unknown) => ipc.invoke(channel, args ?? {});
  }
  const subscribe = <T extends string>(channel: string, accept: (v: unknown) => v is T, listener: (v: T) => void) => {
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    // The IPC event (with its sender) never reaches the page; only a checked string does.
    const wrapped = (_event: IpcRendererEvent, value: unknown) => {
      if (accept(value)) listener(value);
    };
    ipc.on(channel, wrapped);
    return () => {
      ipc.removeListener(channel, wrapped);
    };
  };
  return Object.freeze({
    api: Object.freeze(api) as unknown as Api,
    onMenuAction: (listener: (action: MenuAction) => void) =>
      subscribe(MENU_ACTION_CHANNEL, (v): v is MenuAction => typeof v === 'string' && MENU_ACTION_SET.has(v), listener),
    // A bare signal: the renderer takes the queued documents through app.takeOpenRequests.
    onOpenRequest: (listener: () => void) =>
      subscribe(OPEN_REQUEST_CHANNEL, (v): v is 'queued' => v === 'queued', () => listener()),
  });
}

contextBridge.exposeInMainWorld('touchstone', createBridge(ipcRenderer));
