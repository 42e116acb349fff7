import { describe, expect, it } from 'vitest';
import { firstCard, nearestCard, type NavBox } from './navigation';

// A grid of 3 stages (x 0, 300, 600) × 2 lanes (y 0, 200); cards 180 × 112, stacked cells 122 apart.
const box = (id: string, x: number, y: number): NavBox => ({ id, x, y, w: 180, h: 112 });
const cards: NavBox[] = [
  box('a', 0, 0),
  box('b', 300, 0),
  box('b2', 300, 122), // stacked under b in the same cell
  box('c', 600, 0),
  box('d', 0, 400),
  box('f', 600, 400),
];

describe('firstCard', () => {
  it('is null without cards', () => {
    expect(firstCard([])).toBeNull();
  });
  it('is the top-left card in reading order, whatever the array order', () => {
    expect(firstCard([...cards].reverse())).toBe('a');
    expect(firstCard([box('x', 300, 5), box('y', 0, 400), box('z', 600, 0)])).toBe('x');
  });
});

describe('nearestCard', () => {
  it('moves left and right across stages in the same lane', () => {
    expect(nearestCard(cards, 'a', 'right')).toBe('b');
    expect(nearestCard(cards, 'b', 'right')).toBe('c');
    expect(nearestCard(cards, 'c', 'left')).toBe('b');
    expect(nearestCard(cards, 'b', 'left')).toBe('a');
  });
  it('skips empty cells in the same lane before changing lane', () => {
    expect(nearestCard(cards, 'd', 'right')).toBe('f');
    expect(nearestCard(cards, 'f', 'left')).toBe('d');
  });
  it('moves up and down through stacked cards, then across lanes', () => {
    expect(nearestCard(cards, 'b', 'down')).toBe('b2');
    expect(nearestCard(cards, 'b2', 'up')).toBe('b');
    expect(nearestCard(cards, 'a', 'down')).toBe('d');
    expect(nearestCard(cards, 'f', 'up')).toBe('c');
  });
  it('falls back to the nearest card off the row or column', () => {
    // Nothing below b2 in its column: the nearest card further down, left or right.
    expect(['d', 'f']).toContain(nearestCard(cards, 'b2', 'down'));
    expect(nearestCard([box('a', 0, 0), box('far', 900, 600), box('near', 300, 300)], 'a', 'right')).toBe('near');
  });
  it('is null at the edge and for an unknown card', () => {
    expect(nearestCard(cards, 'a', 'left')).toBeNull();
    expect(nearestCard(cards, 'a', 'up')).toBeNull();
    expect(nearestCard(cards, 'c', 'right')).toBeNull();
    expect(nearestCard(cards, 'nope', 'right')).toBeNull();
  });
});
