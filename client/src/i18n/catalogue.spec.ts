import { catalogueProblems, type Language } from '@plenary/shared';
import { UI_CATALOGUES, type UiKey } from './catalogue';

/**
 * Screen messages that are rightly the same in English and another language, one by one (a
 * proper name, a unit, a word both languages share). Everything else left equal to English fails.
 */
const SAME_AS_ENGLISH: Partial<Record<Language, UiKey[]>> = {
  // "Label: message" and "Person (State)" are punctuated alike in these languages; "Abstentions"
  // is the French record's word too.
  fr: ['election.candidate.person', 'election.count.blank'],
  es: ['common.field.labelled', 'election.candidate.person'],
  ru: ['common.field.labelled', 'election.candidate.person'],
  ar: ['common.field.labelled', 'election.candidate.person'],
};

describe('screen catalogues', () => {
  it('are complete, parse, keep the English arguments, spell every plural form and are translated', () => {
    expect(catalogueProblems(UI_CATALOGUES, SAME_AS_ENGLISH)).toEqual([]);
  });

  it('point arrows the way each language reads: an English → is ← in Arabic', () => {
    // U+2192 is not mirrored by the bidi algorithm: "161 → 162" in an Arabic sentence points back.
    const wrong = (Object.keys(UI_CATALOGUES.en) as UiKey[]).filter(
      (k) =>
        /[→⇒➔➜]/.test(UI_CATALOGUES.ar[k]) ||
        (/→/.test(UI_CATALOGUES.en[k]) && !/←/.test(UI_CATALOGUES.ar[k])),
    );
    expect(wrong).toEqual([]);
  });

  it('prefix every key with its namespace folder', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = join(__dirname, 'messages');
    for (const ns of readdirSync(dir)) {
      const en = JSON.parse(readFileSync(join(dir, ns, 'en.json'), 'utf8')) as Record<string, string>;
      for (const key of Object.keys(en))
        expect({ ns, key, ok: key.startsWith(`${ns}.`) }).toEqual({ ns, key, ok: true });
    }
  });
});
