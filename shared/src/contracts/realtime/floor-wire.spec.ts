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
import { packFloorView, unpackFloorView } from './floor-wire';

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
