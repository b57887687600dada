import { Children, Fragment, type ReactNode } from 'react';

/** The marker to pass as the n-th element's message argument (private use, never in a message). */
export function slot(n: number): string {
  return String.fromCharCode(0xe000 + n);
}

/** The marker of the first (or only) element. */
export const SLOT = slot(0);

/**
 * A whole translated sentence with elements inside it (a `<time>`, a `<strong>` figure, a link):
 * the message is formatted with slot(0), slot(1)… as the arguments, and each child takes its
 * slot's place, wherever the language puts it. Text without slots shows as it is.
 */
export function Sentence({ text, children }: { text: string; children: ReactNode }) {
  const elements = Children.toArray(children);
  const parts: ReactNode[] = [];
  let rest = text;
  for (;;) {
    let at = -1;
    let which = -1;
    elements.forEach((_, i) => {
      const k = rest.indexOf(slot(i));
      if (k >= 0 && (at < 0 || k < at)) {
        at = k;
        which = i;
      }
    });
    if (at < 0) break;
    parts.push(rest.slice(0, at), elements[which]);
    rest = rest.slice(at + 1);
  }
  parts.push(rest);
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>{p}</Fragment>
      ))}
    </>
  );
}
