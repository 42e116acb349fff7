// Writes e2e/fixtures/journey-ev-zh.touchstone: a realistic Chinese journey map (a first-time family
// buying an EV, from seed 004's CEM story). Run: npx tsx bench/canvas/dev-fixture.mts
import { writeFileSync } from 'node:fs';
import { parseWorkspaceFile, serializeWorkspaceFile, wrapWorkspace } from '../../shared/format/file';
import type { Card, Connector, Journey, Workspace } from '../../shared/model/schema';

const T = '2026-11-20T09:00:00.000Z';
let n = 0;
const id = (p: string) => `${p}${(++n).toString(36).padStart(3, '0')}`;
const members = [
  ['王芳', 'ux'],
  ['李强', 'sales'],
  ['陈杰', 'customerService'],
  ['刘洋', 'it'],
  ['赵敏', 'digitalMarketing'],
  ['周婷', 'pmo'],
].map(([name, fn]) => ({ id: id('m'), name, function: fn, createdAt: T, updatedAt: T })) as Workspace['members'];
const M = Object.fromEntries(members.map((m) => [m.name, m.id]));
const persona = { id: id('p'), name: '首购家庭 陈先生', role: '32 岁，二胎家庭，第一次买新能源车', createdAt: T, updatedAt: T };
const metrics = [
  { id: id('k'), name: 'NPS', kind: 'nps', side: 'customer', baseline: 22, target: 40, direction: 'higher' },
  { id: id('k'), name: '试驾转化率', kind: 'conversion', side: 'business', baseline: 18, target: 25, unit: '%', direction: 'higher' },
  { id: id('k'), name: '首保回店率', kind: 'retention', side: 'business', baseline: 71, target: 85, unit: '%', direction: 'higher' },
];
const thesis = {
  id: id('t'),
  createdAt: T,
  updatedAt: T,
  title: '让首购家庭安心地选车、用车',
  personaIds: [persona.id],
  statement: '我们帮助第一次购买新能源车的家庭，在选车、提车和用车的每一步都清楚、安心，让他们感到被尊重和重视。',
  metrics,
};

const stages = ['认知种草', '比较研究', '到店试驾', '下单购车', '交车', '首次保养', '口碑推荐'].map((name, i) => ({
  id: id('s'),
  name,
  width: [280, 300, 300, 280, 280, 300, 280][i],
}));
const laneDefs = [
  ['客户行为', 'customerActions', 136],
  ['触点', 'touchpoints', 136],
  ['想法', 'thoughts', 136],
  ['情绪', 'emotions', 168],
  ['痛点', 'painPoints', 136],
  ['机会点', 'opportunities', 136],
  ['关键时刻', 'momentsOfTruth', 136],
  ['前台（可见）', 'frontstage', 136],
  ['后台', 'backstage', 136],
  ['支持流程', 'supportProcesses', 136],
  ['指标', 'metrics', 136],
] as const;
const lanes: Journey['lanes'] = laneDefs.map(([name, type, height]) => ({ id: id('l'), name, type, height }));
const L = Object.fromEntries(laneDefs.map(([, type], i) => [type, lanes[i].id]));

type C = Partial<Card> & { text: string };
const cards: Card[] = [];
const at = (stage: number, lane: keyof typeof L, c: C): string => {
  const card = { id: id('c'), stageId: stages[stage].id, laneId: L[lane], ...c } as Card;
  cards.push(card);
  return card.id;
};
const TYPES: Record<string, Card['type']> = {
  customerActions: 'action',
  touchpoints: 'touchpoint',
  thoughts: 'thought',
  painPoints: 'painPoint',
  opportunities: 'opportunity',
  momentsOfTruth: 'touchpoint',
  frontstage: 'process',
  backstage: 'process',
  supportProcesses: 'process',
  metrics: 'metric',
};
const add = (stage: number, lane: keyof typeof L, text: string, extra: Partial<Card> = {}) =>
  at(stage, lane, { text, type: TYPES[lane], ...extra });

