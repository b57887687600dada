import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { toTally } from '@plenary/shared';
import { performance } from 'node:perf_hooks';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/env';
import { RealtimeService } from '../realtime/realtime.service';
import { VoteSnapshotBuilder } from './vote.snapshot';

/**
 * Coalesces tallies: at most one broadcast per vote per interval. Leading edge: a cast on a vote
 * whose last tally went out an interval ago or more (a quiet room) starts its tally at once, in
 * the same turn of the event loop as its acknowledgement; casts within the interval after it
 * share one trailing tally at the interval's end. Each broadcast reads the committed state when
 * it goes out, so the last one is always current.
 */
@Injectable()
export class TallyBroadcaster implements OnModuleDestroy {
  private readonly logger = new Logger(TallyBroadcaster.name);
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /**
   * When each vote's last tally started (monotonic ms). Only entries younger than the interval
   * matter; older ones are dropped on every send, so this holds at most the votes tallied within
   * the last interval (bounded, whatever the number of votes a node ever sees).
   */
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
    this.realtime.knowTalliesComing((voteId) => this.timers.has(voteId) || this.inFlight.has(voteId));
  }

  schedule(voteId: string, meetingId: string): void {
    if (this.stopped || this.timers.has(voteId)) return;
    const last = this.lastSent.get(voteId);
    const wait = last === undefined ? 0 : last + this.intervalMs - performance.now();
    if (wait <= 0 && !this.inFlight.has(voteId)) {
      // Leading edge: the room has been quiet for an interval, the tally goes now.
      void this.send(voteId, meetingId);
      return;
    }
    this.timers.set(
      voteId,
      setTimeout(
        () => {
          this.timers.delete(voteId);
          void this.send(voteId, meetingId);
        },
        Math.max(0, wait),
      ),
    );
  }

  /** Stops pending tallies of a closed vote (vote.closed carries the final state). */
  cancel(voteId: string): void {
    clearTimeout(this.timers.get(voteId));
    this.timers.delete(voteId);
    this.lastSent.delete(voteId);
  }

  /** How many votes this node remembers a last tally for (bounded; for tests). */
  get remembered(): number {
    return this.lastSent.size;
  }

  private async send(voteId: string, meetingId: string): Promise<void> {
    // Never two reads of one vote at once; a cast landing meanwhile schedules the next one.
    await this.inFlight.get(voteId);
    const at = performance.now();
    this.forgetOlderThan(at - this.intervalMs);
    this.lastSent.set(voteId, at);
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

  private forgetOlderThan(limit: number): void {
    for (const [id, t] of this.lastSent) if (t < limit && !this.timers.has(id)) this.lastSent.delete(id);
  }

  onModuleDestroy(): void {
    this.stopped = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
