import type { AppConfig } from '../../config/env';
import type { MeetingService } from '../meeting/meeting.service';
import { RealtimeService } from '../realtime/realtime.service';
import { PresenceBroadcaster, versionRuns } from './presence-broadcaster';
import { TallyBroadcaster } from './tally-broadcaster';
import type { VoteSnapshotBuilder } from './vote.snapshot';

const config = (intervalMs: number) => ({ PLENARY_TALLY_INTERVAL_MS: intervalMs }) as AppConfig;

describe('versionRuns', () => {
  it('splits versions into runs of consecutive ones, each with the version before it', () => {
    expect(versionRuns([13, 11, 12, 16, 17, 11])).toEqual([
      [10, 13],
      [15, 17],
    ]);
    expect(versionRuns([])).toEqual([]);
  });
});

describe('the broadcasters remember a bounded amount, whatever the number of votes and meetings', () => {
  it('TallyBroadcaster keeps no clock for votes tallied more than an interval ago', async () => {
    let reads = 0;
    const snapshots = {
      build: () => {
        reads += 1;
        return Promise.resolve({ status: 'closed' });
      },
    } as unknown as VoteSnapshotBuilder;
    const realtime = {
      broadcastTally: () => undefined,
      knowTalliesComing: () => undefined,
    } as unknown as RealtimeService;
    const tallies = new TallyBroadcaster(snapshots, realtime, config(0));
    for (let i = 0; i < 5000; i++) {
      tallies.schedule(`vote-${i}`, 'meeting');
      await new Promise((r) => setImmediate(r));
    }
    // Every one went out at once (leading edge: each vote's room was quiet).
    expect(reads).toBe(5000);
    expect(tallies.remembered).toBeLessThan(50);
    tallies.onModuleDestroy();
  });

  it('PresenceBroadcaster keeps nothing for meetings announced more than an interval ago', async () => {
    let reads = 0;
    const meetings = {
      quorum: () => {
        reads += 1;
        return Promise.resolve({ present: 1 });
      },
    } as unknown as MeetingService;
    const emitted: unknown[] = [];
    const realtime = {
      flushBeforeMeetingEvents: () => undefined,
      sendToMeeting: (...args: unknown[]) => {
        emitted.push(args);
        return Promise.resolve();
      },
    } as unknown as RealtimeService;
    const presence = new PresenceBroadcaster(meetings, realtime, config(0));
    for (let i = 0; i < 5000; i++) {
      presence.changed(`meeting-${i}`, 2);
      await new Promise((r) => setImmediate(r));
    }
    expect(reads).toBe(5000);
    expect(emitted).toHaveLength(5000);
    expect(presence.remembered).toBeLessThan(50);
    presence.onModuleDestroy();
  });
});

describe('PresenceBroadcaster sends one announcement of a meeting at a time', () => {
  it('holds the changes made while one goes out and sends them as one, after it', async () => {
    let quorumReads = 0;
    const meetings = {
      quorum: () => {
        quorumReads += 1;
        return Promise.resolve({ present: quorumReads });
      },
    } as unknown as MeetingService;
    const sent: { args: unknown[]; done: () => void }[] = [];
    const realtime = {
      flushBeforeMeetingEvents: () => undefined,
      sendToMeeting: (...args: unknown[]) =>
        new Promise<void>((done) => {
          sent.push({ args, done });
        }),
    } as unknown as RealtimeService;
    const presence = new PresenceBroadcaster(meetings, realtime, config(0));
    const settle = async () => {
      for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
    };

    presence.changed('m', 2);
    await settle();
    expect(sent).toHaveLength(1);
    // Ten more changes while the first announcement is still going out (its slices not all written).
    for (let v = 3; v <= 12; v++) {
      presence.changed('m', v);
      await settle();
    }
    expect(sent).toHaveLength(1);

    sent[0].done();
    await settle();
    expect(sent).toHaveLength(2);
    expect(sent[1].args).toEqual([
      'm',
      'meeting.presenceChanged',
      { sinceVersion: 2, meetingVersion: 12, quorum: { present: 2 } },
    ]);
    sent[1].done();
    await settle();
    expect(sent).toHaveLength(2);
    expect(quorumReads).toBe(2);
    presence.onModuleDestroy();
  });
});

