import { describe, expect, it } from 'vitest';
import { addMember, removeMember, updateMember } from './members';
import { emptyWorkspace, runValid, T0, T1 } from './testing';

describe('member commands', () => {
  it('adds a member with a fresh id and times', () => {
    const ws = runValid(addMember, emptyWorkspace(), { name: ' 王芳 ', function: 'ux' });
    expect(ws.members).toEqual([{ id: 'n1', name: '王芳', function: 'ux', createdAt: T1, updatedAt: T1 }]);
    expect(ws.updatedAt).toBe(T1);
  });

  it('ignores a blank name', () => {
    const ws = emptyWorkspace();
    expect(addMember.apply(ws, { name: ' ', function: 'ux' }, { now: T1, newId: () => 'x' })).toBe(ws);
  });

  it('updates name and function, not others', () => {
    let ws = runValid(addMember, emptyWorkspace(), { name: 'A', function: 'ux', id: 'a' });
    ws = runValid(addMember, ws, { name: 'B', function: 'it', id: 'b' });
    ws = runValid(updateMember, ws, { id: 'a', function: 'pmo' });
    expect(ws.members.map((m) => [m.name, m.function])).toEqual([
      ['A', 'pmo'],
      ['B', 'it'],
    ]);
  });

  it('removing a member clears them as card owner', () => {
    let ws = runValid(addMember, emptyWorkspace(), { name: 'A', function: 'ux', id: 'a' });
    ws = {
      ...ws,
      journeys: [
        {
          id: 'j1',
          name: 'J',
          createdAt: T0,
          updatedAt: T0,
          stages: [{ id: 's1', name: 'S', width: 200 }],
          lanes: [{ id: 'l1', name: 'L', type: 'touchpoints', height: 100 }],
          cards: [{ id: 'c1', stageId: 's1', laneId: 'l1', text: 'x', ownerId: 'a' }],
          connectors: [],
        },
      ],
    };
    ws = runValid(removeMember, ws, { id: 'a' });
    expect(ws.members).toEqual([]);
    expect('ownerId' in ws.journeys[0].cards[0]).toBe(false);
  });
});
