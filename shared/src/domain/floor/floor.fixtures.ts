import type { DomainError, Result } from '../errors';
import type { FloorActor, FloorContext, FloorState, SpeakerCategory } from './floor';
import { DEFAULT_FLOOR_SETTINGS, type FloorSettings } from './floor.settings';
import { createFloor } from './floor.state';
import { openList } from './speakers.rules';

/** 30 November 2026, 10:00 in Geneva: the floor's tests count milliseconds from here. */
export const T0 = Date.UTC(2026, 10, 30, 9, 0, 0);
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;

export function ctx(now: number, settings: Partial<FloorSettings> = {}, voteOpen = false): FloorContext {
  return { now, settings: { ...DEFAULT_FLOOR_SETTINGS, ...settings }, voteOpen };
}

export const actor = (delegationId: string, category: SpeakerCategory = 'state-party'): FloorActor => ({
  delegationId,
  category,
});
export const party = (id: string) => actor(id, 'state-party');
export const observerState = (id: string) => actor(id, 'observer-state');
export const organisation = (id: string) => actor(id, 'un-icrc-icbl-gichd');
export const otherObserver = (id: string) => actor(id, 'other-observer');

/** The value of a rule that must succeed; a refusal fails the test with its message. */
export function must<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`unexpected refusal ${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** The refusal of a rule that must refuse. */
export function refusal(r: Result<unknown>): DomainError {
  if (r.ok) throw new Error('expected a refusal, got a new state');
  return r.error;
}

/** An item's floor with the list of speakers opened. */
export function openFloor(settings: Partial<FloorSettings> = {}): FloorState {
  return must(openList(createFloor('item-1', { ...DEFAULT_FLOOR_SETTINGS, ...settings })));
}

/** Applies steps in turn, failing on the first refusal. */
export function run(state: FloorState, ...steps: ((s: FloorState) => Result<FloorState>)[]): FloorState {
  return steps.reduce((s, step) => must(step(s)), state);
}
