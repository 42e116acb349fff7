import { describe, expect, it } from 'vitest';
import type { Journey } from '../model/journey';
import {
  anyCardInRect,
  cardAt,
  cardsInRect,
  dropTarget,
  emotionValueAt,
  emotionY,
  LAYOUT,
  layoutJourney,
  slotBox,
  spanRange,
  stageColumns,
} from './layout';

const { headerHeight: HH, laneLabelWidth: LW, cellPadding: P, cardGap: G, cardHeight: CH } = LAYOUT;

function journey(partial: Partial<Journey> = {}): Journey {
  return {
    id: 'j',
    name: 'J',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    stages: [
      { id: 's1', name: 'A', width: 280 },
      { id: 's2', name: 'B', width: 600 },
    ],
    lanes: [
      { id: 'l1', name: 'Actions', type: 'customerActions', height: 128 },
      { id: 'l2', name: 'Feel', type: 'emotions', height: 168 },
      { id: 'l3', name: 'Front', type: 'frontstage', height: 128 },
      { id: 'l4', name: 'Back', type: 'backstage', height: 128 },
    ],
    cards: [],
    connectors: [],
    ...partial,
  };
}

describe('journey layout', () => {
  it('fits as many card columns as the stage width allows', () => {
    expect(stageColumns(280)).toEqual({ cols: 1, cardW: 256 });
    expect(stageColumns(600).cols).toBe(3);
    expect(stageColumns(40).cols).toBe(1);
  });

  it('places stages after the label column and lanes below the header', () => {
    const l = layoutJourney(journey());
    expect(l.stages.map((s) => [s.x, s.w])).toEqual([
      [LW, 280],
      [LW + 280, 600],
    ]);
    expect(l.lanes.map((x) => x.y)).toEqual([HH, HH + 128, HH + 296, HH + 424]);
    expect(l.width).toBe(LW + 880);
    expect(l.height).toBe(HH + 552);
  });

  it('stacks cards in a cell in document order and grows the lane to fit', () => {
    const cards = ['a', 'b', 'c'].map((id) => ({ id, stageId: 's1', laneId: 'l1', text: id }));
    const l = layoutJourney(journey({ cards }));
    expect(l.cells.get('0:0')).toEqual(['a', 'b', 'c']);
    expect(l.cards.get('b')).toMatchObject({ x: LW + P, y: HH + P + CH + G, w: 256, h: CH, slot: 1 });
    expect(l.lanes[0].h).toBe(2 * P + 3 * CH + 2 * G);
    expect(l.lanes[1].y).toBe(HH + l.lanes[0].h);
  });

  it('flows cards into columns in wide stages', () => {
    const cards = ['a', 'b', 'c', 'd'].map((id) => ({ id, stageId: 's2', laneId: 'l1', text: id }));
    const l = layoutJourney(journey({ cards }));
    const [a, b, , d] = ['a', 'b', 'c', 'd'].map((id) => l.cards.get(id)!);
    expect(b.x).toBeGreaterThan(a.x);
    expect(b.y).toBe(a.y);
    expect(d.x).toBe(a.x);
    expect(d.y).toBe(a.y + CH + G);
  });

  it('keeps the curve band of an emotion lane above its cards', () => {
    const l = layoutJourney(journey({ cards: [{ id: 'a', stageId: 's1', laneId: 'l2', text: '' }] }));
    const lane = l.lanes[1];
    expect(lane.bandH).toBe(LAYOUT.emotionBand);
    expect(l.cards.get('a')!.y).toBe(lane.y + LAYOUT.emotionBand + P);
    expect(lane.h).toBe(LAYOUT.emotionBand + 2 * P + CH);
  });

  it('ignores cards whose stage or lane is missing', () => {
    const l = layoutJourney(journey({ cards: [{ id: 'a', stageId: 'nope', laneId: 'l1', text: '' }] }));
    expect(l.cards.size).toBe(0);
  });

  it('draws the blueprint lines where the zones change', () => {
    const l = layoutJourney(journey());
    expect(l.lines).toEqual([
      { y: l.lanes[2].y, kinds: ['interaction'] },
      { y: l.lanes[3].y, kinds: ['visibility'] },
    ]);
    const skip = layoutJourney(
      journey({
        lanes: [
          { id: 'l1', name: '', type: 'customerActions', height: 100 },
          { id: 'l9', name: '', type: 'metrics', height: 100 },
          { id: 'l4', name: '', type: 'backstage', height: 100 },
        ],
      }),
    );
    expect(skip.lines).toEqual([{ y: skip.lanes[2].y, kinds: ['interaction', 'visibility'] }]);
  });

  it('maps emotion scores to heights and back, snapping', () => {
    const band = { bandY: 100, bandH: 168 };
    expect(emotionY(band, 2)).toBe(100 + LAYOUT.emotionMargin);
    expect(emotionY(band, -2)).toBe(100 + 168 - LAYOUT.emotionMargin);
    for (const v of [-2, -1, 0, 1, 2]) expect(emotionValueAt(band, emotionY(band, v))).toBe(v);
    expect(emotionValueAt(band, emotionY(band, 0.4))).toBe(0);
    expect(emotionValueAt(band, -500)).toBe(2);
  });

  it('lays out emotion points at the centre of their stage, in stage order', () => {
    const lanes = journey().lanes.map((l) =>
      l.type === 'emotions' ? { ...l, asIs: [{ stageId: 's2', value: -1 }, { stageId: 's1', value: 2 }] } : l,
    );
    const l = layoutJourney(journey({ lanes }));
    expect(l.curves).toHaveLength(1);
    expect(l.curves[0].asIs.map((p) => [p.stageId, p.x])).toEqual([
      ['s1', LW + 140],
      ['s2', LW + 280 + 300],
    ]);
    expect(l.curves[0].toBe).toBeNull();
  });
});

