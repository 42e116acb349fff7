import { create } from 'zustand';

export const SECTIONS = ['overview', 'personas', 'thesis', 'journeys', 'segments', 'reports'] as const;
export type Section = (typeof SECTIONS)[number];

export type Route = { screen: 'home' } | { screen: 'workspace'; ref: string; section: Section };

/** `#/w/<ref>/<section>`: the hash keeps the open workshop across reloads. */
export function parseHash(hash: string): Route {
  const [, kind, ref, section] = hash.split('/');
  if (kind !== 'w' || !ref) return { screen: 'home' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(ref);
  } catch {
    return { screen: 'home' };
  }
  const known = SECTIONS.find((s) => s === section);
  return { screen: 'workspace', ref: decoded, section: known ?? 'overview' };
}

export function formatRoute(route: Route): string {
  return route.screen === 'home' ? '#/' : `#/w/${encodeURIComponent(route.ref)}/${route.section}`;
}

export const useRoute = create<{ route: Route }>(() => ({ route: parseHash(location.hash) }));

export function navigate(route: Route): void {
  const hash = formatRoute(route);
  if (location.hash !== hash) location.hash = hash;
  useRoute.setState({ route });
}

window.addEventListener('hashchange', () => useRoute.setState({ route: parseHash(location.hash) }));
