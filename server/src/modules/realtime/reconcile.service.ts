import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { MEETING_ROOM } from '@plenary/shared';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/env';
import { RealtimeService } from './realtime.service';

interface VersionRow {
  meeting_id: string;
  meeting_version: number;
  vote_id: string | null;
  vote_version: number | null;
}

const ROOM_PREFIX = MEETING_ROOM('');

/*
 * The current vote is the one of the meeting's latest question, as in VoteService.live(), and
 * its version is computed as in VoteSnapshotBuilder: the sum of its ballots' revisions, plus one
 * once closed.
 */
const VERSIONS_SQL = `
SELECT m.id AS meeting_id, m.version AS meeting_version, cv.id AS vote_id,
       CASE WHEN cv.id IS NULL THEN NULL ELSE
         (SELECT COALESCE(sum(b.revision), 0) FROM ballots b WHERE b.vote_id = cv.id)::int
           + CASE WHEN cv.status = 'closed' THEN 1 ELSE 0 END
       END AS vote_version
  FROM meetings m
  LEFT JOIN LATERAL (
    SELECT v.id, v.status FROM questions q JOIN votes v ON v.question_id = q.id
     WHERE q.meeting_id = m.id ORDER BY q.created_at DESC LIMIT 1
  ) cv ON true
 WHERE m.id = ANY($1::uuid[])`;

/**
 * Convergence without trusting delivery: every PLENARY_RECONCILE_MS this node reads, in one
 * query, the versions of the meetings its own sockets watch and tells those sockets directly
 * (a local emit, never through the cluster adapter). A client that missed a broadcast (a lost
 * NOTIFY, a node restart) sees a higher version than it holds and re-fetches the live snapshot.
 */
@Injectable()
export class ReconcileService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Reconcile');
  private readonly intervalMs: number;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly ds: DataSource,
    private readonly realtime: RealtimeService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.intervalMs = config.PLENARY_RECONCILE_MS;
  }

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.schedule();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** One pass; exposed for tests. Answers how many meetings it told. */
  async reconcile(): Promise<number> {
    const io = this.realtime.io;
    if (!io) return 0;
    const meetingIds = [...io.of('/').adapter.rooms.keys()]
      .filter((r) => r.startsWith(ROOM_PREFIX))
      .map((r) => r.slice(ROOM_PREFIX.length));
    if (!meetingIds.length) return 0;
    const rows = await this.ds.query<VersionRow[]>(VERSIONS_SQL, [meetingIds]);
    for (const r of rows) {
      this.realtime.emitToMeetingLocally(r.meeting_id, 'meeting.versions', {
        meetingId: r.meeting_id,
        meetingVersion: r.meeting_version,
        voteId: r.vote_id,
        voteVersion: r.vote_version,
      });
    }
    return rows.length;
  }

  // A chain of timeouts rather than an interval: a slow pass never overlaps the next one.
  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.reconcile()
        .catch((e: unknown) =>
          this.logger.warn(`reconcile failed: ${e instanceof Error ? e.message : String(e)}`),
        )
        .finally(() => this.schedule());
    }, this.intervalMs);
  }
}