describe('hit testing', () => {
  const cards = ['a', 'b', 'c'].map((id) => ({ id, stageId: 's1', laneId: 'l1', text: id }));
  const l = layoutJourney(journey({ cards }));

  it('finds the card under a point through its cell', () => {
    const b = l.cards.get('b')!;
    expect(cardAt(l, b.x + 5, b.y + 5)).toBe('b');
    expect(cardAt(l, b.x + 5, b.y - G / 2)).toBeNull();
    expect(cardAt(l, 5, 5)).toBeNull();
  });

  it('snaps a drop to the nearest gap between cards', () => {
    const a = l.cards.get('a')!;
    expect(dropTarget(l, a.x + 10, a.y + 10)).toEqual({ stageIndex: 0, laneIndex: 0, index: 0 });
    expect(dropTarget(l, a.x + 10, a.y + CH - 10)).toEqual({ stageIndex: 0, laneIndex: 0, index: 1 });
    expect(dropTarget(l, a.x + 10, l.lanes[0].y + l.lanes[0].h - 2)!.index).toBe(3);
    expect(dropTarget(l, LW + 300, HH + 10)).toEqual({ stageIndex: 1, laneIndex: 0, index: 0 });
    expect(dropTarget(l, 10, 10)).toBeNull();
  });

  it('gives the box of the next free slot', () => {
    expect(slotBox(l, 0, 0, 3).y).toBe(l.cards.get('c')!.y + CH + G);
  });

  it('selects cards inside a marquee', () => {
    const b = l.cards.get('b')!;
    expect(cardsInRect(l, { x: b.x - 5, y: b.y - 5, w: 20, h: CH + G + 10 }).sort()).toEqual(['b', 'c']);
    expect(cardsInRect(l, { x: 0, y: 0, w: 10, h: 10 })).toEqual([]);
    expect(anyCardInRect(l, { x: b.x + 5, y: b.y + 5, w: 1, h: 1 })).toBe(true);
    expect(anyCardInRect(l, { x: b.x, y: b.y - G + 1, w: 20, h: G - 2 })).toBe(false);
  });
});

describe('spanRange', () => {
  const spans = [0, 100, 250, 300].map((x, i, a) => ({ x, w: (a[i + 1] ?? 400) - x }));
  const range = (lo: number, hi: number) => spanRange(spans, lo, hi, (s) => s.x, (s) => s.w);
  it('finds the spans a range touches', () => {
    expect(range(120, 260)).toEqual([1, 2]);
    expect(range(-50, 10)).toEqual([0, 0]);
    expect(range(390, 900)).toEqual([3, 3]);
    const [a, b] = range(500, 600);
    expect(a).toBeGreaterThan(b);
  });
});
