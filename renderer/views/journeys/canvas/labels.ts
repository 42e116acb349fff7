import type { Card, Member } from '../../../../shared/model/schema';
import type { Labels } from './draw';

type T = (key: string, vars?: Record<string, unknown>) => string;

/** Orchestration card types carry their name on the card; map types show through their colour. */
const NAMED_TYPES = new Set(['question', 'trigger', 'message', 'wait', 'decision', 'goal', 'exit']);

/** The words the canvas draws, from the translator and the team list. */
export function makeLabels(t: T, members: readonly Member[]): Labels {
  const owners = new Map(members.map((m) => [m.id, m.name]));
  const cache = new Map<string, string>();
  const tr = (key: string) => {
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = t(key)));
    return v;
  };
  return {
    channel: (c) => tr(`journey.channels.${c}`),
    laneType: (l) => tr(`journey.laneTypes.${l}`),
    line: (k) => tr(`journey.lines.${k}`),
    scores: (expected, actual) => t('journey.scores', { expected, actual }),
    owner: (id) => owners.get(id),
    cardType: (card: Card) => (card.type && NAMED_TYPES.has(card.type) ? tr(`journey.cardTypes.${card.type}`) : undefined),
  };
}

/** The canvas font stack per language (Traditional Chinese glyph forms for zh-TW). */
export function fontFamily(locale: string): string {
  return locale === 'zh-TW'
    ? '"Noto Sans CJK TC", "Noto Sans TC", "PingFang TC", "Microsoft JhengHei", system-ui, sans-serif'
    : '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';
}
