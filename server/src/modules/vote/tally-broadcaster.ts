import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { toTally } from '@plenary/shared';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/env';
import { RealtimeService } from '../realtime/realtime.service';
import { VoteSnapshotBuilder } from './vote.snapshot';

/**
 * Coalesces tallies: at most one broadcast per vote per interval, leading and trailing edge, and
 * each broadcast reads the committed state when it goes out, so the last one is always current.
 */
@Injectable()
export class TallyBroadcaster implements OnModuleDestroy {
  private readonly logger = new Logger(TallyBroadcaster.name);
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastSent = new Map<string, number>();
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly intervalMs: number;
  private stopped = false;

  constructor(
    private readonly snapshots: VoteSnapshotBuilder,
    private readonly realtime: RealtimeService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.intervalMs = config.PLENARY_TALLY_INTERVAL_MS;
  }

  schedule(voteId: string, meetingId: string): void {
    if (this.stopped || this.timers.has(voteId)) return;
    const wait = Math.max(0, (this.lastSent.get(voteId) ?? 0) + this.intervalMs - Date.now());
    this.timers.set(
      voteId,
      setTimeout(() => {
        this.timers.delete(voteId);
        void this.send(voteId, meetingId);
      }, wait),
    );
  }

  /** Stops pending tallies of a closed vote (vote.closed carries the final state). */
  cancel(voteId: string): void {
    clearTimeout(this.timers.get(voteId));
    this.timers.delete(voteId);
    this.lastSent.delete(voteId);
  }

  private async send(voteId: string, meetingId: string): Promise<void> {
    // Never two reads of one vote at once; a cast landing meanwhile schedules the next one.
    await this.inFlight.get(voteId);
    this.lastSent.set(voteId, Date.now());
    const p = this.snapshots
      .build(voteId)
      .then((vote) => {
        if (vote.status === 'open') this.realtime.broadcastTally(meetingId, toTally(vote));
      })
      .catch((e: unknown) => {
        // A node shutting down loses its pool under a pass in flight: nothing to report then.
        if (!this.stopped) this.logger.error(e);
      })
      .finally(() => this.inFlight.delete(voteId));
    this.inFlight.set(voteId, p);
    await p;
  }

  onModuleDestroy(): void {
    this.stopped = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
