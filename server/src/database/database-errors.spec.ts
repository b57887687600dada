import { QueryFailedError } from 'typeorm';
import { toApiError } from '../common/error.filter';
import { isDatabaseUnavailable } from './database-errors';

const err = (props: Record<string, unknown>, message = 'x') => Object.assign(new Error(message), props);

describe('database unavailable', () => {
  it.each([
    ['connection refused', err({ code: 'ECONNREFUSED' }, 'connect ECONNREFUSED 127.0.0.1:54329')],
    ['a database host name that does not resolve', err({ code: 'ENOTFOUND' }, 'getaddrinfo ENOTFOUND db')],
    ['connection reset', err({ code: 'ECONNRESET' })],
    [
      'both addresses refused (AggregateError)',
      Object.assign(new AggregateError([err({ code: 'ECONNREFUSED' })]), {}),
    ],
    [
      'the server shutting down (57P01)',
      err({ code: '57P01' }, 'terminating connection due to administrator command'),
    ],
    ['a crashed server (57P02)', err({ code: '57P02' })],
    ['a server starting up (57P03)', err({ code: '57P03' }, 'the database system is starting up')],
    ['a connection failure (08006)', err({ code: '08006' })],
    ['too many connections (53300)', err({ code: '53300' })],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['no connection in time', new Error('timeout exceeded when trying to connect')],
    [
      'a query that failed because the connection dropped',
      new QueryFailedError('SELECT 1', [], err({ code: '57P01' }, 'terminating connection')),
    ],
  ])('recognises %s', (_what, e) => {
    expect(isDatabaseUnavailable(e)).toBe(true);
    const api = toApiError(e);
    expect(api).toMatchObject({ statusCode: 503, code: 'DATABASE_UNAVAILABLE' });
    // The answer names no host, port or driver message.
    expect(api.message).not.toMatch(/ECONN|127\.0\.0\.1|\d{4,5}|terminat/);
  });

  it.each([
    ['a unique violation', err({ code: '23505', constraint: 'ballots_vote_delegation_key' })],
    ['a deadlock', err({ code: '40P01' })],
    ['a programming error', new TypeError('x is undefined')],
    ['nothing', undefined],
  ])('does not take %s for an outage', (_what, e) => {
    expect(isDatabaseUnavailable(e)).toBe(false);
    expect(toApiError(e).code).not.toBe('DATABASE_UNAVAILABLE');
  });
});
