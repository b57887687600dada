import type { FloorState, SpeakerCategory } from './floor';
import {
  ctx,
  MINUTE,
  must,
  observerState,
  openFloor,
  organisation,
  otherObserver,
  party,
  refusal,
  run,
  T0,
} from './floor.fixtures';
import {
  addSpeaker,
  callNextSpeaker,
  closeList,
  interventionsUsed,
  moveSpeaker,
  placeInQueue,
  removeSpeaker,
  reopenList,
  requestFloor,
  setCategoryOrder,
  speakerCategory,
  upcomingSpeakers,
  withdrawRequest,
} from './speakers.rules';
import { endSpeech, pauseSpeech, resumeSpeech, speechReading } from './speech.rules';

const byCategory = { S: party, O: observerState, U: organisation, N: otherObserver };
type Code = keyof typeof byCategory;
const ids = (s: FloorState) => s.list.queue.map((e) => e.delegationId);

/** Each request in turn: 'S1' is a State Party, 'O1' an observer State, 'U1' the UN or the like, 'N1' another observer. */
function asked(order: string[], s = openFloor()): FloorState {
  return order.reduce((st, id, i) => must(requestFloor(st, byCategory[id[0] as Code](id), ctx(T0 + i))), s);
}

describe('floor: list of speakers, order by category', () => {
  it.each<[string, string[], string[]]>([
    ['States Parties in the order they asked', ['S2', 'S1', 'S3'], ['S2', 'S1', 'S3']],
    ['an observer State asking first still follows States Parties', ['O1', 'S1'], ['S1', 'O1']],
    [
      'all four categories interleaved',
      ['N1', 'U1', 'O1', 'S1', 'N2', 'S2'],
      ['S1', 'S2', 'O1', 'U1', 'N1', 'N2'],
    ],
    ['UN, ICRC, ICBL and GICHD before other observers', ['N1', 'U2', 'U1'], ['U2', 'U1', 'N1']],
  ])('%s', (_name, order, expected) => {
    expect(ids(asked(order))).toEqual(expected);
  });

  it('the President reorders the categories: the queue is regrouped, keeping the order within each', () => {
    const s = asked(['S1', 'N1', 'O1', 'S2', 'N2']);
    const order: SpeakerCategory[] = [
      'other-observer',
      'state-party',
      'observer-state',
      'un-icrc-icbl-gichd',
    ];
    const r = must(setCategoryOrder(s, order));
    expect(ids(r)).toEqual(['N1', 'N2', 'S1', 'S2', 'O1']);
    expect(ids(must(requestFloor(r, party('S3'), ctx(T0 + 99))))).toEqual([
      'N1',
      'N2',
      'S1',
      'S2',
      'S3',
      'O1',
    ]);
  });

  it('a speaker moved by the President keeps the place; a later request still goes after its category', () => {
    const s = must(moveSpeaker(asked(['S1', 'S2', 'O1']), 'O1', 0));
    expect(ids(s)).toEqual(['O1', 'S1', 'S2']);
    expect(ids(must(requestFloor(s, party('S3'), ctx(T0 + 9))))).toEqual(['O1', 'S1', 'S2', 'S3']);
  });

  it.each<[string, string, SpeakerCategory]>([
    ['state', 'party', 'state-party'],
    ['state', 'non-party', 'observer-state'],
    ['organisation', 'United Nations', 'un-icrc-icbl-gichd'],
    ['organisation', 'UNMAS', 'un-icrc-icbl-gichd'],
    ['organisation', 'International Committee of the Red Cross', 'un-icrc-icbl-gichd'],
    ['organisation', 'International Campaign to Ban Landmines', 'un-icrc-icbl-gichd'],
    ['organisation', 'GICHD', 'un-icrc-icbl-gichd'],
    ['organisation', 'Handicap International', 'other-observer'],
  ])('a %s (%s) speaks as %s', (kind, what, category) => {
    const d =
      kind === 'state'
        ? { kind: 'state' as const, credentials: 'accepted' as const, name: 'X' }
        : { kind: 'organisation' as const, credentials: 'none' as const, name: what };
    expect(speakerCategory(d, kind === 'state' ? (what as 'party' | 'non-party') : null)).toBe(category);
  });

  it('a State Party without accepted or provisional credentials speaks as an observer State', () => {
    expect(speakerCategory({ kind: 'state', credentials: 'none', name: 'X' }, 'party')).toBe(
      'observer-state',
    );
  });
});

