import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import type { Language } from '@plenary/shared';
import { z } from 'zod';
import { DomainException } from './domain.exception';

export type Part = 'body' | 'query' | 'param' | 'payload';

type Issue = { field: string; message: string };

/**
 * A refused request whose issues can be worded in another language: the error filter asks for
 * them in the request's language (`issuesIn`), while `issues` and the message stay English.
 */
export class ValidationException extends DomainException {
  constructor(
    part: Part,
    issues: Issue[],
    private readonly localize: ((lang: Language) => Issue[]) | null = null,
  ) {
    const message = issues.map((i) => `${i.field} ${i.message}`).join('; ');
    super('VALIDATION', `Invalid ${part}: ${message}`, issues[0]?.field, 400, issues);
  }

  /** The issues in `lang` (zod's own locale for it), or null when only the English ones exist. */
  issuesIn(lang: Language): Issue[] | null {
    return this.localize && lang !== 'en' ? this.localize(lang) : null;
  }
}

function refuse(part: Part, issues: Issue[], localize?: (lang: Language) => Issue[]): ValidationException {
  return new ValidationException(part, issues, localize);
}

/**
 * zod's own messages for each of the six languages (ADR 0006): invalid type, enum value, format
 * (uuid, date), too big or too small, unrecognised keys. A schema's own message stays as written.
 */
const ZOD_LOCALES: Record<Language, () => { localeError: z.core.$ZodErrorMap }> = {
  en: z.locales.en,
  fr: z.locales.fr,
  es: z.locales.es,
  ru: z.locales.ru,
  zh: z.locales.zhCN,
  ar: z.locales.ar,
};
const errorMaps = new Map<Language, z.core.$ZodErrorMap>();
function errorMapOf(lang: Language): z.core.$ZodErrorMap {
  let map = errorMaps.get(lang);
  if (!map) errorMaps.set(lang, (map = ZOD_LOCALES[lang]().localeError));
  return map;
}

const issuesOf = (error: z.ZodError, name: string): Issue[] =>
  error.issues.map((i) => ({ field: i.path.length ? i.path.join('.') : name, message: i.message }));

/** Formats zod issues as "field: reason" and raises one VALIDATION error naming every field. */
export function validationError(
  error: z.ZodError,
  part: Part,
  name: string = part,
  localize?: (lang: Language) => Issue[],
): ValidationException {
  return refuse(part, issuesOf(error, name), localize);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be text: PostgreSQL text cannot hold NUL, and a lone surrogate is not Unicode. */
function textProblem(s: string): string | null {
  if (s.includes('\u0000')) return 'must not contain a NUL character (U+0000)';
  if (LONE_SURROGATE.test(s)) return 'must be valid Unicode text (it contains a lone surrogate)';
  return null;
}

type Node = { value: unknown; key: string | number | null; parent: Node | null };
const pathOf = (n: Node): string[] => {
  const path: string[] = [];
  for (let at: Node | null = n; at && at.key !== null; at = at.parent) path.push(String(at.key));
  return path.reverse();
};

/**
 * The first string (or object key) anywhere in `value` that is not text, in document order.
 * Iterative, so a deeply nested body cannot overflow the stack.
 */
export function findUnsafeText(value: unknown): { path: string[]; message: string } | null {
  const stack: Node[] = [{ value, key: null, parent: null }];
  while (stack.length) {
    const node = stack.pop() as Node;
    const v = node.value;
    if (typeof v === 'string') {
      const problem = textProblem(v);
      if (problem) return { path: pathOf(node), message: problem };
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: i, parent: node });
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v);
      for (const [k] of entries) {
        const problem = textProblem(k);
        if (problem) return { path: pathOf(node), message: `has a key that ${problem}` };
      }
      for (let i = entries.length - 1; i >= 0; i--)
        stack.push({ value: entries[i][1], key: entries[i][0], parent: node });
    }
  }
  return null;
}

/**
 * The one gate every HTTP body, query, path parameter and socket payload passes: text first (no
 * NUL, no lone surrogate, in any field, known to the schema or not), then the zod contract.
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  part: Part,
  /** What a whole-value problem is called: the parameter's name (`id`), else the part. */
  name: string = part,
): z.output<S> {
  const unsafe = findUnsafeText(value);
  if (unsafe)
    throw refuse(part, [
      { field: unsafe.path.length ? unsafe.path.join('.') : name, message: unsafe.message },
    ]);
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const english = parsed.error.issues;
    throw validationError(parsed.error, part, name, (lang) => {
      // Parsed again, on refusal only, with zod's messages in the reader's language. A contract's own
      // message (written in English: 'must be a delegation id') wins over a per-parse map, so an issue
      // that comes back worded as in English is worded again from its data by the locale.
      const map = errorMapOf(lang);
      const again = schema.safeParse(value, { error: map, reportInput: true });
      if (again.success) return [];
      return again.error.issues.map((issue, k) => {
        const field = issue.path.length ? issue.path.join('.') : name;
        if (issue.message !== english[k]?.message) return { field, message: issue.message };
        const local = map(issue as unknown as z.core.$ZodRawIssue);
        const message = typeof local === 'string' ? local : (local?.message ?? issue.message);
        return { field, message };
      });
    });
  }
  return parsed.data;
}

export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(
    private readonly schema: S,
    private readonly part: Part = 'body',
  ) {}

  transform(value: unknown, metadata?: ArgumentMetadata): z.output<S> {
    return parseWith(this.schema, value, this.part, metadata?.data ?? this.part);
  }
}