const a0 = add(0, 'customerActions', '在短视频平台刷到车主冬季续航实测', { channel: 'social' });
add(0, 'touchpoints', '抖音、小红书车主测评', { channel: 'social' });
add(0, 'touchpoints', '朋友圈信息流广告', { channel: 'social' });
add(0, 'thoughts', '冬天续航会不会打对折？');
add(0, 'painPoints', '参数太多，看不懂哪款适合家用');
add(0, 'opportunities', '用家庭场景讲续航：接送孩子一周充一次电');
add(0, 'frontstage', '官方账号评论区 1 小时内回复', { channel: 'social', ownerId: M['赵敏'] });
add(0, 'backstage', '舆情监测标记续航类问题', { ownerId: M['刘洋'] });
add(0, 'metrics', '内容互动率 3.2%');

const a1 = add(1, 'customerActions', '在官网配置器对比三个版本', { channel: 'web' });
add(1, 'touchpoints', '官网配置器', { channel: 'web' });
add(1, 'touchpoints', '在线顾问咨询金融方案', { channel: 'chat' });
add(1, 'thoughts', '月供多少才不影响家庭开支？');
const p1 = add(1, 'painPoints', '金融方案必须留电话才给报价', { channel: 'web', expected: 4, actual: 2 });
add(1, 'opportunities', '配置器内直接给出月供试算', { channel: 'web' });
add(1, 'frontstage', '在线顾问 3 分钟内响应', { channel: 'chat', ownerId: M['陈杰'] });
add(1, 'backstage', '线索按区域自动分配给门店', { ownerId: M['刘洋'] });
add(1, 'supportProcesses', 'CRM 线索评分模型');
add(1, 'metrics', '留资转化率 8%');

const a2 = add(2, 'customerActions', '周末带家人到店试驾', { channel: 'store', expected: 5, actual: 3 });
add(2, 'touchpoints', '试驾预约短信', { channel: 'sms' });
add(2, 'touchpoints', '门店试驾', { channel: 'store' });
add(2, 'thoughts', '后排放得下两个安全座椅吗？');
add(2, 'painPoints', '到店后等待试驾车 40 分钟', { channel: 'store', expected: 4, actual: 1 });
add(2, 'opportunities', '预约时锁定试驾车与时段');
add(2, 'momentsOfTruth', '第一次坐进车里的感受', { channel: 'store', momentOfTruth: true, expected: 5, actual: 4 });
add(2, 'frontstage', '销售顾问演示儿童座椅接口', { channel: 'store', ownerId: M['李强'] });
add(2, 'backstage', '试驾车排班与清洁', { ownerId: M['周婷'] });
add(2, 'metrics', '试驾转化率 18%', { thesisId: thesis.id, metricIds: [metrics[1].id] });

const a3 = add(3, 'customerActions', '在 App 支付定金并选择交车时间', { channel: 'app' });
add(3, 'touchpoints', 'App 订单页与电子合同', { channel: 'app' });
add(3, 'thoughts', '交车时间会不会一拖再拖？');
add(3, 'painPoints', '订单状态一周没有更新', { channel: 'app', expected: 4, actual: 2 });
add(3, 'opportunities', '生产与物流节点主动推送', { channel: 'push' });
add(3, 'frontstage', '交付专员建群同步进度', { channel: 'chat', ownerId: M['李强'] });
add(3, 'backstage', '订单系统与生产系统打通', { ownerId: M['刘洋'] });
add(3, 'supportProcesses', '物流到达时间预测');
add(3, 'metrics', '定金退订率 6%');

const a4 = add(4, 'customerActions', '全家到交付中心提车', { channel: 'store', expected: 5, actual: 5 });
add(4, 'touchpoints', '交付仪式', { channel: 'store' });
add(4, 'touchpoints', '车机账号绑定', { channel: 'app' });
add(4, 'thoughts', '终于可以带孩子去露营了！');
add(4, 'momentsOfTruth', '交车仪式：全家合影', { channel: 'store', momentOfTruth: true, expected: 5, actual: 5 });
add(4, 'frontstage', '交付专员讲解充电与 OTA 升级', { channel: 'store', ownerId: M['李强'] });
add(4, 'backstage', 'PDI 车辆出厂检测');
add(4, 'metrics', '交付满意度 4.7 / 5');

