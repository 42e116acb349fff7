import { defineCommand } from './command';

export const renameWorkspace = defineCommand<{ name: string }>('workspace.rename', (ws, { name }, { now }) => {
  const trimmed = name.trim();
  if (!trimmed || trimmed === ws.name) return ws;
  return { ...ws, name: trimmed, updatedAt: now };
});

export const setWorkspaceDescription = defineCommand<{ description: string }>(
  'workspace.setDescription',
  (ws, { description }, { now }) => (description === (ws.description ?? '') ? ws : { ...ws, description, updatedAt: now }),
);
