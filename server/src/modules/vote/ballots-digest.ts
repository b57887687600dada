import { createHash } from 'node:crypto';
import type { Choice } from '@plenary/shared';

const CHOICE_ORDER: Choice[] = ['abstain', 'no', 'yes'];

/**
 * The canonical text of a closed vote's ballots, digested into the `decision.vote` record entry
 * (`ballotsDigest`), so the hash-chained record also vouches for the ballots it summarises:
 * - recorded and roll-call votes: one line `ISO3:choice` per ballot, sorted by ISO code;
 * - secret ballots: the choices only, one per line, sorted (abstain, no, yes): the box holds
 *   nothing else, and the digest must not link a State to its choice either;
 * - show of hands: no ballots, the empty text.
 * Lines are joined by "\n" with no trailing newline; the digest is the hex SHA-256 of the UTF-8.
 */
export type Ballots =
  | { method: 'recorded' | 'roll-call'; ballots: { iso3: string; choice: Choice }[] }
  | { method: 'secret'; totals: Record<Choice, number> }
  | { method: 'show-of-hands' };

export function canonicalBallots(b: Ballots): string {
  switch (b.method) {
    case 'recorded':
    case 'roll-call':
      return b.ballots
        .map((x) => `${x.iso3}:${x.choice}`)
        .sort()
        .join('\n');
    case 'secret':
      return CHOICE_ORDER.flatMap((c) => Array.from({ length: b.totals[c] }, () => c)).join('\n');
    case 'show-of-hands':
      return '';
  }
}

export function ballotsDigest(b: Ballots): string {
  return createHash('sha256').update(canonicalBallots(b), 'utf8').digest('hex');
}
