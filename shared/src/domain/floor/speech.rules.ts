import { ok, type Result } from '../errors';
import { clockReading, elapsedMs, isRunning, pauseClock, resumeClock, startClock } from './clock.rules';
import type { ClockReading, FloorContext, FloorState, Speech, SpeechRecord } from './floor';
import { reason } from '../reasons/reasons';
import { floorFail } from './floor.errors';
import { floorBusy, settleRulings } from './floor.state';

/** Who has the floor and their clock against the limit: the console's, the pad's and the board's view. */
export type SpeechReading = Omit<Speech, 'clock'> & ClockReading;

export function speechReading(state: FloorState, now: number): SpeechReading | null {
  const s = state.speech;
  if (!s) return null;
  const { clock, ...rest } = s;
  return { ...rest, ...clockReading(clock, s.limitMs, now) };
}

/** Ends the current speech (if any) and records who spoke, on what, for how long. */
export function finishSpeech(state: FloorState, now: number, ended: SpeechRecord['ended']): FloorState {
  const s = state.speech;
  if (!s) return state;
  const { clock, ...rest } = s;
  const durationMs = elapsedMs(pauseClock(clock, now), now);
  const record: SpeechRecord = {
    ...rest,
    endedAt: now,
    durationMs,
    overrun: s.limitMs !== null && durationMs > s.limitMs,
    ended,
  };
  return { ...state, speech: null, spoken: [...state.spoken, record] };
}

/**
 * Gives the floor: refused during a vote or while a point of order waits; the previous speech
 * ends (the President moving on ends it), and an unappealed ruling becomes final.
 */
export function giveFloor(
  state: FloorState,
  speech: Omit<Speech, 'clock' | 'startedAt'>,
  ctx: FloorContext,
): Result<FloorState> {
  const busy = floorBusy(state, ctx);
  if (busy) return busy;
  const next = settleRulings(finishSpeech(state, ctx.now, 'finished'), ctx.now);
  return ok({ ...next, speech: { ...speech, startedAt: ctx.now, clock: startClock(ctx.now) } });
}

function noSpeech(): Result<never> {
  return floorFail(
    'NO_SPEECH',
    'speakers',
    'Nobody has the floor.',
    undefined,
    reason('refusal.floor.speech', { problem: 'nobody-speaking' }),
  );
}

/** The speaker has finished (or the President closes the speech). */
export function endSpeech(state: FloorState, ctx: FloorContext): Result<FloorState> {
  if (!state.speech) return noSpeech();
  return ok(finishSpeech(state, ctx.now, 'finished'));
}

/** The President stops the clock (the speech keeps the floor). */
export function pauseSpeech(state: FloorState, ctx: FloorContext): Result<FloorState> {
  if (!state.speech) return noSpeech();
  if (!isRunning(state.speech.clock)) {
    return floorFail(
      'INVALID_TRANSITION',
      'speakers',
      'The speaking clock is already paused.',
      undefined,
      reason('refusal.floor.speech', { problem: 'clock-paused' }),
    );
  }
  return ok({ ...state, speech: { ...state.speech, clock: pauseClock(state.speech.clock, ctx.now) } });
}

/** The speaker continues: refused while a point of order or its appeal is pending. */
export function resumeSpeech(state: FloorState, ctx: FloorContext): Result<FloorState> {
  if (!state.speech) return noSpeech();
  if (isRunning(state.speech.clock)) {
    return floorFail(
      'INVALID_TRANSITION',
      'speakers',
      'The speaking clock is already running.',
      undefined,
      reason('refusal.floor.speech', { problem: 'clock-running' }),
    );
  }
  const busy = floorBusy(state, ctx);
  if (busy) return busy;
  const next = settleRulings(state, ctx.now);
  return ok({ ...next, speech: { ...state.speech, clock: resumeClock(state.speech.clock, ctx.now) } });
}
