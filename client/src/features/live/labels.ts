import { VOTE_METHOD_LABELS, type Choice, type VoteFigures, type VoteMethod } from '@plenary/shared';
import type { Format } from '../../lib/locale/format';
import { explainIn } from '../../lib/explain';

export const CHOICE_LABELS: Record<Choice, string> = { yes: 'Yes', no: 'No', abstain: 'Abstain' };
export const CHOICE_LETTERS: Record<Choice, string> = { yes: 'Y', no: 'N', abstain: 'A' };

export function methodLabel(m: VoteMethod): string {
  return VOTE_METHOD_LABELS[m];
}

/**
 * The sentence under the figures: the shared arithmetic ("As the votes stand — …" while open),
 * or, while the counts are hidden, how many have voted.
 */
export function figuresSentence(f: VoteFigures, fmt: Format): string {
  if (f.explanation !== null) {
    const said = explainIn(fmt.locale, f);
    return f.provisional ? `As the votes stand — ${said}` : said;
  }
  if (f.method === 'secret')
    return `${fmt.plural(f.voted, { one: '# State has', other: '# States have' })} voted of ${fmt.number(f.eligible)}; the counts are shown when the ballot closes.`;
  return 'The Secretariat counts the hands in the room; the result is shown when the vote closes.';
}
