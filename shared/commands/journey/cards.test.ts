import { describe, expect, it } from 'vitest';
import { record, redo, undo, emptyHistory } from '../history';
import { runValid, testContext, T1 } from '../testing';
import { addCard, insertCards, moveCards, removeItems, updateCards, type CardClip } from './cards';
import { cellOf, journeyWorkspace, J, order } from './fixture';

describe('card commands', () => {
  it('adds a card to a cell, before another card when asked', () => {
    let ws = runValid(addCard, journeyWorkspace(), { journeyId: J, stageId: 's1', laneId: 'l1', text: '比价', type: 'action', id: 'x' });
    expect(order(ws)).toEqual(['a', 'b', 'c', 'd', 'x']);
    expect(ws.journeys[0].cards[4]).toEqual({ id: 'x', stageId: 's1', laneId: 'l1', text: '比价', type: 'action' });
    ws = runValid(addCard, journeyWorkspace(), { journeyId: J, stageId: 's1', laneId: 'l1', text: 'y', beforeId: 'b', id: 'y' });
    expect(order(ws)).toEqual(['a', 'y', 'b', 'c', 'd']);
    const same = journeyWorkspace();
    expect(addCard.apply(same, { journeyId: J, stageId: 'nope', laneId: 'l1', text: '' }, testContext())).toBe(same);
    expect(addCard.apply(same, { journeyId: J, stageId: 's1', laneId: 'l1', text: '', ownerId: 'ghost' }, testContext())).toBe(same);
  });

  it('updates many cards in one step and clears fields with null', () => {
    let ws = runValid(updateCards, journeyWorkspace(), {
      journeyId: J,
      ids: ['a', 'b'],
      patch: { channel: 'email', momentOfTruth: true, expected: 4, actual: 2, color: '#FFDCDC', ownerId: 'm1' },
    });
    expect(ws.journeys[0].cards[0]).toMatchObject({ channel: 'email', momentOfTruth: true, expected: 4, actual: 2, ownerId: 'm1' });
    expect(ws.journeys[0].updatedAt).toBe(T1);
    ws = runValid(updateCards, ws, { journeyId: J, ids: ['a'], patch: { channel: null, momentOfTruth: false, actual: null } });
    const a = ws.journeys[0].cards[0];
    expect(['channel', 'momentOfTruth', 'actual'].some((k) => k in a)).toBe(false);
    expect(a.expected).toBe(4);
  });

  it('refuses bad values rather than writing an invalid file', () => {
    const ws = journeyWorkspace();
    for (const patch of [{ expected: 9 }, { actual: 2.5 }, { color: 'red' }, { ownerId: 'ghost' }, { thesisId: 'ghost' }]) {
      expect(updateCards.apply(ws, { journeyId: J, ids: ['a'], patch }, testContext())).toBe(ws);
    }
  });

  describe('move', () => {
    it('moves a card to another stage, last in its cell', () => {
      const ws = runValid(moveCards, journeyWorkspace(), { journeyId: J, cardIds: ['a'], stageId: 's2', laneId: 'l1' });
      expect(cellOf(ws, 'a')).toBe('s2/l1');
      expect(order(ws).filter((id) => cellOf(ws, id) === 's2/l1')).toEqual(['c', 'a']);
      expect(ws.journeys[0].connectors).toHaveLength(2);
    });

    it('moves a card before another one', () => {
      const ws = runValid(moveCards, journeyWorkspace(), { journeyId: J, cardIds: ['c'], stageId: 's1', laneId: 'l1', beforeId: 'b' });
      expect(order(ws).filter((id) => cellOf(ws, id) === 's1/l1')).toEqual(['a', 'c', 'b']);
    });

    it('reorders within a cell, and dropping a card where it was changes nothing', () => {
      const ws = runValid(moveCards, journeyWorkspace(), { journeyId: J, cardIds: ['b'], stageId: 's1', laneId: 'l1', beforeId: 'a' });
      expect(order(ws).slice(0, 2)).toEqual(['b', 'a']);
      const same = journeyWorkspace();
      const args = { journeyId: J, cardIds: ['a'], stageId: 's1', laneId: 'l1', beforeId: 'a' };
      expect(moveCards.apply(same, args, testContext())).toBe(same);
      expect(moveCards.apply(same, { ...args, beforeId: 'b' }, testContext())).toBe(same);
    });

    it('moves a multi-selection by the anchor offset, clamped to the grid', () => {
      const ws = runValid(moveCards, journeyWorkspace(), {
        journeyId: J,
        cardIds: ['a', 'c', 'd'],
        anchorId: 'a',
        stageId: 's2',
        laneId: 'l1',
      });
      expect([cellOf(ws, 'a'), cellOf(ws, 'c'), cellOf(ws, 'd')]).toEqual(['s2/l1', 's3/l1', 's3/l3']);
    });

    it('is one undo step', () => {
      const before = journeyWorkspace();
      const after = runValid(moveCards, before, { journeyId: J, cardIds: ['a'], stageId: 's3', laneId: 'l3' });
      const h = record(emptyHistory(), before);
      const back = undo(h, after)!;
      expect(back.doc).toBe(before);
      expect(redo(back.history, back.doc)!.doc).toBe(after);
    });
  });

  it('deletes cards with their connectors, and connectors alone, in one step', () => {
    let ws = runValid(removeItems, journeyWorkspace(), { journeyId: J, cardIds: ['c'] });
    expect(order(ws)).toEqual(['a', 'b', 'd']);
    expect(ws.journeys[0].connectors).toEqual([]);
    ws = runValid(removeItems, journeyWorkspace(), { journeyId: J, connectorIds: ['k2'] });
    expect(ws.journeys[0].connectors.map((c) => c.id)).toEqual(['k1']);
    expect(order(ws)).toHaveLength(4);
  });

  describe('paste and duplicate', () => {
    const src = journeyWorkspace().journeys[0];
    const clip: CardClip = {
      items: ['a', 'c', 'd'].map((id) => {
        const card = src.cards.find((c) => c.id === id)!;
        return { card, stageIndex: src.stages.findIndex((s) => s.id === card.stageId), laneIndex: src.lanes.findIndex((l) => l.id === card.laneId) };
      }),
      connectors: src.connectors.map(({ from, to, label }) => ({ from, to, label })),
    };

    it('duplicates right after the originals, with the connectors among them', () => {
      const ws = runValid(insertCards, journeyWorkspace(), { journeyId: J, clip, ids: ['a2', 'c2', 'd2'] });
      expect(order(ws)).toEqual(['a', 'a2', 'b', 'c', 'c2', 'd', 'd2']);
      expect(ws.journeys[0].connectors.slice(2).map((c) => [c.from, c.to, c.label])).toEqual([
        ['a2', 'c2', undefined],
        ['c2', 'd2', '24h'],
      ]);
      expect(ws.journeys[0].cards.find((c) => c.id === 'd2')!.ownerId).toBe('m1');
    });

    it('pastes at an offset, clamped to the grid, dropping links that do not exist here', () => {
      const noMembers = { ...journeyWorkspace(), members: [] };
      noMembers.journeys = noMembers.journeys.map((j) => ({ ...j, cards: j.cards.map(({ ownerId: _o, ...c }) => c) }));
      const ws = runValid(insertCards, noMembers, { journeyId: J, clip, offset: { stages: 1, lanes: 0 } });
      const j = ws.journeys[0];
      const pasted = j.cards.slice(4);
      expect(pasted.map((c) => `${c.stageId}/${c.laneId}`)).toEqual(['s2/l1', 's3/l1', 's3/l3']);
      expect(pasted.every((c) => !('ownerId' in c))).toBe(true);
      expect(new Set(j.cards.map((c) => c.id)).size).toBe(7);
    });
  });
});
