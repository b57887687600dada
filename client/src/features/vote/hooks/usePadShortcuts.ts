import type { Choice } from '@plenary/shared';
import { useEffect, useSyncExternalStore } from 'react';

/**
 * The pad's keyboard shortcuts (Y, N, A), off unless the delegate turns them on (WCAG 2.1.4):
 * a stray key never votes. When on, a key only opens the confirmation; nothing is cast until
 * the delegate confirms. Remembered on this device.
 */
const STORAGE_KEY = 'plenary.padShortcuts';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return typeof window !== 'undefined' && window.localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}
let on = read();

export function setPadShortcuts(next: boolean): void {
  on = next;
  try {
    window.localStorage.setItem(STORAGE_KEY, next ? 'on' : 'off');
  } catch {
    // storage disabled: the setting lasts for this page only
  }
  listeners.forEach((l) => l());
}

export function usePadShortcutsSetting(): [boolean, (next: boolean) => void] {
  const value = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => on,
    () => false,
  );
  return [value, setPadShortcuts];
}

const KEYS: Record<string, Choice> = { y: 'yes', n: 'no', a: 'abstain' };

/** While `enabled`, Y, N or A (no modifier, not in a field, not repeated) asks for that choice. */
export function usePadShortcuts(enabled: boolean, onKey: (choice: Choice) => void): void {
  useEffect(() => {
    if (!enabled) return;
    const handler = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.repeat || e.defaultPrevented) return;
      const t = e.target instanceof HTMLElement ? e.target : null;
      const typing =
        t instanceof HTMLInputElement ? !['checkbox', 'radio', 'button'].includes(t.type) : false;
      if (t && (typing || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) return;
      if (t?.closest('dialog')) return;
      const choice = KEYS[e.key.toLowerCase()];
      if (!choice) return;
      e.preventDefault();
      onKey(choice);
    };
    document.addEventListener('keydown', handler);
    return () => document.removeEventListener('keydown', handler);
  }, [enabled, onKey]);
}