const a5 = add(5, 'customerActions', '收到首保提醒并在线预约', { channel: 'push' });
add(5, 'touchpoints', '首保提醒推送', { channel: 'push' });
add(5, 'touchpoints', '服务顾问电话回访', { channel: 'callCentre' });
add(5, 'thoughts', '保养要多久？能不能上门取车？');
const p5 = add(5, 'painPoints', '需要重新提交购车凭证', { channel: 'callCentre', expected: 4, actual: 1 });
add(5, 'opportunities', '上门取送车，进度实时可见', { channel: 'app' });
const m5 = add(5, 'momentsOfTruth', '满意度低于 3 分，自动触发店长回访', { type: 'trigger', momentOfTruth: true, ownerId: M['陈杰'] });
add(5, 'frontstage', '服务顾问电话确认到店时间', { channel: 'callCentre', ownerId: M['陈杰'] });
add(5, 'backstage', '工单自动带出车辆档案', { ownerId: M['刘洋'] });
add(5, 'supportProcesses', 'CEM：体验数据与运营数据打通');
add(5, 'metrics', '首保回店率 71%', { thesisId: thesis.id, metricIds: [metrics[2].id] });

const a6 = add(6, 'customerActions', '在车主社群分享用车体验', { channel: 'social' });
add(6, 'touchpoints', '车主 App 社区', { channel: 'app' });
add(6, 'thoughts', '推荐朋友买车能得到什么？');
const o6 = add(6, 'opportunities', '满意车主自动收到推荐计划邀请', { type: 'trigger', channel: 'app' });
add(6, 'frontstage', '社区运营精选优质内容', { channel: 'social', ownerId: M['赵敏'] });
add(6, 'backstage', '推荐关系与奖励结算');
add(6, 'metrics', 'NPS 从 22 提升到 40', { thesisId: thesis.id, metricIds: [metrics[0].id] });

const connectors: Connector[] = [];
const link = (from: string, to: string, label?: string) => connectors.push({ id: id('x'), from, to, ...(label ? { label } : {}) });
link(a0, a1);
link(a1, a2, '预约短信');
link(a2, a3);
link(a3, a4, '平均 21 天');
link(a4, a5, '3 个月后');
link(a5, a6);
link(p1, a2, '留资后 24 小时');
link(p5, m5, '满意度 < 3');
link(m5, o6, '满意度 ≥ 4');

lanes[3].asIs = stages.map((s, i) => ({ stageId: s.id, value: [1, 0, -1, -1, 2, -2, 1][i] }));
lanes[3].toBe = stages.map((s, i) => ({ stageId: s.id, value: [1, 1, 1, 0, 2, 1, 2][i] }));

const journey: Journey = {
  id: id('j'),
  createdAt: T,
  updatedAt: T,
  name: '从种草到首保：新能源车主旅程',
  personaId: persona.id,
  thesisId: thesis.id,
  useCase: 'journeyDiscovery',
  stages,
  lanes,
  cards,
  connectors,
};
const ws = {
  id: id('w'),
  createdAt: T,
  updatedAt: T,
  name: '新能源汽车客户体验工作坊',
  description: '首购家庭从种草到首保的触点旅程与服务蓝图（依据 CEM 案例整理）。',
  members,
  personas: [persona],
  theses: [thesis],
  journeys: [journey],
  segments: [],
} as unknown as Workspace;
const text = serializeWorkspaceFile(wrapWorkspace(ws));
const parsed = parseWorkspaceFile(text);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.error, null, 2));
writeFileSync(new URL('../../e2e/fixtures/journey-ev-zh.touchstone', import.meta.url), text);
console.log(`${cards.length} cards, ${connectors.length} connectors`);
