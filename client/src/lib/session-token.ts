/**
 * The browser never holds the session token: the server keeps it in an HttpOnly cookie that no
 * script can read (ADR 0009), so a cross-site script cannot carry it off. What the page does keep
 * track of is *that* the session changed (signed in, signed out, ended or changed by the server),
 * so whatever depends on it, the socket first, starts again with the new one.
 */
const listeners = new Set<() => void>();

/** Call after a sign-in, a sign-out, or when the server ended or changed this session. */
export function sessionChanged(): void {
  listeners.forEach((l) => l());
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
