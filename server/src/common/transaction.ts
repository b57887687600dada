import type { DataSource, EntityManager } from 'typeorm';
import { DomainException } from './domain.exception';

/**
 * PostgreSQL's answers that mean "this transaction lost a race and was rolled back; the same
 * work run again will go through": serialization_failure and deadlock_detected.
 */
const RETRYABLE = new Set(['40001', '40P01']);

export function isRetryable(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}

const ATTEMPTS = 8;

/**
 * Runs `work` (a whole transaction) again when PostgreSQL aborted it as a serialization failure
 * or a deadlock victim, with a short random pause so the two sides do not meet again. The lock
 * order (ADR 0003) makes deadlocks impossible among Plenary's own transactions; this is the
 * second line. A client never sees 40001/40P01: after the last attempt it gets TRY_AGAIN (503).
 */
export async function retrying<T>(work: () => Promise<T>, attempts = ATTEMPTS): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (e) {
      if (!isRetryable(e)) throw e;
      if (attempt >= attempts)
        throw new DomainException(
          'TRY_AGAIN',
          'The database was busy with conflicting changes: send the same request again',
        );
      // Jitter, not synchronisation: spreads the retries of the two sides of the conflict.
      await new Promise((r) => setTimeout(r, Math.random() * 5 * attempt));
    }
  }
}

/** `ds.transaction(work)`, retried as a whole on a serialization failure or deadlock. */
export function inTransaction<T>(ds: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return retrying(() => ds.transaction(work));
}

/** The connection or the server went away mid-write: whether it committed is unknown. */
function connectionLost(e: Error, code: unknown): boolean {
  return (
    (typeof code === 'string' && (code.startsWith('08') || code.startsWith('57P'))) ||
    /Connection terminated|connection (?:is )?(?:closed|ended)|ECONNRESET|ECONNREFUSED/i.test(e.message)
  );
}

/**
 * A database error on a ballot's write path carries the statement's parameters (a State and its
 * ballot, sealed or not, side by side): only its code and message go further, so no log line links
 * them. A lost connection is answered DATABASE_UNAVAILABLE, which clients retry with the same
 * operation id: a write that did commit is then answered as a replay, one that did not is applied.
 * `what` names the thing written in the messages ("cast", "ballot").
 */
export function scrubbed(e: unknown, what: string): unknown {
  if (!(e instanceof Error)) return e;
  const code = (e as { code?: unknown }).code;
  if (connectionLost(e, code))
    return new DomainException(
      'DATABASE_UNAVAILABLE',
      `The database did not answer: send the same ${what} again (it counts once)`,
    );
  if (!('parameters' in e || 'query' in e)) return e;
  return Object.assign(new Error(`${what} not written: ${e.message}`), { code });
}
