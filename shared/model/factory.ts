import { newId } from './ids';
import type { Workspace } from './schema';

export function blankWorkspace(name: string, now: string, id: string = newId()): Workspace {
  return {
    id,
    createdAt: now,
    updatedAt: now,
    name,
    members: [],
    personas: [],
    theses: [],
    journeys: [],
    segments: [],
  };
}
