import { CLIENT_ERROR_CODES, SERVER_ERROR_CODES } from '../contracts/errors';
import { validateExperts } from '../domain/convening/compliance.rules';
import { reason } from '../domain/reasons/reasons';
import { CATALOGUES } from './catalogue';
import { errorMessage, renderError } from './errors';
import { SUPPORTED_LANGUAGES } from './languages';
import { renderReason } from './reasons.render';

const ALL_CODES = [...SERVER_ERROR_CODES, ...CLIENT_ERROR_CODES];

describe('the error catalogue', () => {
  it('has a message for every error code in all six languages, none left in English', () => {
    for (const lang of SUPPORTED_LANGUAGES) {
      for (const code of ALL_CODES) {
        const text = renderError(lang, { code });
        expect({ lang, code, text: text.length > 0 }).toEqual({ lang, code, text: true });
        if (lang !== 'en')
          expect({ lang, code, same: text === renderError('en', { code }) }).toEqual({
            lang,
            code,
            same: false,
          });
      }
    }
    // No stray keys: the error file holds the codes and the field note, nothing else.
    const errorKeys = Object.keys(CATALOGUES.en).filter((k) => k.startsWith('error.'));
    expect(errorKeys.sort()).toEqual(['error.field', ...ALL_CODES.map((c) => `error.${c}`)].sort());
  });

  it('names the field at fault in the reader’s language, the field itself as the API names it', () => {
    expect(renderError('fr', { code: 'VALIDATION', field: 'stateIso3' })).toBe(
      'La requête n’est pas valide. (champ : stateIso3)',
    );
    expect(renderError('ar', { code: 'NOT_FOUND', field: 'id' })).toBe('غير موجود. (الحقل: id)');
    expect(renderError('zh', { code: 'VOTE_CLOSED' })).toBe('表决已结束：无法再作更改。');
    expect(renderError('en', { code: 'NOT_FOUND' })).toBe('Not found.');
  });

  it('renders a refusal with its facts from its reason rather than the code’s general sentence', () => {
    const why = reason('refusal.ruleBelowRequired', {
      matter: 'art8-measures',
      rule: 'two-thirds-present-voting',
      article: '8.19',
    });
    const e = { code: 'RULE_BELOW_REQUIRED' as const, field: 'rule', reason: why };
    expect(errorMessage(e)).toEqual({ key: 'reason.refusal.ruleBelowRequired', params: why.params });
    for (const lang of SUPPORTED_LANGUAGES) {
      expect(renderError(lang, e).startsWith(renderReason(lang, why))).toBe(true);
      expect(renderError(lang, e)).not.toBe(
        renderError(lang, { code: 'RULE_BELOW_REQUIRED', field: 'rule' }),
      );
    }
    expect(renderError('fr', e)).toContain('8.19');
  });

  it('falls back to English for a language it does not have', () => {
    expect(renderError('de', { code: 'LIST_CLOSED' })).toBe('The list of speakers is closed.');
  });

  it('renders the experts check’s refusal with its facts, the field kept as the API names it', () => {
    const r = validateExperts(
      [
        { name: 'Dr Bo Berg', nationality: 'CHE' },
        { name: 'Dr Ana Alves', nationality: 'BRA' },
      ],
      ['BRA'],
    );
    if (r.ok) throw new Error('a national of the requesting State was appointed');
    expect(r.error).toMatchObject({ code: 'EXCLUDED_NATIONALITY', field: 'experts.1.nationality' });
    expect(renderError('fr', r.error)).toBe(
      'Dr Ana Alves est ressortissant(e) de l’État suivant : Brésil, qui demande la mission ou est directement concerné par celle-ci ; il ou elle ne peut pas être nommé(e) (art. 8.10). (champ : experts.1.nationality)',
    );
    expect(renderError('ar', r.error)).toContain('البرازيل');
    const many = validateExperts(
      Array.from({ length: 12 }, (_, i) => ({ name: `E${i}`, nationality: 'CHE' })),
      [],
    );
    if (many.ok) throw new Error('twelve experts were accepted');
    expect(renderError('ru', many.error)).toMatch(
      /не более 9 экспертов \(ст\. 8\.9\); назначено 12 экспертов\./,
    );
  });
});
