import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeWorkspaceFile, wrapWorkspace, type WorkspaceFile } from '../../shared/format/file';
import { blankWorkspace } from '../../shared/model/factory';
import type { Workspace } from '../../shared/model/schema';

/** Test helpers shared by the storage and services tests (not used by the app). */

export const T0 = '2025-03-01T09:00:00.000Z';

export function tempRoot(prefix = 'touchstone-test-'): { root: string; cleanup: () => void } {
  const root = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** A clock that moves one second per call, so backups and recents have distinct, ordered times. */
export function steppingClock(start = Date.parse(T0), stepMs = 1000): () => Date {
  let t = start;
  return () => {
    const d = new Date(t);
    t += stepMs;
    return d;
  };
}

/** A small but complete workspace, with fields this version does not know at several levels. */
export function sampleWorkspace(id = 'ws1', name = '春季会员体验工作坊'): Workspace {
  const ws = blankWorkspace(name, T0, id);
  ws.description = '新客首购旅程';
  ws.futureWorkspaceField = { votes: 3 };
  ws.members.push({ id: 'm1', name: '王芳', function: 'ux', createdAt: T0, updatedAt: T0 });
  ws.personas.push({ id: 'p1', name: '新手妈妈', role: '首次购买者', createdAt: T0, updatedAt: T0 });
  ws.theses.push({ id: 't1', title: '安心选购', personaIds: ['p1'], statement: '帮助新手妈妈安心选购', createdAt: T0, updatedAt: T0 });
  ws.journeys.push({
    id: 'j1',
    name: '首次购买',
    personaId: 'p1',
    thesisId: 't1',
    createdAt: T0,
    updatedAt: T0,
    stages: [
      { id: 's1', name: '认知', width: 240 },
      { id: 's2', name: '购买', width: 240 },
    ],
    lanes: [{ id: 'l1', name: '触点', type: 'touchpoints', height: 120 }],
    cards: [
      { id: 'c1', stageId: 's1', laneId: 'l1', text: '小红书笔记', channel: 'social', ownerId: 'm1', futureCardField: 'kept' },
      { id: 'c2', stageId: 's2', laneId: 'l1', text: '小程序下单', channel: 'app' },
    ],
    connectors: [{ id: 'x1', from: 'c1', to: 'c2' }],
  });
  return ws;
}

export function sampleFile(id?: string, name?: string, extra: Record<string, unknown> = { futureTopLevel: { keep: true } }): WorkspaceFile {
  return wrapWorkspace(sampleWorkspace(id, name), extra);
}

export function sampleText(id?: string, name?: string): string {
  return serializeWorkspaceFile(sampleFile(id, name));
}
