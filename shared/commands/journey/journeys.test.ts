import { describe, expect, it } from 'vitest';
import { LANE_PRESETS } from '../../journey/presets';
import { emptyWorkspace, runValid, T1 } from '../testing';
import { journeyWorkspace, J } from './fixture';
import { createJourney, removeJourney, updateJourney } from './journeys';

describe('journey commands', () => {
  it('creates a journey from a lane preset with default sizes', () => {
    const lanes = LANE_PRESETS.serviceBlueprint.map((type) => ({ name: type, type }));
    const ws = runValid(createJourney, emptyWorkspace(), {
      name: ' 售后服务 ',
      useCase: 'serviceEfficiency',
      stages: [{ name: '报修' }, { name: '上门' }],
      lanes,
    });
    const j = ws.journeys[0];
    expect(j).toMatchObject({ name: '售后服务', useCase: 'serviceEfficiency', createdAt: T1, cards: [], connectors: [] });
    expect(j.stages.map((s) => [s.name, s.width])).toEqual([
      ['报修', 280],
      ['上门', 280],
    ]);
    expect(j.lanes.map((l) => l.type)).toEqual(['physicalEvidence', 'customerActions', 'frontstage', 'backstage', 'supportProcesses']);
    expect(new Set([...j.stages, ...j.lanes].map((x) => x.id)).size).toBe(7);
  });

  it('ignores a blank name and unknown personas', () => {
    const ws = emptyWorkspace();
    expect(createJourney.apply(ws, { name: ' ', stages: [], lanes: [] }, { now: T1, newId: () => 'x' })).toBe(ws);
    const made = runValid(createJourney, ws, { name: 'J', personaId: 'ghost', stages: [], lanes: [] });
    expect('personaId' in made.journeys[0]).toBe(false);
  });

  it('updates name and use case, clears links with null', () => {
    let ws = runValid(updateJourney, journeyWorkspace(), { journeyId: J, name: '新旅程', useCase: 'leadCapture' });
    expect(ws.journeys[0]).toMatchObject({ name: '新旅程', useCase: 'leadCapture', updatedAt: T1 });
    ws = runValid(updateJourney, ws, { journeyId: J, useCase: null });
    expect('useCase' in ws.journeys[0]).toBe(false);
    const same = journeyWorkspace();
    expect(updateJourney.apply(same, { journeyId: J, name: '会员旅程' }, { now: T1, newId: () => 'x' })).toBe(same);
    expect(updateJourney.apply(same, { journeyId: J, personaId: 'ghost' }, { now: T1, newId: () => 'x' })).toBe(same);
  });

  it('removes a journey', () => {
    expect(runValid(removeJourney, journeyWorkspace(), { journeyId: J }).journeys).toEqual([]);
  });
});
