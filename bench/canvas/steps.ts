/**
 * The pan/zoom sequence every renderer is timed on: pans at 100 %, a zoom out to a whole-map view,
 * pans there, zoom to fit, pans at fit, and back in. Steps are in screen pixels and zoom factors
 * around the middle of the map area, as a wheel or a drag would produce them.
 */
export type Step = { kind: 'pan'; dx: number; dy: number } | { kind: 'zoom'; factor: number } | { kind: 'fit' };

export function steps(): Step[] {
  const out: Step[] = [];
  for (let i = 0; i < 30; i++) out.push({ kind: 'pan', dx: -40, dy: i % 2 ? -20 : -30 });
  for (let i = 0; i < 20; i++) out.push({ kind: 'zoom', factor: 0.88 });
  for (let i = 0; i < 20; i++) out.push({ kind: 'pan', dx: i < 10 ? -60 : 60, dy: i % 2 ? -15 : 15 });
  out.push({ kind: 'fit' });
  for (let i = 0; i < 10; i++) out.push({ kind: 'pan', dx: 12, dy: 6 });
  for (let i = 0; i < 24; i++) out.push({ kind: 'zoom', factor: 1 / 0.85 });
  for (let i = 0; i < 15; i++) out.push({ kind: 'pan', dx: 50, dy: 30 });
  return out;
}

export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
