import type { FloorView } from '../http/floor-view.contract';
import {
  SPEAKER_CATEGORIES,
  type FloorState,
  type ListEntry,
  type SpeakersList,
} from '../../domain/floor/floor';

/**
 * One entry of a list on the wire: [index into `ids`, index into SPEAKER_CATEGORIES, seq,
 * requestedAt, 1 if added by the secretariat else 0].
 */
export type WireEntry = [number, number, number, number, 0 | 1];

/**
 * The floor view as `floor.changed` carries it to every screen of the meeting (issue 11: with
 * 161 speakers listed and thousands of board watchers, the event must stay small). It is the
 * same FloorView, losslessly packed: the delegation ids are sent once (`ids`, with their names
 * in `names` at the same index, null when the view has none), and the speakers' lists (queue,
 * not heard, replies) as tuples referring to them. `unpackFloorView` gives back the FloorView
 * every screen reads; there is no other floor view.
 */
export type FloorWire = Omit<FloorView, 'names' | 'state'> & {
  ids: string[];
  names: (string | null)[];
  state: Omit<FloorState, 'list' | 'replies'> & {
    list: Omit<SpeakersList, 'queue' | 'notHeard'> & { queue: WireEntry[]; notHeard: WireEntry[] };
    replies: WireEntry[];
  };
};

/** The FloorView packed for the wire (see FloorWire). */
export function packFloorView(view: FloorView): FloorWire {
  const { names, state, ...rest } = view;
  const ids = Object.keys(names);
  const index = new Map(ids.map((id, i) => [id, i]));
  const at = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      ids.push(id);
      index.set(id, i);
    }
    return i;
  };
  const pack = (e: ListEntry): WireEntry => [
    at(e.delegationId),
    SPEAKER_CATEGORIES.indexOf(e.category),
    e.seq,
    e.requestedAt,
    e.addedBy === 'secretariat' ? 1 : 0,
  ];
  const { list, replies, ...others } = state;
  const packed: FloorWire['state'] = {
    ...others,
    list: { ...list, queue: list.queue.map(pack), notHeard: list.notHeard.map(pack) },
    replies: replies.map(pack),
  };
  return { ...rest, ids, names: ids.map((id) => names[id] ?? null), state: packed };
}

/** The FloorView a `floor.changed` carried (the inverse of packFloorView). */
export function unpackFloorView(wire: FloorWire): FloorView {
  const { ids, names, state, ...rest } = wire;
  const unpack = ([d, c, seq, requestedAt, by]: WireEntry): ListEntry => ({
    delegationId: ids[d],
    category: SPEAKER_CATEGORIES[c],
    seq,
    requestedAt,
    addedBy: by === 1 ? 'secretariat' : 'delegation',
  });
  const { list, replies, ...others } = state;
  return {
    ...rest,
    names: Object.fromEntries(ids.flatMap((id, i) => (names[i] === null ? [] : [[id, names[i]]]))),
    state: {
      ...others,
      list: { ...list, queue: list.queue.map(unpack), notHeard: list.notHeard.map(unpack) },
      replies: replies.map(unpack),
    },
  };
}
