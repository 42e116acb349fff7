import { wrapWorkspace, type WorkspaceFile } from '../shared/format/file';
import { CHANNELS, LANE_TYPES, TEAM_FUNCTIONS, type Card, type Connector, type Journey, type Lane, type Stage, type Workspace } from '../shared/model/schema';

/**
 * A large, realistic workspace for benchmarks and stress tests: journeys full of cards with mixed
 * Chinese/English workshop text, stages, lanes, owners and connectors. Deterministic for a given
 * seed, so runs are comparable. 50 journeys × 400 cards serializes to about 5 MB.
 */
export interface GenerateOptions {
  journeys: number;
  cardsPerJourney: number;
  stagesPerJourney?: number;
  lanesPerJourney?: number;
  /** connectors per journey, as a share of its cards */
  connectorRatio?: number;
  seed?: number;
}

/** mulberry32: small, fast, good enough for test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

const STAGE_NAMES = ['认知 Awareness', '考虑 Consideration', '购买 Purchase', '开箱 Onboarding', '使用 Usage', '服务 Service', '续约 Renewal', '推荐 Advocacy', '流失预警 Churn risk', '回流 Win-back'];
const ZH_FRAGMENTS = [
  '客户在官网比较三款产品的续航与价格',
  '通过微信小程序预约门店试戴',
  '收到生日优惠券但不知道如何使用',
  '客服热线等待超过五分钟,情绪明显下降',
  '首次绑定手环时蓝牙配对失败',
  '在社交媒体看到朋友分享的运动成就',
  '加入购物车后未下单,24 小时后收到提醒邮件',
  '门店店员主动介绍以旧换新政策',
  '关键时刻:第一次查看睡眠报告',
  '希望品牌帮助自己坚持每周三次锻炼',
  '对数据隐私有顾虑,想知道健康数据存在哪里',
  '会员积分规则复杂,难以理解兑换门槛',
  '快递延迟一天,但物流短信及时说明原因',
  '售后维修需要重新提交购买凭证',
  '在 App 内完成 NPS 问卷并留下改进建议',
];
const EN_FRAGMENTS = [
  'Compares battery life and price across three models on the website',
  'Books an in-store fitting through the mini program',
  'Receives a birthday coupon but cannot find how to redeem it',
  'Waits more than five minutes on the service hotline',
  'Bluetooth pairing fails on first setup',
  'Sees a friend share a workout milestone on social media',
  'Abandons the cart; reminder email after 24 hours',
  'Moment of truth: first look at the sleep report',
  'Wants the brand to help keep a three-workouts-a-week habit',
  'Worried about where health data is stored',
  'Loyalty points rules are hard to follow',
  'Completes the in-app NPS survey and leaves a suggestion',
];
const COLORS = ['#FDE68A', '#BFDBFE', '#FECACA', '#BBF7D0', '#DDD6FE', '#FBCFE8'];

export function generateLargeWorkspace(opts: GenerateOptions): WorkspaceFile {
  const rand = rng(opts.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const used = new Set<string>();
  const id = (): string => {
    for (;;) {
      let s = '';
      for (let i = 0; i < 16; i++) s += ALPHABET[Math.floor(rand() * ALPHABET.length)];
      if (!used.has(s)) {
        used.add(s);
        return s;
      }
    }
  };
  const base = Date.UTC(2025, 2, 1, 9, 0, 0);
  const time = (offsetMinutes: number) => new Date(base + offsetMinutes * 60_000).toISOString();
  const text = (): string => {
    const parts: string[] = [];
    const n = 1 + Math.floor(rand() * 2);
    for (let i = 0; i < n; i++) parts.push(rand() < 0.55 ? pick(ZH_FRAGMENTS) : pick(EN_FRAGMENTS));
    return parts.join(';');
  };

  const members = TEAM_FUNCTIONS.map((fn, i) => ({
    id: id(),
    createdAt: time(i),
    updatedAt: time(i),
    name: ['王敏', 'Li Na', '陈杰', 'Sarah Chen', '刘洋', '赵磊', 'Tom Wu', '周婷'][i % 8],
    function: fn,
  }));
  const personas = ['忙碌的职场妈妈 林女士', '运动达人 Kevin', '银发健康关注者 张先生'].map((name, i) => ({
    id: id(),
    createdAt: time(10 + i),
    updatedAt: time(10 + i),
    name,
    role: i === 1 ? 'Early adopter' : '核心客户',
    quote: '我希望设备能提醒我,而不是让我记住一切。',
  }));
  const theses = personas.map((p, i) => ({
    id: id(),
    createdAt: time(20 + i),
    updatedAt: time(20 + i),
    title: `体验主张 ${i + 1}`,
    personaIds: [p.id],
    statement: '我们帮助注重健康的客户轻松了解并改善自己的身体状况,让他们感到安心和有掌控感。成功指标:NPS 从 22 提升到 40,月活跃率 65%。',
  }));

  const journeys: Journey[] = [];
  for (let j = 0; j < opts.journeys; j++) {
    const stages: Stage[] = Array.from({ length: opts.stagesPerJourney ?? 8 }, (_, k) => ({
      id: id(),
      name: STAGE_NAMES[k % STAGE_NAMES.length],
      width: 240 + Math.floor(rand() * 120),
    }));
    const lanes: Lane[] = Array.from({ length: opts.lanesPerJourney ?? 8 }, (_, k) => {
      const type = LANE_TYPES[k % LANE_TYPES.length];
      return { id: id(), name: type, type, height: 120 + Math.floor(rand() * 80) };
    });
    const cards: Card[] = [];
    for (let k = 0; k < opts.cardsPerJourney; k++) {
      const card: Card = { id: id(), stageId: pick(stages).id, laneId: pick(lanes).id, text: text() };
      if (rand() < 0.6) card.channel = pick(CHANNELS);
      if (rand() < 0.4) card.ownerId = pick(members).id;
      if (rand() < 0.1) card.momentOfTruth = true;
      if (rand() < 0.5) card.color = pick(COLORS);
      cards.push(card);
    }
    const connectors: Connector[] = [];
    const nConnectors = Math.floor(opts.cardsPerJourney * (opts.connectorRatio ?? 0.25));
    for (let k = 0; k < nConnectors && cards.length > 1; k++) {
      const from = pick(cards).id;
      let to = pick(cards).id;
      if (to === from) to = cards[(cards.findIndex((c) => c.id === from) + 1) % cards.length].id;
      connectors.push(rand() < 0.3 ? { id: id(), from, to, label: '48 小时后 / after 48h' } : { id: id(), from, to });
    }
    journeys.push({
      id: id(),
      createdAt: time(100 + j),
      updatedAt: time(200 + j),
      name: `旅程 ${j + 1}: ${pick(['新客激活', '会员续费', '售后服务', 'Cart recovery', 'Onboarding', '门店体验'])}`,
      personaId: personas[j % personas.length].id,
      thesisId: theses[j % theses.length].id,
      stages,
      lanes,
      cards,
      connectors,
    });
  }

  const ws: Workspace = {
    id: id(),
    createdAt: time(0),
    updatedAt: time(500),
    name: '大型基准工作坊 Large benchmark workshop',
    description: 'Generated by bench/generate.ts',
    members,
    personas,
    theses,
    journeys,
    segments: [
      { id: id(), createdAt: time(30), updatedAt: time(30), name: '本周注册未购买', rules: ['registeredAt within 7d', 'orders = 0'] },
      { id: id(), createdAt: time(31), updatedAt: time(31), name: 'Top 10% value, no purchase in 60 days', rules: ['clvPercentile >= 90', 'lastOrder > 60d'] },
    ],
  };
  return wrapWorkspace(ws);
}
