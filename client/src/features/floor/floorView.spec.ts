import {
  callNextSpeaker,
  createFloor,
  DEFAULT_FLOOR_SETTINGS,
  moveMotion,
  openList,
  raisePointOfOrder,
  floorPatch,
  packFloorView,
  requestFloor,
  type FloorState,
  type FloorView,
  type Result,
} from '@plenary/shared';
import { liveSnapshot } from '../../testing/liveFixtures';
import { EMPTY_LIVE, reduceLive } from '../live/liveState';
import {
  clockText,
  currentSpeaker,
  motionsPending,
  nextSpeakers,
  placeOf,
  rulingWaiting,
  serverNow,
} from './floorView';

const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const ids = [
  '11111111-1111-4111-8111-111111111111',
  '22222222-2222-4222-8222-222222222222',
  '33333333-3333-4333-8333-333333333333',
  '44444444-4444-4444-8444-444444444444',
  '55555555-5555-4555-8555-555555555555',
];
const names = Object.fromEntries(
  ids.map((id, i) => [id, ['Norway', 'Switzerland', 'Austria', 'Mexico', 'South Africa'][i]]),
);
const ctx = (now: number) => ({
  now,
  settings: { ...DEFAULT_FLOOR_SETTINGS, speakingTimeMs: 300_000 },
  voteOpen: false,
});
const must = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const party = (delegationId: string) => ({ delegationId, category: 'state-party' as const });

function view(state: FloorState, serverNowMs: number, revision = 1, meetingId = 'm-1'): FloorView {
  return {
    meetingId,
    agendaItemId: 'item-1',
    itemTitle: 'Article 5 requests',
    revision,
    serverNow: serverNowMs,
    state,
    names,
    settings: DEFAULT_FLOOR_SETTINGS,
    questions: [],
  };
}

function debate(): FloorState {
  let s = must(openList(createFloor('item-1', ctx(T0).settings)));
  for (const id of ids) s = must(requestFloor(s, party(id), ctx(T0)));
  return must(callNextSpeaker(s, ctx(T0)));
}

describe('the floor as screens read it', () => {
  it('reads the speaker and the clock against the limit at the server’s now, overrun included', () => {
    const v = view(debate(), T0 + 150_000);
    expect(currentSpeaker(v, serverNow(v, 1000, 1000))).toMatchObject({
      name: 'Norway',
      elapsedMs: 150_000,
      remainingMs: 150_000,
      overrun: false,
      running: true,
    });
    expect(currentSpeaker(v, serverNow(v, 1000, 1000 + 200_000))).toMatchObject({
      elapsedMs: 350_000,
      overrun: true,
    });
    expect(clockText(150_000)).toBe('02:30');
    expect(clockText(3_725_000)).toBe('1:02:05');
  });

  it('names the next three speakers and a delegation’s place', () => {
    const v = view(debate(), T0);
    expect(nextSpeakers(v, 3).map((s) => s.name)).toEqual(['Switzerland', 'Austria', 'Mexico']);
    expect(placeOf(v, ids[2])).toBe(2);
    expect(placeOf(v, ids[0])).toBeNull();
  });

  it('offers the point of order first, then the motion precedence puts first', () => {
    let s = debate();
    s = must(moveMotion(s, party(ids[1]), { kind: 'close-debate' }, ctx(T0)));
    s = must(moveMotion(s, party(ids[2]), { kind: 'suspend-meeting' }, ctx(T0)));
    expect(motionsPending(view(s, T0)).next?.kind).toBe('suspend-meeting');
    s = must(raisePointOfOrder(s, party(ids[3]), ctx(T0 + 60_000)));
    const v = view(s, T0 + 120_000);
    expect(rulingWaiting(v)?.raisedBy).toBe(ids[3]);
    expect(currentSpeaker(v, T0 + 120_000)).toMatchObject({ elapsedMs: 60_000, running: false });
  });

  it('takes floor.changed into the live snapshot in version order', () => {
    const snap = liveSnapshot({});
    const v0 = snap.meeting.version;
    const meetingId = snap.meeting.id;
    let state = reduceLive(EMPTY_LIVE, { type: 'snapshot', snapshot: snap }, meetingId).state;
    const floor = view(debate(), T0, 1, meetingId);
    const step = reduceLive(
      state,
      { type: 'floor.changed', payload: { meetingVersion: v0 + 1, floor: packFloorView(floor) } },
      meetingId,
    );
    expect(step.refresh).toBe(false);
    state = step.state;
    expect(state.snapshot?.floor?.state.speech?.delegationId).toBe(ids[0]);
    const old = reduceLive(
      state,
      {
        type: 'floor.changed',
        payload: {
          meetingVersion: v0,
          floor: packFloorView(view(createFloor('item-1', DEFAULT_FLOOR_SETTINGS), T0, 0, meetingId)),
        },
      },
      meetingId,
    );
    expect(old.state.snapshot?.floor?.revision).toBe(1);
    const gap = reduceLive(
      state,
      { type: 'floor.changed', payload: { meetingVersion: v0 + 5, floor: packFloorView(floor) } },
      meetingId,
    );
    expect(gap.refresh).toBe(true);
  });

  it('takes floor.patched onto the floor it holds, and asks for a snapshot when the patch is not for it', () => {
    const snap = liveSnapshot({});
    const v0 = snap.meeting.version;
    const meetingId = snap.meeting.id;
    const before = view(debate(), T0, 1, meetingId);
    const after = view(must(callNextSpeaker(before.state, ctx(T0 + 60_000))), T0 + 60_000, 2, meetingId);
    const patch = floorPatch(before, after)!;
    let state = reduceLive(EMPTY_LIVE, { type: 'snapshot', snapshot: snap }, meetingId).state;
    state = reduceLive(
      state,
      { type: 'floor.changed', payload: { meetingVersion: v0 + 1, floor: packFloorView(before) } },
      meetingId,
    ).state;
    const step = reduceLive(
      state,
      { type: 'floor.patched', payload: { meetingVersion: v0 + 2, patch } },
      meetingId,
    );
    expect(step.refresh).toBe(false);
    expect(step.state.snapshot?.floor).toEqual(after);
    expect(step.state.meetingVersion).toBe(v0 + 2);
    // Seen already: nothing to do.
    expect(
      reduceLive(
        step.state,
        { type: 'floor.patched', payload: { meetingVersion: v0 + 2, patch } },
        meetingId,
      ),
    ).toEqual({
      state: step.state,
      refresh: false,
    });
    // The screen missed the revision the patch starts from: it keeps what it shows and asks afresh.
    const missed = reduceLive(
      step.state,
      { type: 'floor.patched', payload: { meetingVersion: v0 + 3, patch } },
      meetingId,
    );
    expect(missed).toEqual({ state: step.state, refresh: true });
  });
});
