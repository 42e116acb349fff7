import { serializeWorkspaceFile, FILE_EXTENSION, type WorkspaceFile } from '../shared/format/file';
import { api, isElectron } from './api';
import type { OpenDoc } from './store/document';

/** Characters that are not allowed in file names on some system. */
const UNSAFE_FILE_CHARS = /[\\/:*?"<>|\u0000-\u001f]/g;

export function suggestedFileName(name: string): string {
  const base = name.replace(UNSAFE_FILE_CHARS, '_').trim().slice(0, 120) || 'workshop';
  return `${base}${FILE_EXTENSION}`;
}

/**
 * Writes the current document to a file the user picks: Electron's save dialog, or a download in the
 * browser host. Returns where it went (Electron) or null (download, or cancelled).
 */
export async function exportCopy(doc: OpenDoc): Promise<string | null> {
  const text = serializeWorkspaceFile({ ...doc.wrapper, workspace: doc.workspace } as WorkspaceFile);
  const fileName = suggestedFileName(doc.workspace.name);
  if (isElectron) {
    const saved = await api['dialog.saveCopy']({ suggestedName: fileName, text });
    return saved?.path ?? null;
  }
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return null;
}
