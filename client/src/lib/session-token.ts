/**
 * The session token, kept in memory and mirrored to localStorage so a reload keeps the session.
 * The server also sets an httpOnly cookie; the Bearer header is what works across origins
 * (the Vite dev server) and for a delegation pad opened from a link with ?token=.
 */
const STORAGE_KEY = 'plenary.token';

let current: string | null | undefined;
const listeners = new Set<(token: string | null) => void>();

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // private mode or storage disabled: memory only
  }
}

export function getSessionToken(): string | null {
  if (current === undefined) current = storage()?.getItem(STORAGE_KEY) ?? null;
  return current;
}

export function setSessionToken(token: string | null): void {
  current = token;
  const s = storage();
  if (token === null) s?.removeItem(STORAGE_KEY);
  else s?.setItem(STORAGE_KEY, token);
  listeners.forEach((l) => l(token));
}

export function onSessionTokenChange(listener: (token: string | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
