import { Fragment, type ReactNode } from 'react';

/** A stand-in for a node inside a translated sentence (one definition: Sentence.tsx builds on it); no catalogue text contains U+0001. */
const MARK = '\u0001';

/** The parameter to pass to `t` for a node `name` that `rich()` will put back. */
export function slot(name: string): string {
  return `${MARK}${name}${MARK}`;
}

/**
 * A whole translated sentence with elements inside it ("Now calling: <strong>Chile</strong>"):
 * the sentence is formatted with `slot(name)` where each element goes, and `rich` puts the
 * elements there, wherever the language puts them. No sentence is built from fragments.
 */
export function rich(text: string, nodes: Record<string, ReactNode>): ReactNode {
  const parts = text.split(MARK);
  if (parts.length === 1) return text;
  return parts.map((part, i) =>
    i % 2 === 1 && part in nodes ? <Fragment key={i}>{nodes[part]}</Fragment> : part,
  );
}
