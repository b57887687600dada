import { COMMITTEE_IDS } from '../domain/offices/offices';
import { committeeName, conclusionsItemTitle } from './committees';
import { SUPPORTED_LANGUAGES } from './languages';

describe('committees in six languages', () => {
  it('titles the carried agenda item with the committee and the meeting code', () => {
    const of = { committee: 'victim-assistance' as const, code: 'VAC-2026' };
    expect(conclusionsItemTitle('en', of)).toBe(
      'Conclusions and recommendations of the Committee on Victim Assistance (VAC-2026)',
    );
    expect(conclusionsItemTitle('fr', of)).toBe(
      'Conclusions et recommandations du Comité sur l’assistance aux victimes (VAC-2026)',
    );
    expect(conclusionsItemTitle('zh', of)).toBe('受害者援助委员会的结论和建议（VAC-2026）');
  });

  it('names each of the four committees differently in every language', () => {
    for (const lang of SUPPORTED_LANGUAGES) {
      const names = COMMITTEE_IDS.map((c) => committeeName(lang, c));
      expect(new Set(names).size).toBe(4);
      if (lang !== 'en') expect(names).not.toContain(committeeName('en', 'victim-assistance'));
    }
  });
});
