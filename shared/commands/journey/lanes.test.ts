import { describe, expect, it } from 'vitest';
import { runValid } from '../testing';
import { DEFAULT_LANE_HEIGHT } from '../../journey/layout';
import { journeyWorkspace, J } from './fixture';
import { addLane, moveLane, removeLane, resizeLane, updateLane } from './lanes';

const lanes = (ws: ReturnType<typeof journeyWorkspace>) => ws.journeys[0].lanes.map((l) => l.id);

describe('lane commands', () => {
  it('adds a typed lane with its default height', () => {
    const ws = runValid(addLane, journeyWorkspace(), { journeyId: J, name: '痛点', type: 'painPoints', index: 0, id: 'lx' });
    expect(lanes(ws)).toEqual(['lx', 'l1', 'l2', 'l3']);
    expect(ws.journeys[0].lanes[0]).toEqual({ id: 'lx', name: '痛点', type: 'painPoints', height: DEFAULT_LANE_HEIGHT });
    const emo = runValid(addLane, journeyWorkspace(), { journeyId: J, name: 'Feel', type: 'emotions' });
    expect(emo.journeys[0].lanes[3].height).toBe(168);
  });

  it('renames and retypes a lane', () => {
    const ws = runValid(updateLane, journeyWorkspace(), { journeyId: J, laneId: 'l3', name: '后台', type: 'backstage' });
    expect(ws.journeys[0].lanes[2]).toMatchObject({ name: '后台', type: 'backstage' });
  });

  it('reorders lanes', () => {
    expect(lanes(runValid(moveLane, journeyWorkspace(), { journeyId: J, laneId: 'l3', toIndex: 0 }))).toEqual(['l3', 'l1', 'l2']);
    expect(lanes(runValid(moveLane, journeyWorkspace(), { journeyId: J, laneId: 'l1', toIndex: 1 }))).toEqual(['l2', 'l1', 'l3']);
  });

  it('resizes a lane', () => {
    const ws = runValid(resizeLane, journeyWorkspace(), { journeyId: J, laneId: 'l1', height: 300 });
    expect(ws.journeys[0].lanes[0].height).toBe(300);
  });

  it('removes a lane with its cards and their connectors', () => {
    const ws = runValid(removeLane, journeyWorkspace(), { journeyId: J, laneId: 'l3' });
    expect(lanes(ws)).toEqual(['l1', 'l2']);
    expect(ws.journeys[0].cards.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(ws.journeys[0].connectors.map((c) => c.id)).toEqual(['k1']);
  });
});
