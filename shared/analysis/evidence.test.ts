import { describe, expect, it } from 'vitest';
import { wearableWorkshop } from '../commands/thesisTesting';
import type { Persona } from '../model/schema';
import { evidenceSummary, sharePercent } from './evidence';

describe('evidence share', () => {
  it('counts research-backed statements across goals, needs, pains and behaviours, by source', () => {
    const s = evidenceSummary(wearableWorkshop().personas[0]);
    expect(s).toMatchObject({ total: 5, research: 4, assumption: 1, share: 0.8 });
    expect(s.bySource).toEqual({ interview: 1, survey: 1, analytics: 1, supportLogs: 1, other: 0 });
    expect(sharePercent(s)).toBe(80);
  });

  it('a persona without statements (or only blank ones, or a v1 persona without lists) has no share', () => {
    const bare: Persona = { id: 'p', name: 'P', createdAt: '', updatedAt: '' };
    expect(evidenceSummary(bare)).toMatchObject({ total: 0, share: null });
    expect(sharePercent(evidenceSummary(bare))).toBeNull();
    const blank: Persona = { ...bare, goals: [{ id: 'g', text: '  ', evidence: { kind: 'assumption' } }] };
    expect(evidenceSummary(blank).total).toBe(0);
  });

  it('all assumptions → 0 %; all research → 100 %', () => {
    const p = (kind: 'assumption' | 'research'): Persona => ({
      id: 'p',
      name: 'P',
      createdAt: '',
      updatedAt: '',
      pains: [{ id: 'x', text: 't', evidence: kind === 'research' ? { kind, source: 'other', reference: 'CRM export' } : { kind } }],
    });
    expect(sharePercent(evidenceSummary(p('assumption')))).toBe(0);
    expect(sharePercent(evidenceSummary(p('research')))).toBe(100);
  });

  it('rounds for display: 2 of 3 → 67 %', () => {
    const st = (id: string, research: boolean) => ({
      id,
      text: id,
      evidence: research ? ({ kind: 'research', source: 'survey', reference: 'Q3 survey' } as const) : ({ kind: 'assumption' } as const),
    });
    const p: Persona = { id: 'p', name: 'P', createdAt: '', updatedAt: '', goals: [st('a', true), st('b', true), st('c', false)] };
    expect(sharePercent(evidenceSummary(p))).toBe(67);
  });

  it('research with no reference is not counted as research (a tag alone proves nothing)', () => {
    const p: Persona = {
      id: 'p',
      name: 'P',
      createdAt: '',
      updatedAt: '',
      goals: [
        { id: 'a', text: 'a', evidence: { kind: 'research', source: 'interview', reference: '12 interviews, 2024' } },
        { id: 'b', text: 'b', evidence: { kind: 'research', source: 'interview', reference: '  ' } },
      ],
    };
    expect(evidenceSummary(p)).toMatchObject({ total: 2, research: 1, unsourced: 1, share: 0.5 });
  });
});
