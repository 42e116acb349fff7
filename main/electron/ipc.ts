import type { IpcMain } from 'electron';
import { CHANNELS, dispatch, type Api, type Channel } from '../../shared/api/contract';

/** What a handler needs from Electron's `IpcMainInvokeEvent` (structural, so tests need no Electron). */
export interface InvokeEventLike {
  senderFrame: { url: string } | null;
}
export type IpcHandler = (event: InvokeEventLike, args: unknown) => Promise<unknown>;

export class UntrustedSenderError extends Error {
  constructor(channel: string) {
    super(`refused ${channel}: the caller is not a Touchstone page`);
  }
}

/**
 * One handler per contract channel. Each checks the sending frame's URL first, then validates the
 * arguments against the contract (`dispatch`) before a service runs.
 */
export function createIpcHandlers(deps: {
  api: Api;
  isTrustedSender: (url: string | null | undefined) => boolean;
}): Record<Channel, IpcHandler> {
  const handlers = {} as Record<Channel, IpcHandler>;
  for (const channel of CHANNELS) {
    handlers[channel] = async (event, args) => {
      // senderFrame is null when the frame navigated away or was destroyed: refuse.
      if (!deps.isTrustedSender(event?.senderFrame?.url)) throw new UntrustedSenderError(channel);
      return dispatch(deps.api, channel, args);
    };
  }
  return handlers;
}

/** Registers the handlers (`ipcMain.handle`); returns a function that removes them. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: Record<Channel, IpcHandler>,
): () => void {
  for (const channel of CHANNELS) {
    const handler = handlers[channel];
    // Only the first argument counts; extra ones are ignored, never passed on.
    ipcMain.handle(channel, (event, args: unknown) => handler(event, args));
  }
  return () => CHANNELS.forEach((c) => ipcMain.removeHandler(c));
}
