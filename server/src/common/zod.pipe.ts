import { type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { DomainException } from './domain.exception';

export type Part = 'body' | 'query' | 'param' | 'payload';

/** Formats zod issues as "field: reason" and raises one VALIDATION error naming every field. */
export function validationError(error: z.ZodError, part: Part): DomainException {
  const issues = error.issues.map((i) => ({
    field: i.path.length ? i.path.join('.') : part,
    message: i.message,
  }));
  const message = issues.map((i) => `${i.field} ${i.message}`).join('; ');
  return new DomainException('VALIDATION', `Invalid ${part}: ${message}`, issues[0]?.field, 400, issues);
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown, part: Part): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(parsed.error, part);
  return parsed.data;
}

export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(
    private readonly schema: S,
    private readonly part: Part = 'body',
  ) {}

  transform(value: unknown): z.output<S> {
    return parseWith(this.schema, value, this.part);
  }
}
