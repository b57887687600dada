import {
  clockReading,
  nextMotion,
  pendingRuling,
  placeInQueue,
  upcomingSpeakers,
  type DelegationView,
  type FloorActor,
  type FloorView,
  type Motion,
  type Ruling,
  type SpeechKind,
} from '@plenary/shared';

/** Who has the floor and the clock against the limit, read at `now` on the server's clock. */
export interface SpeakerLine {
  delegationId: string;
  name: string;
  kind: SpeechKind;
  elapsedMs: number;
  remainingMs: number | null;
  running: boolean;
  overrun: boolean;
}

export const nameOf = (view: FloorView, delegationId: string) => view.names[delegationId] ?? 'A delegation';

/** The server's now, from the view's `serverNow` and how long ago (on this device) it arrived. */
export function serverNow(view: FloorView, receivedAt: number, deviceNow: number): number {
  return view.serverNow + Math.max(0, deviceNow - receivedAt);
}

export function currentSpeaker(view: FloorView, now: number): SpeakerLine | null {
  const s = view.state.speech;
  if (!s) return null;
  const r = clockReading(s.clock, s.limitMs, now);
  return {
    delegationId: s.delegationId,
    name: nameOf(view, s.delegationId),
    kind: s.kind,
    elapsedMs: r.elapsedMs,
    remainingMs: r.remainingMs,
    running: r.running,
    overrun: r.overrun,
  };
}

/** The next `n` on the list, by name. */
export function nextSpeakers(view: FloorView, n: number): { delegationId: string; name: string }[] {
  return upcomingSpeakers(view.state, n).map((e) => ({
    delegationId: e.delegationId,
    name: nameOf(view, e.delegationId),
  }));
}

/** 1 for the next speaker; null when not listed. */
export const placeOf = (view: FloorView, delegationId: string) => placeInQueue(view.state, delegationId);

/** The motions still to decide, the one the console may act on first. */
export function motionsPending(view: FloorView): { next: Motion | null; all: Motion[] } {
  const all = view.state.motions.filter((m) => ['pending', 'debating', 'voting'].includes(m.status));
  return { next: nextMotion(view.state), all };
}

export const rulingWaiting = (view: FloorView): Ruling | null => pendingRuling(view.state);

/** mm:ss (or h:mm:ss) of a duration, without Intl. */
export function clockText(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (x: number) => String(x).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/**
 * A delegation as the floor's rules see it. A participant is a State Party (standing read by the
 * server); any other delegation observes (it may speak, never vote or move). The server derives
 * the exact observer category; for what the console checks (who may explain or reply) only
 * participant or not matters.
 */
export function actorOf(d: Pick<DelegationView, 'id' | 'standing' | 'kind'>): FloorActor {
  return {
    delegationId: d.id,
    category:
      d.standing === 'participant' ? 'state-party' : d.kind === 'state' ? 'observer-state' : 'other-observer',
  };
}
