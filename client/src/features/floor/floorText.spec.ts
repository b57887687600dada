import { FLOOR_RULES, type FloorRule, type MotionKind } from '@plenary/shared';
import { messages } from '../../i18n/messages/floor';
import { LOCALES, type LocaleCode } from '../../lib/locale/locales';
import { createT } from '../../lib/locale/translate';

const KINDS: MotionKind[] = [
  'suspend-meeting',
  'adjourn-meeting',
  'adjourn-debate',
  'close-debate',
  'division',
  'reconsideration',
];
const LANGS = Object.keys(LOCALES) as LocaleCode[];

/**
 * The floor's messages as the screens format them: every select reaches its own branch (a kebab
 * code arrives camel-cased), in every language, and English keeps the rule's citation word for
 * word as shared/src/domain/floor/floor.errors.ts gives it.
 */
describe('floor screen messages', () => {
  it.each(LANGS)('%s: each motion kind has its own wording, with the proposal where it needs one', (lang) => {
    const t = createT(lang);
    const texts = KINDS.map((kind) => t('floor.motion.label', { id: 'M3', kind, proposal: 'L.1' }));
    expect(new Set(texts).size).toBe(KINDS.length);
    expect(texts.filter((x) => x.includes('L.1'))).toHaveLength(2);
    expect(texts.every((x) => x.includes('M3'))).toBe(true);
  });

  it.each(LANGS)('%s: every rule has its own citation; every refusal code its sentence', (lang) => {
    const t = createT(lang);
    const rules = Object.keys(FLOOR_RULES) as FloorRule[];
    const cited = rules.map((citation) => t('floor.rule', { citation }));
    expect(new Set(cited).size).toBe(rules.length);
    const whys = Object.keys(messages.en).filter((k) => k.startsWith('floor.why.'));
    expect(whys.length).toBeGreaterThan(30);
    for (const k of whys) expect(t(k as keyof typeof messages.en)).not.toBe(k);
  });

  it('English cites the rule exactly as the server’s refusal does', () => {
    const t = createT('en');
    for (const [citation, text] of Object.entries(FLOOR_RULES))
      expect(t('floor.rule', { citation })).toBe(text);
    expect(t('floor.clock.kind', { kind: 'explanation-before' })).toBe('Explanation of vote before the vote');
    expect(t('floor.clock.kind', { kind: 'reply' })).toBe('Right of reply');
  });
});
