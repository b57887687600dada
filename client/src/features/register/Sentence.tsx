import { Fragment, type ReactNode } from 'react';

/** A marker to pass as a message argument where an element goes (private use, never in a message). */
export const SLOT = '\uE000';

/**
 * A whole translated sentence with one element inside it (a `<time>`, a link): the message is
 * formatted with SLOT as the argument, and the element takes the slot's place, wherever the
 * language puts it. A message without the slot shows as it is.
 */
export function Sentence({ text, children }: { text: string; children: ReactNode }) {
  const at = text.indexOf(SLOT);
  if (at < 0) return <>{text}</>;
  return (
    <Fragment>
      {text.slice(0, at)}
      {children}
      {text.slice(at + SLOT.length)}
    </Fragment>
  );
}
