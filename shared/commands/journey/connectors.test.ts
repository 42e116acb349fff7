import { describe, expect, it } from 'vitest';
import { runValid, testContext } from '../testing';
import { removeItems } from './cards';
import { connect, connectChain, labelConnector, reverseConnector } from './connectors';
import { journeyWorkspace, J } from './fixture';

describe('connector commands', () => {
  it('connects two cards with an optional label', () => {
    const ws = runValid(connect, journeyWorkspace(), { journeyId: J, from: 'b', to: 'd', label: ' 48 小时后 ', id: 'k9' });
    expect(ws.journeys[0].connectors[2]).toEqual({ id: 'k9', from: 'b', to: 'd', label: '48 小时后' });
  });

  it('refuses loops, duplicates and missing cards', () => {
    const ws = journeyWorkspace();
    for (const args of [
      { from: 'a', to: 'a' },
      { from: 'a', to: 'c' },
      { from: 'a', to: 'ghost' },
    ]) {
      expect(connect.apply(ws, { journeyId: J, ...args }, testContext())).toBe(ws);
    }
    // The opposite direction is a different arrow.
    expect(runValid(connect, ws, { journeyId: J, from: 'c', to: 'a' }).journeys[0].connectors).toHaveLength(3);
  });

  it('labels, unlabels and reverses', () => {
    let ws = runValid(labelConnector, journeyWorkspace(), { journeyId: J, connectorId: 'k1', label: '次日' });
    expect(ws.journeys[0].connectors[0].label).toBe('次日');
    ws = runValid(labelConnector, ws, { journeyId: J, connectorId: 'k1', label: '  ' });
    expect('label' in ws.journeys[0].connectors[0]).toBe(false);
    ws = runValid(reverseConnector, ws, { journeyId: J, connectorId: 'k1' });
    expect(ws.journeys[0].connectors[0]).toMatchObject({ from: 'c', to: 'a' });
  });

  it('deleting a card deletes its connectors, so none dangles', () => {
    const ws = runValid(removeItems, journeyWorkspace(), { journeyId: J, cardIds: ['a', 'd'] });
    expect(ws.journeys[0].connectors).toEqual([]);
  });

  it('chains a selection in click order, skipping arrows that exist', () => {
    const ws = runValid(connectChain, journeyWorkspace(), { journeyId: J, ids: ['b', 'a', 'c', 'd'] });
    expect(ws.journeys[0].connectors.map((c) => `${c.from}>${c.to}`)).toEqual(['a>c', 'c>d', 'b>a']);
  });
});
