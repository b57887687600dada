import { Children, type ReactNode } from 'react';
import { rich, slot as namedSlot } from '../rich';

/** The marker to pass as the n-th child's message argument (`rich`'s slot named by position). */
export function slot(n: number): string {
  return namedSlot(String(n));
}

/** The marker of the first (or only) child. */
export const SLOT = slot(0);

/**
 * `rich` with the elements given as children, in order: the message is formatted with slot(0),
 * slot(1)… as the arguments, and each child takes its slot's place, wherever the language puts it.
 * Text without slots shows as it is.
 */
export function Sentence({ text, children }: { text: string; children: ReactNode }) {
  const nodes = Object.fromEntries(Children.toArray(children).map((c, i) => [String(i), c]));
  return <>{rich(text, nodes)}</>;
}
