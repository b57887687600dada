/**
 * SQLSTATEs that mean "the database is not there right now", not "the request is wrong":
 * connection exceptions (class 08), the server shutting down, crashed or starting up (57P01-03)
 * and too many connections (53300). The request can be sent again once it is back.
 */
const UNAVAILABLE_SQLSTATES = new Set([
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '08007',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

/** Socket-level failures reaching PostgreSQL. */
const UNAVAILABLE_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOTFOUND',
]);

/** What node-postgres and TypeORM say when a connection drops or cannot be had in time. */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|not queryable|Connection is not established|the database system is (starting up|shutting down|in recovery mode)/i;

/** True when `e` (a pg error, a TypeORM QueryFailedError or a socket error) means the database is away. */
export function isDatabaseUnavailable(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 3) return false;
  const err = e as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    errors?: unknown;
    cause?: unknown;
  };
  if (
    typeof err.code === 'string' &&
    (UNAVAILABLE_SQLSTATES.has(err.code) || UNAVAILABLE_ERRNOS.has(err.code))
  )
    return true;
  if (typeof err.message === 'string' && UNAVAILABLE_MESSAGES.test(err.message)) return true;
  // TypeORM wraps the driver's error; Node wraps each address's failure in an AggregateError.
  if (err.driverError && isDatabaseUnavailable(err.driverError, depth + 1)) return true;
  if (err.cause && isDatabaseUnavailable(err.cause, depth + 1)) return true;
  return Array.isArray(err.errors) && err.errors.some((x) => isDatabaseUnavailable(x, depth + 1));
}
