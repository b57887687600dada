import { useSyncExternalStore } from 'react';

/**
 * Projector mode scales the root font size (everything is sized in rem), for a screen read from
 * the back of the room. Turned on by ?projector=1 or the header toggle, and remembered.
 */
const STORAGE_KEY = 'plenary.projector';
const listeners = new Set<() => void>();
let on = readStored();

function readStored(): boolean {
  try {
    return typeof window !== 'undefined' && window.localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

function apply(): void {
  if (typeof document === 'undefined') return;
  if (on) document.documentElement.dataset.projector = 'on';
  else delete document.documentElement.dataset.projector;
}

export function setProjectorMode(next: boolean): void {
  on = next;
  try {
    window.localStorage.setItem(STORAGE_KEY, next ? '1' : '0');
  } catch {
    // storage disabled: the mode lasts for this page only
  }
  apply();
  listeners.forEach((l) => l());
}

/** Reads ?projector=1 / ?projector=0 from a query string; call once at start-up. */
export function initProjectorMode(search: string): void {
  const p = new URLSearchParams(search).get('projector');
  if (p === '1' || p === 'true') setProjectorMode(true);
  else if (p === '0' || p === 'false') setProjectorMode(false);
  else apply();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useProjectorMode(): [boolean, (next: boolean) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => on,
    () => false,
  );
  return [value, setProjectorMode];
}
