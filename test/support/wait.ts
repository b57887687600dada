import type { ServerToClientEvents } from '@plenary/shared';
import type { ClientSocket } from './plenary';

/**
 * Polls a condition until it holds, failing after a deadline: waiting on a fact, never on time.
 * The condition may be async; its last value is returned. With `retryErrors`, a probe that throws
 * (a server or database still coming back) counts as "not yet".
 */
export async function until<T>(
  what: string,
  probe: () => T | Promise<T>,
  {
    timeoutMs = 10_000,
    everyMs = 20,
    retryErrors = false,
  }: { timeoutMs?: number; everyMs?: number; retryErrors?: boolean } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = retryErrors
      ? await Promise.resolve()
          .then(probe)
          .catch(() => undefined)
      : await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

type Payload<E extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[E]>[0];

/** Resolves with the first event that satisfies the predicate, or rejects after ms. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: ClientSocket,
  event: E,
  pred: (p: Payload<E>) => boolean = () => true,
  ms = 10_000,
): Promise<Payload<E>> {
  return new Promise<Payload<E>>((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, on as never);
      reject(new Error(`no ${event} within ${ms} ms`));
    }, ms);
    const on = (p: Payload<E>) => {
      if (!pred(p)) return;
      clearTimeout(timer);
      socket.off(event, on as never);
      resolve(p);
    };
    socket.on(event, on as never);
  });
}
