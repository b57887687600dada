import { z } from 'zod';
import { DomainException } from './domain.exception';
import { findUnsafeText, parseWith } from './zod.pipe';

describe('the text gate in parseWith', () => {
  const Login = z.object({ username: z.string(), password: z.string() });

  it.each([
    ['a NUL', { username: 'a\u0000b', password: 'x' }, 'username', /NUL/],
    ['a lone high surrogate', { username: 'ok', password: 'a\ud800' }, 'password', /lone surrogate/],
    ['a lone low surrogate', { username: '\udc00', password: 'x' }, 'username', /lone surrogate/],
  ])('refuses %s with 400 naming the field', (_what, body, field, message) => {
    let error: unknown;
    try {
      parseWith(Login, body, 'body');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainException);
    expect(error).toMatchObject({ code: 'VALIDATION', status: 400, field });
    expect((error as Error).message).toMatch(message);
  });

  it('accepts surrogate pairs (emoji, CJK extension B) and ordinary text', () => {
    expect(parseWith(Login, { username: 'Côte d’Ivoire 🇨🇮 𠀀', password: 'x' }, 'body').username).toBe(
      'Côte d’Ivoire 🇨🇮 𠀀',
    );
  });

  it('looks into fields the schema does not know, array items and keys, naming the path', () => {
    expect(findUnsafeText({ a: [{ b: 'ok' }, { c: 'x\u0000' }] })).toEqual({
      path: ['a', '1', 'c'],
      message: 'must not contain a NUL character (U+0000)',
    });
    expect(findUnsafeText({ a: { 'k\u0000': 1 } })?.path).toEqual(['a']);
    expect(findUnsafeText({ a: ['fine', 1, null, true] })).toBeNull();
  });

  it('walks a value nested far deeper than the call stack allows', () => {
    let v: unknown = 'x\ud800';
    for (let i = 0; i < 200_000; i++) v = [v];
    expect(findUnsafeText(v)?.path).toHaveLength(200_000);
  });

  it('names a path parameter by its name', () => {
    expect(() => parseWith(z.string().uuid('must be a UUID'), 'nope', 'param', 'id')).toThrow(
      expect.objectContaining({ field: 'id' }),
    );
  });
});
