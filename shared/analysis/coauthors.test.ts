import { describe, expect, it } from 'vitest';
import { wearableWorkshop } from '../commands/thesisTesting';
import { coAuthorCoverage } from './coauthors';

describe('co-author coverage', () => {
  const ws = wearableWorkshop();
  it('lists the key functions no co-author covers', () => {
    const c = coAuthorCoverage(ws.theses[0], ws.members);
    expect(c.authors.map((m) => m.name)).toEqual(['王芳', '李强']);
    expect(c.missing).toEqual(['pmo', 'digitalMarketing']);
  });

  it('all four key functions → nothing missing; other functions do not count', () => {
    const members = [...ws.members, { id: 'mDm', name: '陈静', function: 'digitalMarketing' as const, createdAt: '', updatedAt: '' }];
    expect(coAuthorCoverage({ coAuthorIds: ['mUx', 'mCs', 'mPmo', 'mDm', 'mCmo'] }, members).missing).toEqual([]);
    expect(coAuthorCoverage({ coAuthorIds: ['mCmo'] }, members).missing).toEqual(['ux', 'customerService', 'pmo', 'digitalMarketing']);
  });

  it('co-authors who left the team are ignored; a v1 thesis without co-authors misses all', () => {
    expect(coAuthorCoverage({ coAuthorIds: ['gone', 'mPmo'] }, ws.members).authors.map((m) => m.id)).toEqual(['mPmo']);
    expect(coAuthorCoverage({}, ws.members).missing).toHaveLength(4);
  });
});
