import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUES, MESSAGE_KEYS, type MessageKey } from './catalogue';
import { SUPPORTED_LANGUAGES } from './languages';

type Node = { type: number; value?: string; options?: Record<string, { value: Node[] }> };
// @formatjs/icu-messageformat-parser's TYPE: 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural.
const ARG_TYPES: Record<number, string> = {
  1: 'argument',
  2: 'number',
  3: 'date',
  4: 'time',
  5: 'select',
  6: 'plural',
};

/** Every argument a message uses, with how it is used: the contract a translation must keep. */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      // {x}, {x, number} and {x, plural} all take the same value from the caller; a select takes a code.
      const kind = ARG_TYPES[n.type];
      if (kind && n.value) found.add(`${n.value}:${kind === 'select' ? 'select' : 'value'}`);
      for (const option of Object.values(n.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, 'en').getAst());
  return [...found].sort();
}

function selectOptions(message: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      if (n.type === 5 && n.value && n.options) out[n.value] = Object.keys(n.options).sort();
      for (const option of Object.values(n.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, 'en').getAst());
  return out;
}

// Words that are the same in English and in another language, checked one by one.
const SAME_AS_ENGLISH: Partial<Record<string, MessageKey[]>> = {
  fr: ['term.quorum', 'term.consensus'],
  es: ['choice.no'],
};

describe('message catalogues', () => {
  it('has the English keys, and only those, in every language', () => {
    for (const lang of SUPPORTED_LANGUAGES) {
      expect(Object.keys(CATALOGUES[lang]).sort()).toEqual([...MESSAGE_KEYS].sort());
    }
  });

  it.each(SUPPORTED_LANGUAGES)('parses every %s message as ICU MessageFormat', (lang) => {
    for (const key of MESSAGE_KEYS) {
      expect(() => new IntlMessageFormat(CATALOGUES[lang][key], lang)).not.toThrow();
    }
  });

  it.each(SUPPORTED_LANGUAGES.filter((l) => l !== 'en'))('uses the English arguments in %s', (lang) => {
    for (const key of MESSAGE_KEYS) {
      expect({ key, args: argumentsOf(CATALOGUES[lang][key]) }).toEqual({
        key,
        args: argumentsOf(CATALOGUES.en[key]),
      });
      expect({ key, selects: selectOptions(CATALOGUES[lang][key]) }).toEqual({
        key,
        selects: selectOptions(CATALOGUES.en[key]),
      });
    }
  });

  it.each(SUPPORTED_LANGUAGES.filter((l) => l !== 'en'))(
    'translates every %s message (none left in English)',
    (lang) => {
      const allowed = SAME_AS_ENGLISH[lang] ?? [];
      const untranslated = MESSAGE_KEYS.filter(
        (k) => CATALOGUES[lang][k] === CATALOGUES.en[k] && !allowed.includes(k),
      );
      expect(untranslated).toEqual([]);
    },
  );

  it('has no empty message and no stray whitespace at either end', () => {
    for (const lang of SUPPORTED_LANGUAGES) {
      for (const key of MESSAGE_KEYS) {
        const m = CATALOGUES[lang][key];
        expect({ lang, key, ok: m.trim() === m && m.length > 0 }).toEqual({ lang, key, ok: true });
      }
    }
  });

  it('spells a plural’s own count with # or the argument, never a bare number', () => {
    for (const lang of SUPPORTED_LANGUAGES) {
      for (const key of MESSAGE_KEYS) expect(CATALOGUES[lang][key]).not.toMatch(/\{\w+, plural, [^}]*\d{2,}/);
    }
  });
});
