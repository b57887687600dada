import type { FloorView } from '../http/floor-view.contract';
import {
  SPEAKER_CATEGORIES,
  type FloorState,
  type ListEntry,
  type SpeakersList,
} from '../../domain/floor/floor';
import { applyPatch, diffJson, fingerprint, type Patch } from './patch';

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

/**
 * What `floor.patched` carries: the change from the floor view of revision `fromRevision` to that
 * of `revision` (issue 11: a request for the floor is a few hundred bytes instead of the whole
 * floor). `serverNow` is always sent (it is the view's only field that moves without a change);
 * `check` is the fingerprint of the new view without it, so a screen whose view differed from the
 * server's in any way notices and fetches the floor afresh instead of showing a wrong list.
 */
export type FloorPatch = {
  meetingId: string;
  agendaItemId: string;
  fromRevision: number;
  revision: number;
  serverNow: number;
  ops: Patch;
  check: string;
};

const withoutClock = ({ serverNow: _now, ...rest }: FloorView): Omit<FloorView, 'serverNow'> => rest;

/**
 * The patch from `prev` to `next`, or null when there is none to send: not the same item, not the
 * next revision, or a patch no smaller than the whole packed floor.
 */
export function floorPatch(prev: FloorView, next: FloorView): FloorPatch | null {
  if (prev.agendaItemId !== next.agendaItemId || next.revision !== prev.revision + 1) return null;
  const after = withoutClock(next);
  const ops = diffJson(withoutClock(prev), after);
  if (JSON.stringify(ops).length >= JSON.stringify(packFloorView(next)).length) return null;
  return {
    meetingId: next.meetingId,
    agendaItemId: next.agendaItemId,
    fromRevision: prev.revision,
    revision: next.revision,
    serverNow: next.serverNow,
    ops,
    check: fingerprint(after),
  };
}

/**
 * The floor view after a patch, or null when the patch is not for this view (another item or
 * revision) or does not give the view the server holds: the screen then fetches the floor.
 */
export function applyFloorPatch(view: FloorView, patch: FloorPatch): FloorView | null {
  if (view.agendaItemId !== patch.agendaItemId || view.revision !== patch.fromRevision) return null;
  let after: Omit<FloorView, 'serverNow'>;
  try {
    after = applyPatch(withoutClock(view), patch.ops);
  } catch {
    return null;
  }
  if (fingerprint(after) !== patch.check) return null;
  return { ...after, serverNow: patch.serverNow };
}
