import { describe, expect, it } from 'vitest';
import { runValid, testContext } from '../testing';
import { journeyWorkspace, J } from './fixture';
import { addStage, moveStage, removeStage, renameStage, resizeStage } from './stages';

const stages = (ws: ReturnType<typeof journeyWorkspace>) => ws.journeys[0].stages.map((s) => s.id);

describe('stage commands', () => {
  it('adds a stage at an index', () => {
    const ws = runValid(addStage, journeyWorkspace(), { journeyId: J, name: ' 售后 ', index: 1, id: 'sx' });
    expect(stages(ws)).toEqual(['s1', 'sx', 's2', 's3']);
    expect(ws.journeys[0].stages[1]).toEqual({ id: 'sx', name: '售后', width: 280 });
    expect(stages(runValid(addStage, journeyWorkspace(), { journeyId: J, name: 'End' }))).toEqual(['s1', 's2', 's3', 'n1']);
  });

  it('renames a stage', () => {
    const ws = runValid(renameStage, journeyWorkspace(), { journeyId: J, stageId: 's2', name: '下单' });
    expect(ws.journeys[0].stages[1].name).toBe('下单');
  });

  it('resizes a stage within limits, rounding to whole pixels', () => {
    let ws = runValid(resizeStage, journeyWorkspace(), { journeyId: J, stageId: 's1', width: 411.6 });
    expect(ws.journeys[0].stages[0].width).toBe(412);
    ws = runValid(resizeStage, ws, { journeyId: J, stageId: 's1', width: 3 });
    expect(ws.journeys[0].stages[0].width).toBe(120);
    const same = journeyWorkspace();
    expect(resizeStage.apply(same, { journeyId: J, stageId: 's1', width: 280 }, testContext())).toBe(same);
  });

  it('reorders stages, cards go along', () => {
    const ws = runValid(moveStage, journeyWorkspace(), { journeyId: J, stageId: 's1', toIndex: 2 });
    expect(stages(ws)).toEqual(['s2', 's3', 's1']);
    expect(ws.journeys[0].cards.find((c) => c.id === 'a')!.stageId).toBe('s1');
    expect(stages(runValid(moveStage, journeyWorkspace(), { journeyId: J, stageId: 's3', toIndex: -4 }))).toEqual(['s3', 's1', 's2']);
  });

  it('removes a stage with its cards, their connectors and its emotion points', () => {
    const ws = runValid(removeStage, journeyWorkspace(), { journeyId: J, stageId: 's2' });
    const j = ws.journeys[0];
    expect(j.stages.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(j.cards.map((c) => c.id)).toEqual(['a', 'b']);
    expect(j.connectors).toEqual([]);
    expect(j.lanes[1].asIs).toEqual([{ stageId: 's1', value: 1 }]);
  });
});
