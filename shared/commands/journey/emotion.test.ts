import { describe, expect, it } from 'vitest';
import { runValid, testContext } from '../testing';
import { setEmotionPoint, setToBeCurve } from './emotion';
import { journeyWorkspace, J } from './fixture';

const lane = (ws: ReturnType<typeof journeyWorkspace>) => ws.journeys[0].lanes[1];

describe('emotion curve commands', () => {
  it('moves, adds and removes points, clamped to −2…+2', () => {
    let ws = runValid(setEmotionPoint, journeyWorkspace(), { journeyId: J, laneId: 'l2', stageId: 's2', curve: 'asIs', value: 1 });
    expect(lane(ws).asIs).toEqual([{ stageId: 's1', value: 1 }, { stageId: 's2', value: 1 }]);
    ws = runValid(setEmotionPoint, ws, { journeyId: J, laneId: 'l2', stageId: 's3', curve: 'asIs', value: 7 });
    expect(lane(ws).asIs![2]).toEqual({ stageId: 's3', value: 2 });
    ws = runValid(setEmotionPoint, ws, { journeyId: J, laneId: 'l2', stageId: 's1', curve: 'asIs', value: null });
    expect(lane(ws).asIs!.map((p) => p.stageId)).toEqual(['s2', 's3']);
    const same = journeyWorkspace();
    expect(setEmotionPoint.apply(same, { journeyId: J, laneId: 'l2', stageId: 's1', curve: 'asIs', value: 1 }, testContext())).toBe(same);
  });

  it('starts the to-be curve as a copy of the as-is one, edits it separately, and removes it', () => {
    let ws = runValid(setToBeCurve, journeyWorkspace(), { journeyId: J, laneId: 'l2', enabled: true });
    expect(lane(ws).toBe).toEqual(lane(ws).asIs);
    ws = runValid(setEmotionPoint, ws, { journeyId: J, laneId: 'l2', stageId: 's2', curve: 'toBe', value: 1 });
    expect(lane(ws).toBe![1].value).toBe(1);
    expect(lane(ws).asIs![1].value).toBe(-2);
    ws = runValid(setToBeCurve, ws, { journeyId: J, laneId: 'l2', enabled: false });
    expect('toBe' in lane(ws)).toBe(false);
  });

  it('does not write to a to-be curve that is not shown', () => {
    const ws = journeyWorkspace();
    expect(setEmotionPoint.apply(ws, { journeyId: J, laneId: 'l2', stageId: 's1', curve: 'toBe', value: 2 }, testContext())).toBe(ws);
  });
});
