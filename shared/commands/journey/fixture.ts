import type { Journey, Workspace } from '../../model/schema';
import { emptyWorkspace, T0 } from '../testing';

/**
 * A small journey for command tests: stages s1 s2 s3 × lanes l1 (actions) l2 (emotions) l3
 * (frontstage); cards a b in s1/l1, c in s2/l1, d in s2/l3; connectors a→c (k1) and c→d (k2).
 */
export function journeyWorkspace(): Workspace {
  const journey: Journey = {
    id: 'j1',
    name: '会员旅程',
    createdAt: T0,
    updatedAt: T0,
    stages: [
      { id: 's1', name: '认知', width: 280 },
      { id: 's2', name: '购买', width: 280 },
      { id: 's3', name: '使用', width: 280 },
    ],
    lanes: [
      { id: 'l1', name: '客户行为', type: 'customerActions', height: 128 },
      { id: 'l2', name: '情绪', type: 'emotions', height: 168, asIs: [{ stageId: 's1', value: 1 }, { stageId: 's2', value: -2 }] },
      { id: 'l3', name: '前台', type: 'frontstage', height: 128 },
    ],
    cards: [
      { id: 'a', stageId: 's1', laneId: 'l1', text: '看到广告' },
      { id: 'b', stageId: 's1', laneId: 'l1', text: '搜索评价' },
      { id: 'c', stageId: 's2', laneId: 'l1', text: '下单' },
      { id: 'd', stageId: 's2', laneId: 'l3', text: '客服确认', ownerId: 'm1' },
    ],
    connectors: [
      { id: 'k1', from: 'a', to: 'c' },
      { id: 'k2', from: 'c', to: 'd', label: '24h' },
    ],
  };
  return {
    ...emptyWorkspace(),
    members: [{ id: 'm1', name: '王芳', function: 'customerService', createdAt: T0, updatedAt: T0 }],
    journeys: [journey],
  };
}

export const cellOf = (ws: Workspace, id: string) => {
  const c = ws.journeys[0].cards.find((x) => x.id === id)!;
  return `${c.stageId}/${c.laneId}`;
};
export const order = (ws: Workspace) => ws.journeys[0].cards.map((c) => c.id);
export const J = 'j1';
