import { Injectable, Logger } from '@nestjs/common';
import type { LiveSnapshot } from '@plenary/shared';
import { DataSource } from 'typeorm';
import { FloorRepository } from '../floor/floor.repository';
import { toMeetingView } from '../meeting/meeting.mapper';
import { MeetingService } from '../meeting/meeting.service';
import { MeetingVersionRepository } from '../meeting/meeting-version.repository';
import { RealtimeService } from '../realtime/realtime.service';
import { type CurrentRow, LiveRepository } from './live.repository';
import { QuestionService } from './question.service';
import { VoteSnapshotBuilder } from './vote.snapshot';

export interface MeetingVersions {
  meetingId: string;
  meetingVersion: number;
  voteId: string | null;
  voteVersion: number | null;
}

/**
 * What live screens read: the snapshot (on connect, reconnect or a version gap) and the versions
 * (the reconcile pass), both from the one definition of the current vote and of the version
 * (live.repository.ts, meeting-version.repository.ts). A new meeting day is noticed here.
 */
@Injectable()
export class LiveService {
  private readonly logger = new Logger(LiveService.name);
  /** Per meeting, the snapshot read under way and the one the callers since its start share. */
  private readonly reads = new Map<
    string,
    { current: Promise<LiveSnapshot>; next: Promise<LiveSnapshot> | null }
  >();

  constructor(
    private readonly ds: DataSource,
    private readonly live: LiveRepository,
    private readonly meetings: MeetingService,
    private readonly versions: MeetingVersionRepository,
    private readonly questions: QuestionService,
    private readonly snapshots: VoteSnapshotBuilder,
    private readonly realtime: RealtimeService,
    private readonly floors: FloorRepository,
  ) {}

  /**
   * The meeting, its quorum, current question and current vote, all read in one snapshot, by a
   * read that starts after this call (a board joins the room first, then asks: a read begun
   * before its join could miss a change that went to the room before it was in it). Callers
   * that ask while a read of the meeting is under way share the next one: a wave of thousands of
   * boards reconnecting costs two reads at a time, not thousands, and never takes the pool's
   * connections from the casts.
   */
  snapshot(meetingId: string): Promise<LiveSnapshot> {
    const under = this.reads.get(meetingId);
    if (!under) return this.beginRead(meetingId);
    under.next ??= under.current.then(
      () => this.beginRead(meetingId),
      () => this.beginRead(meetingId),
    );
    return under.next;
  }

  /** Meetings being read right now (bounded by them; for tests). */
  get readsUnderWay(): number {
    return this.reads.size;
  }

  private beginRead(meetingId: string): Promise<LiveSnapshot> {
    const entry: { current: Promise<LiveSnapshot>; next: Promise<LiveSnapshot> | null } = {
      current: this.read(meetingId),
      next: null,
    };
    this.reads.set(meetingId, entry);
    const done = () => {
      // A next read takes the entry's place when it begins; else the meeting is forgotten.
      if (this.reads.get(meetingId) === entry && !entry.next) this.reads.delete(meetingId);
    };
    entry.current.then(done, done);
    return entry.current;
  }

  private async read(meetingId: string): Promise<LiveSnapshot> {
    await this.rollDay(await this.meetings.load(meetingId));
    return this.ds.transaction('REPEATABLE READ', async (em) => {
      const m = await this.meetings.load(meetingId, em);
      const quorum = await this.meetings.quorum(meetingId, em);
      const [cur] = await this.live.current([meetingId], em);
      const question = cur.questionId ? await this.questions.view(cur.questionId, em) : null;
      const vote = cur.voteId ? await this.snapshots.build(cur.voteId, em) : null;
      const floor = await this.floors.viewOfMeeting(meetingId, em);
      return { meeting: toMeetingView(m), quorum, question, vote, floor };
    });
  }

  /** The versions of the given meetings, as `meeting.versions` carries them. */
  async versionsOf(meetingIds: string[]): Promise<MeetingVersions[]> {
    const rows = await this.live.current(meetingIds);
    for (const r of rows) {
      const bumped = await this.rollDay(r);
      if (bumped !== null) r.meetingVersion = bumped;
    }
    return rows.map(({ meetingId, meetingVersion, voteId, voteVersion }) => ({
      meetingId,
      meetingVersion,
      voteId,
      voteVersion,
    }));
  }

  /**
   * Midnight in the meeting's time zone is a change: N (and so the quorum) may differ on the new
   * day. The first reader to notice bumps the version and announces the new quorum.
   */
  private async rollDay(
    m: Parameters<MeetingVersionRepository['rollDay']>[0] | CurrentRow,
  ): Promise<number | null> {
    const version = await this.versions.rollDay(m);
    if (version === null) return null;
    const quorum = await this.meetings.quorum(m.id);
    this.realtime.emitToMeeting(m.id, 'meeting.presenceChanged', { meetingVersion: version, quorum });
    this.logger.log(`meeting ${m.id}: a new day (${quorum.date}), version ${version}`);
    return version;
  }
}
