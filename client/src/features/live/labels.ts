import {
  formatMessage,
  MATTERS,
  stateName,
  type Choice,
  type Matter,
  type VoteFigures,
  type VoteMethod,
  type VotingRule,
} from '@plenary/shared';
import { explainIn } from '../../lib/explain';
import type { LocaleCode } from '../../lib/locale/locales';
import type { T } from '../../lib/locale/translate';

/** The letters on the lights and the keys: Latin in every language, as on the UN board. */
export const CHOICE_LETTERS: Record<Choice, string> = { yes: 'Y', no: 'N', abstain: 'A' };

/** Yes / No / Abstain in the language shown (the shared catalogue's words, as the record has them). */
export function choiceLabel(lang: LocaleCode, c: Choice): string {
  return formatMessage(lang, `choice.${c}`);
}

/** The choice as the pad says it in a sentence, in capitals where the script has them ("YES"). */
export function loudChoice(lang: LocaleCode, c: Choice): string {
  return choiceLabel(lang, c).toLocaleUpperCase(lang);
}

export function methodLabel(lang: LocaleCode, m: VoteMethod): string {
  return formatMessage(lang, `method.${m}`);
}

export function matterLabel(lang: LocaleCode, m: Matter): string {
  return formatMessage(lang, `matter.${m}`);
}

/** Where a rule comes from, in the language shown: "Convention, Article 8.18", "Rules of procedure (UN model)". */
export function sourceLabel(lang: LocaleCode, source: string): string {
  const article = /^Convention,? Art(?:icle|\.)\s*(.+)$/i.exec(source.trim());
  if (article) return formatMessage(lang, 'source.convention', { article: article[1] });
  if (source.trim() === MATTERS['other-substance'].source)
    return formatMessage(lang, 'source.rulesOfProcedure');
  return source;
}

/**
 * The rule a question is decided by, with its source, in the language shown: "Two-thirds
 * majority of States Parties present and voting — Rules of procedure (UN model)"; "Consensus,
 * else a …" where the Convention asks for consensus first.
 */
export function ruleText(
  t: T,
  lang: LocaleCode,
  q: { rule: VotingRule; ruleSource: string; matter?: Matter },
): string {
  const consensus = q.matter !== undefined && MATTERS[q.matter].consensusByConvention;
  const source = q.ruleSource ? sourceLabel(lang, q.ruleSource) : '';
  return t(consensus ? 'live.rule.consensusElse' : 'live.rule.plain', {
    rule: q.rule,
    source: source ? 'yes' : 'no',
    sourceText: source,
  });
}

/**
 * A State's name in the language shown (UN short name), the register's name when the names file
 * lacks it.
 */
export function stateLabel(lang: LocaleCode, s: { iso3: string; name?: string }): string {
  return stateName(s.iso3, lang, 'short', { registerName: s.name });
}

/**
 * The sentence under the figures: the shared arithmetic ("As the votes stand — …" while open),
 * or, while the counts are hidden, how many have voted.
 */
export function figuresSentence(f: VoteFigures, t: T, lang: LocaleCode = 'en'): string {
  if (f.explanation !== null) {
    const said = explainIn(lang, f);
    return f.provisional ? t('live.figures.provisional', { explanation: said }) : said;
  }
  if (f.method === 'secret') return t('live.figures.secretOpen', { voted: f.voted, eligible: f.eligible });
  return t('live.figures.handsOpen');
}
