import { useEffect, useState } from 'react';
import { useRoute } from '../../store/route';

function read(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
  } catch {
    // Storage unavailable: the view just starts fresh after a reload.
  }
}

/**
 * A view's state (the open persona, the chosen thesis and tab) that survives a reload of the page,
 * per workshop. Leaving the view forgets it, so coming back by the navigation starts fresh as before.
 */
export function useReloadState(name: string): [string | null, (v: string | null) => void] {
  const ref = useRoute((s) => (s.route.screen === 'workspace' ? s.route.ref : ''));
  const key = `touchstone.view.${name}.${ref}`;
  const [value, setValue] = useState<string | null>(() => read(key));
  useEffect(() => {
    write(key, value);
    return () => write(key, null);
  }, [key, value]);
  return [value, setValue];
}
