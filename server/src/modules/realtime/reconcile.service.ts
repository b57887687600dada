import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/env';
import { LiveService } from '../vote/live.service';
import { RealtimeService, VERSIONS_ROOM } from './realtime.service';

const ROOM_PREFIX = VERSIONS_ROOM('');

/**
 * Convergence without trusting delivery: every PLENARY_RECONCILE_MS this node reads, in one
 * query, the versions of the meetings its own sockets watch (LiveService: the same "current
 * vote" and "version" as the snapshot, and a new meeting day noticed) and tells those sockets
 * directly (a local emit, never through the cluster adapter). A client that missed a broadcast (a lost
 * NOTIFY, a node restart) sees a higher version than it holds and re-fetches the live snapshot.
 */
@Injectable()
export class ReconcileService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Reconcile');
  private readonly intervalMs: number;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly live: LiveService,
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
    // Never behind either: a meeting with an event asked to go out after this read is not told.
    const note = this.realtime.noteMeetingEvents();
    try {
      const rows = (await this.live.versionsOf(meetingIds)).filter((r) =>
        // Never ahead of meeting events this node is still sending: see mayTellMeetingVersion.
        this.realtime.mayTellMeetingVersion(r.meetingId),
      );
      // The pass ends when the last slice is written, so a slow one never overlaps the next.
      await Promise.all(
        rows.map((r) =>
          this.realtime.emitVersionsLocally(
            {
              ...r,
              // Never ahead of the tallies still on their way: see voteVersionToTell.
              voteVersion: this.realtime.voteVersionToTell(r.meetingId, r.voteId, r.voteVersion),
            },
            note.touched,
          ),
        ),
      );
      return rows.length;
    } finally {
      note.end();
    }
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
