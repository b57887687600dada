import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { DomainException } from './domain.exception';

export type Part = 'body' | 'query' | 'param' | 'payload';

type Issue = { field: string; message: string };

function refuse(part: Part, issues: Issue[]): DomainException {
  const message = issues.map((i) => `${i.field} ${i.message}`).join('; ');
  return new DomainException('VALIDATION', `Invalid ${part}: ${message}`, issues[0]?.field, 400, issues);
}

/** Formats zod issues as "field: reason" and raises one VALIDATION error naming every field. */
export function validationError(error: z.ZodError, part: Part, name: string = part): DomainException {
  return refuse(
    part,
    error.issues.map((i) => ({ field: i.path.length ? i.path.join('.') : name, message: i.message })),
  );
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
  if (!parsed.success) throw validationError(parsed.error, part, name);
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
