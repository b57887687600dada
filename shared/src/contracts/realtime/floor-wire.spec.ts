import type { FloorView } from '../http/floor-view.contract';
import {
  callNextSpeaker,
  createFloor,
  DEFAULT_FLOOR_SETTINGS,
  openList,
  requestFloor,
  type FloorContext,
  type FloorState,
  type SpeakerCategory,
} from '../../domain/floor';
import type { Result } from '../../domain/errors';
import { applyFloorPatch, floorPatch, packFloorView, unpackFloorView } from './floor-wire';

const T0 = Date.UTC(2026, 10, 30, 9);
let made = 0;
/** A delegation id shaped like the database's (a UUID: 36 characters), distinct per call. */
const randomUUID = (): string => `00000000-0000-4000-8000-${String(++made).padStart(12, '0')}`;
const ctx = (now: number): FloorContext => ({ now, settings: DEFAULT_FLOOR_SETTINGS, voteOpen: false });
const must = (r: Result<FloorState>): FloorState => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** The bench's floor (issue 11): 161 delegations on the list, each named, the first one speaking. */
function listed(n: number): FloorView {
  const ids = Array.from({ length: n }, () => randomUUID());
  const categories: SpeakerCategory[] = [
    'state-party',
    'observer-state',
    'un-icrc-icbl-gichd',
    'other-observer',
  ];
  let s = must(openList(createFloor('item-1', DEFAULT_FLOOR_SETTINGS)));
  ids.forEach((delegationId, i) => {
    s = must(requestFloor(s, { delegationId, category: categories[i % 7 === 0 ? 1 : 0] }, ctx(T0 + i * 997)));
  });
  s = must(callNextSpeaker(s, ctx(T0 + 600_000)));
  return {
    meetingId: randomUUID(),
    agendaItemId: 'item-1',
    itemTitle: 'Consideration of requests submitted under Article 5',
    revision: n + 2,
    serverNow: T0 + 600_000,
    state: s,
    names: Object.fromEntries(ids.map((id, i) => [id, `Delegation of State number ${i + 1}`])),
    settings: DEFAULT_FLOOR_SETTINGS,
    questions: [],
  };
}

describe('floor.changed on the wire', () => {
  it('gives back the very floor view it packed', () => {
    const view = listed(161);
    expect(view.state.list.queue).toHaveLength(160);
    const wire = JSON.parse(JSON.stringify(packFloorView(view))) as ReturnType<typeof packFloorView>;
    expect(unpackFloorView(wire)).toEqual(view);
  });

  it('keeps ids the view mentions without a name, and secretariat entries', () => {
    const view = listed(3);
    const stranger = randomUUID();
    view.state.list.queue.push({
      delegationId: stranger,
      category: 'other-observer',
      seq: 99,
      requestedAt: T0 + 5,
      addedBy: 'secretariat',
    });
    view.state.replies.push({ ...view.state.list.queue[0] });
    const back = unpackFloorView(packFloorView(view));
    expect(back).toEqual(view);
    expect(back.names[stranger]).toBeUndefined();
  });

  it('is less than half the size of the floor view with 161 delegations listed', () => {
    const view = listed(161);
    const full = JSON.stringify(view).length;
    const packed = JSON.stringify(packFloorView(view)).length;
    expect(packed * 2).toBeLessThan(full);
  });
});

describe('floor.patched on the wire', () => {
  const roundTrip = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
  const after = (view: FloorView, state: FloorState, now: number): FloorView => ({
    ...view,
    revision: view.revision + 1,
    serverNow: now,
    state,
  });

  it('carries a request for the floor and the next speaker in a few hundred bytes, not the whole floor', () => {
    const view = listed(161);
    const newcomer = randomUUID();
    const requested = {
      ...after(
        view,
        must(
          requestFloor(view.state, { delegationId: newcomer, category: 'state-party' }, ctx(T0 + 700_000)),
        ),
        T0 + 700_000,
      ),
      names: { ...view.names, [newcomer]: 'Delegation of a late State' },
    };
    const called = after(requested, must(callNextSpeaker(requested.state, ctx(T0 + 800_000))), T0 + 800_000);
    for (const [from, to] of [
      [view, requested],
      [requested, called],
    ] as const) {
      const patch = floorPatch(from, to);
      expect(patch).not.toBeNull();
      const bytes = JSON.stringify(patch).length;
      expect(bytes).toBeLessThan(1_000);
      expect(bytes * 20).toBeLessThan(JSON.stringify(packFloorView(to)).length);
      // What a screen holds came over the wire (JSON); the patch gives it the server's next view.
      expect(applyFloorPatch(roundTrip(from), roundTrip(patch!))).toEqual(roundTrip(to));
    }
  });

  it('is not made across a gap, and does not apply to another revision or item', () => {
    const view = listed(5);
    const next = after(view, must(callNextSpeaker(view.state, ctx(T0 + 700_000))), T0 + 700_000);
    const later = after(next, must(callNextSpeaker(next.state, ctx(T0 + 800_000))), T0 + 800_000);
    expect(floorPatch(view, later)).toBeNull();
    const patch = floorPatch(next, later)!;
    expect(applyFloorPatch(view, patch)).toBeNull();
    expect(applyFloorPatch({ ...next, agendaItemId: 'item-2' }, patch)).toBeNull();
  });

  it('is refused by a screen whose view differed from the server’s, which then fetches the floor', () => {
    const view = listed(5);
    const next = after(view, must(callNextSpeaker(view.state, ctx(T0 + 700_000))), T0 + 700_000);
    const patch = floorPatch(view, next)!;
    const renamed = { ...view, names: { ...view.names, [Object.keys(view.names)[0]]: 'Another name' } };
    expect(applyFloorPatch(renamed, patch)).toBeNull();
    expect(applyFloorPatch(view, patch)).toEqual(next);
  });
});
