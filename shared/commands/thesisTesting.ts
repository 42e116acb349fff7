import type { Journey, Persona, Thesis, Workspace } from '../model/schema';
import { emptyWorkspace, T0 } from './testing';

/**
 * A small workshop for persona/thesis/DIRTT tests, after Gartner's worked example (seed 003): a
 * wearable-device brand helping customers monitor their fitness and health.
 */
export function wearableWorkshop(): Workspace {
  const ws = emptyWorkspace();
  const at = { createdAt: T0, updatedAt: T0 };
  ws.members = [
    { id: 'mUx', name: '王芳', function: 'ux', ...at },
    { id: 'mCs', name: '李强', function: 'customerService', ...at },
    { id: 'mPmo', name: '张伟', function: 'pmo', ...at },
    { id: 'mCmo', name: '刘敏', function: 'other', ...at },
  ];
  const persona: Persona = {
    id: 'p1',
    name: '健身白领小林',
    role: '互联网公司产品经理',
    segment: '高价值会员',
    quote: '我想知道每天的运动到底有没有用。',
    goals: [
      { id: 'g1', text: '每天掌握自己的健康状况', evidence: { kind: 'research', source: 'interview', reference: '2026 年 3 月用户访谈 #4' } },
      { id: 'g2', text: '坚持每周运动三次', evidence: { kind: 'assumption' } },
    ],
    needs: [{ id: 'nd1', text: '数据可信、一目了然', evidence: { kind: 'research', source: 'survey', reference: '会员问卷 2026Q1' } }],
    pains: [{ id: 'x1', text: '手表和 App 的数据对不上', evidence: { kind: 'research', source: 'supportLogs', reference: '客服工单标签“数据同步”' } }],
    behaviours: [{ id: 'b1', text: '午休时查看睡眠数据', evidence: { kind: 'research', source: 'analytics', reference: 'App 埋点 2026-02' } }],
    channels: ['app', 'social'],
    ...at,
  };
  const thesis: Thesis = {
    id: 't1',
    title: '掌握健康',
    personaIds: ['p1'],
    goal: '每天掌握自己的健康状况',
    feeling: '安心、有掌控感',
    brandRole: '随时随地提供及时、可信的健康洞察',
    statement: '',
    coAuthorIds: ['mUx', 'mCs'],
    metrics: [
      { id: 'mNps', name: '会员 NPS', kind: 'nps', side: 'customer', baseline: 12, target: 30, direction: 'higher' },
      { id: 'mChurn', name: '年流失率', kind: 'churn', side: 'business', baseline: 18, target: 12, unit: '%', direction: 'lower' },
    ],
    review: { status: 'draft' },
    comments: [],
    decisions: [],
    ...at,
  };
  const journey: Journey = {
    id: 'j1',
    name: '首次配对手表',
    personaId: 'p1',
    stages: [{ id: 's1', name: '开箱', width: 240 }],
    lanes: [
      { id: 'lT', name: '触点', type: 'touchpoints', height: 120 },
      { id: 'lO', name: '机会点', type: 'opportunities', height: 120 },
      { id: 'lA', name: '顾客行为', type: 'customerActions', height: 120 },
    ],
    cards: [
      { id: 'c1', stageId: 's1', laneId: 'lT', text: 'App 配对向导', channel: 'app' },
      { id: 'c2', stageId: 's1', laneId: 'lT', text: '客服热线', channel: 'callCentre' },
      { id: 'c3', stageId: 's1', laneId: 'lO', text: '配对失败时主动推送帮助' },
      { id: 'c4', stageId: 's1', laneId: 'lA', text: '打开包装' },
    ],
    connectors: [],
    ...at,
  };
  return { ...ws, personas: [persona], theses: [thesis], journeys: [journey] };
}