describe('meeting.versions during a vote', () => {
  it('claims no vote version ahead of a tally this node still has on its way', () => {
    const realtime = new RealtimeService({
      PLENARY_BROADCAST_SLICE: 500,
      PLENARY_CLUSTER: false,
      PLENARY_TALLY_INTERVAL_MS: 100,
    } as AppConfig);
    let coming = true;
    realtime.knowTalliesComing(() => coming);
    // A cast committed, its tally is being read: no claim (a screen would re-fetch for nothing).
    expect(realtime.voteVersionToTell('m', 'v', 5)).toBeNull();
    // Nothing on its way: the database's version, so a lost tally is still caught up.
    coming = false;
    expect(realtime.voteVersionToTell('m', 'v', 5)).toBe(5);
    expect(realtime.voteVersionToTell('m', null, null)).toBeNull();
  });
});

describe('meeting.versions during a vote, in a cluster', () => {
  it('claims a vote version only once a whole pass has read it unchanged', () => {
    const realtime = new RealtimeService({
      PLENARY_BROADCAST_SLICE: 500,
      PLENARY_CLUSTER: true,
      PLENARY_TALLY_INTERVAL_MS: 100,
    } as AppConfig);
    // A board-tier node: the casts are on another node, so no tally is ever "coming" here.
    realtime.knowTalliesComing(() => false);
    // The burst: each pass reads a newer version than the last; no claim, so no screen re-fetches.
    expect(realtime.voteVersionToTell('m', 'v', 5)).toBeNull();
    expect(realtime.voteVersionToTell('m', 'v', 9)).toBeNull();
    // The burst is over (or the tally was lost): the next pass reads 9 again and claims it.
    expect(realtime.voteVersionToTell('m', 'v', 9)).toBe(9);
    // A new vote starts unsettled again, whatever its version.
    expect(realtime.voteVersionToTell('m', 'w', 9)).toBeNull();
    expect(realtime.voteVersionToTell('m', 'w', 9)).toBe(9);
    // No vote: nothing to hold back.
    expect(realtime.voteVersionToTell('m', null, null)).toBeNull();
  });
});

describe('TallyBroadcaster: one read at a time, the casts meanwhile in the next', () => {
  /** A snapshot builder whose reads the spec answers one by one. */
  function controlledReads() {
    const waiting: ((v: unknown) => void)[] = [];
    const snapshots = {
      build: () => new Promise((resolve) => waiting.push(resolve)),
    } as unknown as VoteSnapshotBuilder;
    const sent: number[] = [];
    const realtime = {
      broadcastTally: (_m: string, tally: { version: number }) => sent.push(tally.version),
      knowTalliesComing: () => undefined,
    } as unknown as RealtimeService;
    const answer = async (version: number) => {
      waiting.shift()!({ status: 'open', version, eligible: [], votes: null, voted: null, absent: [] });
      // Let the loop take the answer and, if marked, start the next read.
      for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
    };
    return { snapshots, realtime, waiting, sent, answer };
  }

  it('casts that commit while a read is under way share one read after it, none is left out', async () => {
    const r = controlledReads();
    const tallies = new TallyBroadcaster(r.snapshots, r.realtime, config(0));
    tallies.schedule('v', 'm');
    expect(r.waiting).toHaveLength(1); // leading edge: read at once
    tallies.schedule('v', 'm');
    tallies.schedule('v', 'm');
    expect(r.waiting).toHaveLength(1); // never two reads of a vote at once
    await r.answer(1);
    expect(r.waiting).toHaveLength(1); // the two casts meanwhile: one read
    await r.answer(3);
    expect(r.waiting).toHaveLength(0); // nothing new: the loop ends
    expect(r.sent).toEqual([1, 3]);
    tallies.schedule('v', 'm');
    expect(r.waiting).toHaveLength(1); // a later cast starts it again
    await r.answer(4);
    expect(r.sent).toEqual([1, 3, 4]);
    tallies.onModuleDestroy();
  });

  it('a closed vote stops its reads: a read waiting for the interval never starts', async () => {
    const r = controlledReads();
    const tallies = new TallyBroadcaster(r.snapshots, r.realtime, config(60_000));
    tallies.schedule('v', 'm');
    tallies.schedule('v', 'm');
    await r.answer(1);
    // The second read waits for the interval (a minute here); the vote closes meanwhile.
    expect(r.waiting).toHaveLength(0);
    tallies.cancel('v');
    for (let i = 0; i < 5; i++) await new Promise((res) => setImmediate(res));
    expect(r.waiting).toHaveLength(0);
    expect(r.sent).toEqual([1]);
    expect(tallies.remembered).toBe(0);
    tallies.onModuleDestroy();
  });
});