describe('floor: asking for and withdrawing the floor', () => {
  it('the secretariat adds a delegation without a device, recorded as such', () => {
    const s = must(addSpeaker(openFloor(), party('S1'), ctx(T0)));
    expect(s.list.queue[0]).toMatchObject({ delegationId: 'S1', addedBy: 'secretariat', requestedAt: T0 });
  });

  it('a delegation withdraws, and the pad sees its place', () => {
    const s = asked(['S1', 'S2', 'S3']);
    expect(placeInQueue(s, 'S3')).toBe(3);
    const w = must(withdrawRequest(s, 'S2'));
    expect(placeInQueue(w, 'S3')).toBe(2);
    expect(placeInQueue(w, 'S2')).toBeNull();
    expect(upcomingSpeakers(w, 3).map((e) => e.delegationId)).toEqual(['S1', 'S3']);
  });

  it('the interventions per item count every speech given, including the current one', () => {
    const settings = { maxInterventionsPerItem: 2 };
    let s = asked(['S1']);
    s = must(callNextSpeaker(s, ctx(T0 + MINUTE, settings)));
    s = must(requestFloor(s, party('S1'), ctx(T0 + 2 * MINUTE, settings)));
    s = must(callNextSpeaker(s, ctx(T0 + 3 * MINUTE, settings)));
    expect(interventionsUsed(s, 'S1')).toBe(2);
    expect(refusal(requestFloor(s, party('S1'), ctx(T0 + 4 * MINUTE, settings))).code).toBe(
      'INTERVENTION_LIMIT',
    );
  });
});

describe('floor: opening, closing and reopening the list', () => {
  it('closing records the meeting’s consent and refuses later requests with the reason', () => {
    const s = must(closeList(asked(['S1']), { kind: 'no-objection' }, ctx(T0 + MINUTE)));
    expect(s.list.closure).toEqual({ at: T0 + MINUTE, consent: { kind: 'no-objection' } });
    const e = refusal(requestFloor(s, party('S2'), ctx(T0 + 2 * MINUTE)));
    expect(e.code).toBe('LIST_CLOSED');
    expect(e.message).toMatch(/right of reply/);
    expect(ids(s)).toEqual(['S1']);
  });

  it('reopening accepts requests again', () => {
    const s = must(reopenList(must(closeList(openFloor(), { kind: 'vote', ref: 'q1' }, ctx(T0)))));
    expect(s.list).toMatchObject({ status: 'open', closure: null });
    expect(ids(must(requestFloor(s, party('S1'), ctx(T0 + 1))))).toEqual(['S1']);
  });
});

describe('floor: calling speakers and the speaking clock', () => {
  const limit = { speakingTimeMs: 5 * MINUTE };

  it('calls the next speaker; the previous speech is recorded with its length', () => {
    let s = asked(['S1', 'S2']);
    s = must(callNextSpeaker(s, ctx(T0 + MINUTE, limit)));
    expect(speechReading(s, T0 + 3 * MINUTE)).toMatchObject({
      delegationId: 'S1',
      elapsedMs: 2 * MINUTE,
      remainingMs: 3 * MINUTE,
    });
    s = must(callNextSpeaker(s, ctx(T0 + 4 * MINUTE, limit)));
    expect(s.speech?.delegationId).toBe('S2');
    expect(s.spoken).toEqual([
      expect.objectContaining({
        delegationId: 'S1',
        kind: 'debate',
        durationMs: 3 * MINUTE,
        overrun: false,
        ended: 'finished',
      }),
    ]);
    expect(
      refusal(callNextSpeaker(must(endSpeech(s, ctx(T0 + 5 * MINUTE))), ctx(T0 + 5 * MINUTE))).code,
    ).toBe('LIST_EMPTY');
  });

  it('an overrunning speaker is flagged on the reading and in the record', () => {
    let s = must(callNextSpeaker(asked(['S1']), ctx(T0, limit)));
    expect(speechReading(s, T0 + 6 * MINUTE)).toMatchObject({ overrun: true, overrunMs: MINUTE });
    s = must(endSpeech(s, ctx(T0 + 6 * MINUTE, limit)));
    expect(s.spoken[0]).toMatchObject({ durationMs: 6 * MINUTE, overrun: true });
  });

  it('pausing and resuming: the paused stretch is not counted', () => {
    const s = run(
      asked(['S1']),
      (x) => callNextSpeaker(x, ctx(T0)),
      (x) => pauseSpeech(x, ctx(T0 + MINUTE)),
      (x) => resumeSpeech(x, ctx(T0 + 10 * MINUTE)),
      (x) => endSpeech(x, ctx(T0 + 11 * MINUTE)),
    );
    expect(s.spoken[0].durationMs).toBe(2 * MINUTE);
  });

  it('removing a speaker while speaking stops the clock there', () => {
    let s = must(callNextSpeaker(asked(['S1', 'S2']), ctx(T0)));
    s = must(removeSpeaker(s, 'S1', ctx(T0 + 90_000)));
    expect(s.speech).toBeNull();
    expect(s.spoken[0]).toMatchObject({ delegationId: 'S1', durationMs: 90_000, ended: 'removed' });
    expect(ids(must(removeSpeaker(s, 'S2', ctx(T0 + 100_000))))).toEqual([]);
  });
});
