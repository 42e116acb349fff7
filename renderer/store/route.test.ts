// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { formatRoute, parseHash } from './route';

describe('route hash', () => {
  it('round-trips a workspace route with a path ref', () => {
    const route = { screen: 'workspace', ref: '/home/a b/工作坊 #1.touchstone', section: 'thesis' } as const;
    expect(parseHash(formatRoute(route))).toEqual(route);
  });

  it('falls back to home or overview on anything odd', () => {
    expect(parseHash('')).toEqual({ screen: 'home' });
    expect(parseHash('#/w/%E0%A4%A/overview')).toEqual({ screen: 'home' });
    expect(parseHash('#/w/x/nonsense')).toEqual({ screen: 'workspace', ref: 'x', section: 'overview' });
  });
});
