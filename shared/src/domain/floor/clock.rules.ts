import type { ClockReading, SpeakingClock } from './floor';

/*
 * The speaking clock stores when it last started and the time of earlier running stretches, so it
 * survives a restart exactly and every screen computes the same reading from `now`. A `now` earlier
 * than the last start (a clock stepped back) counts as no time, never as negative time.
 */

export function startClock(now: number): SpeakingClock {
  return { startedAt: now, accumulatedMs: 0 };
}

export function isRunning(clock: SpeakingClock): boolean {
  return clock.startedAt !== null;
}

/** Running time only: paused stretches are never counted. */
export function elapsedMs(clock: SpeakingClock, now: number): number {
  if (clock.startedAt === null) return clock.accumulatedMs;
  return clock.accumulatedMs + Math.max(0, now - clock.startedAt);
}

/** Stops counting; a paused clock stays as it is. Also how a clock is stopped for good. */
export function pauseClock(clock: SpeakingClock, now: number): SpeakingClock {
  if (clock.startedAt === null) return clock;
  return { startedAt: null, accumulatedMs: elapsedMs(clock, now) };
}

/** Counts again from `now`; a running clock stays as it is. */
export function resumeClock(clock: SpeakingClock, now: number): SpeakingClock {
  if (clock.startedAt !== null) return clock;
  return { startedAt: now, accumulatedMs: clock.accumulatedMs };
}

/** The time used against the limit: what the console, the speaker's pad and the board show. */
export function clockReading(clock: SpeakingClock, limitMs: number | null, now: number): ClockReading {
  const elapsed = elapsedMs(clock, now);
  const overrunMs = limitMs === null ? 0 : Math.max(0, elapsed - limitMs);
  return {
    elapsedMs: elapsed,
    running: isRunning(clock),
    limitMs,
    remainingMs: limitMs === null ? null : Math.max(0, limitMs - elapsed),
    overrun: overrunMs > 0,
    overrunMs,
  };
}
