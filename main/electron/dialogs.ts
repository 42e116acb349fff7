import type { Api, OpenResult } from '../../shared/api/contract';

/** Native dialogs, injected so this stays testable without Electron. Null = cancelled. */
export interface NativeDialogs {
  chooseFileToOpen(): Promise<string | null>;
  chooseSaveLocation(suggestedName: string): Promise<string | null>;
}

/** The services' file helpers for paths the user picked in a native dialog. */
export interface FileHelpers {
  openPath(path: string): Promise<OpenResult>;
  saveCopyTo(path: string, text: string): Promise<unknown>;
}

/**
 * The Electron host's API: the services, with `dialog.open` / `dialog.saveCopy` (null in the
 * browser host) answered through native dialogs. Arguments were already validated by `dispatch`.
 */
export function withNativeDialogs(api: Api, dialogs: NativeDialogs, files: FileHelpers): Api {
  return {
    ...api,
    'dialog.open': async () => {
      const path = await dialogs.chooseFileToOpen();
      return path === null ? null : files.openPath(path);
    },
    'dialog.saveCopy': async ({ suggestedName, text }) => {
      const path = await dialogs.chooseSaveLocation(suggestedName);
      if (path === null) return null;
      await files.saveCopyTo(path, text);
      return { path };
    },
    'dialog.saveAs': async ({ suggestedName, text }) => {
      const path = await dialogs.chooseSaveLocation(suggestedName);
      if (path === null) return null;
      await files.saveCopyTo(path, text);
      return files.openPath(path);
    },
  };
}

/** Wraps an API so `after(channel)` runs once a call on one of `channels` has succeeded. */
export function observeApi(api: Api, channels: ReadonlySet<string>, after: (channel: string) => void): Api {
  const wrapped = { ...api } as Record<string, (args: unknown) => Promise<unknown>>;
  for (const [channel, fn] of Object.entries(api) as [string, (args: unknown) => Promise<unknown>][]) {
    if (!channels.has(channel)) continue;
    wrapped[channel] = async (args) => {
      const result = await fn(args);
      try {
        after(channel);
      } catch {
        // An observer must never turn a successful call into a failure.
      }
      return result;
    };
  }
  return wrapped as unknown as Api;
}
