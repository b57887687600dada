import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { toTally } from '@plenary/shared';
import { performance } from 'node:perf_hooks';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/env';
import { RealtimeService } from '../realtime/realtime.service';
import { VoteSnapshotBuilder } from './vote.snapshot';

/** One vote's tallies on this node: whether a cast is not yet in a read, and the loop sending them. */
interface Pending {
  meetingId: string;
  /** A cast committed after the last read began: the next read must include it. */
  dirty: boolean;
  /** When the last read began (monotonic ms); 0 before the first. */
  lastStart: number;
  /** The loop of reads, while one runs. */
  loop: Promise<void> | null;
  /** Wakes the loop's wait for the interval early (a close cancels it). */
  wake: (() => void) | null;
  timer: NodeJS.Timeout | null;
  cancelled: boolean;
}

/**
 * Coalesces tallies: at most one read per vote per interval, never two at once. Leading edge: a
 * cast on a vote whose last read began an interval ago or more (a quiet room) starts its read at
 * once, in the same turn of the event loop as its acknowledgement. Casts that commit while a read
 * is under way or within the interval after it mark the vote, and one read at the interval's end
 * takes every one of them. Each read hands the whole state to the room's rolling pass
 * (RealtimeService), which sends every socket the newest tally at its turn.
 */
@Injectable()
export class TallyBroadcaster implements OnModuleDestroy {
  private readonly logger = new Logger(TallyBroadcaster.name);
  /**
   * Per vote, while it is being tallied and for an interval after (its clock decides the next
   * leading edge). Older idle entries are dropped on every schedule: bounded by the votes tallied
   * within the last interval, whatever the number of votes a node ever sees.
   */
  private readonly votes = new Map<string, Pending>();
  private readonly intervalMs: number;
  private stopped = false;

  constructor(
    private readonly snapshots: VoteSnapshotBuilder,
    private readonly realtime: RealtimeService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.intervalMs = config.PLENARY_TALLY_INTERVAL_MS;
    this.realtime.knowTalliesComing((voteId) => {
      const p = this.votes.get(voteId);
      return p !== undefined && (p.dirty || p.loop !== null);
    });
  }

  schedule(voteId: string, meetingId: string): void {
    if (this.stopped) return;
    this.forgetIdle(performance.now());
    let p = this.votes.get(voteId);
    if (!p) {
      p = { meetingId, dirty: false, lastStart: 0, loop: null, wake: null, timer: null, cancelled: false };
      this.votes.set(voteId, p);
    }
    p.dirty = true;
    // The loop under way reads again when its pass is out.
    if (!p.loop) this.start(voteId, p);
  }

  private start(voteId: string, p: Pending): void {
    p.loop = this.run(voteId, p)
      .catch((e: unknown) => {
        // A node shutting down loses its pool under a read in flight: nothing to report then.
        if (!this.stopped) this.logger.error(e);
      })
      .finally(() => {
        p.loop = null;
        // A cast that committed as the loop was ending found it still running: its read is now.
        if (p.dirty && !p.cancelled && !this.stopped) this.start(voteId, p);
      });
  }

  /** Stops pending tallies of a closed vote (vote.closed carries the final state). */
  cancel(voteId: string): void {
    const p = this.votes.get(voteId);
    if (!p) return;
    p.cancelled = true;
    p.dirty = false;
    this.stopWaiting(p);
    this.votes.delete(voteId);
  }

  /** How many votes this node keeps a tally clock for (bounded; for tests). */
  get remembered(): number {
    return this.votes.size;
  }

  private async run(voteId: string, p: Pending): Promise<void> {
    while (p.dirty && !p.cancelled && !this.stopped) {
      const wait = p.lastStart + this.intervalMs - performance.now();
      if (p.lastStart > 0 && wait > 0) await this.pause(p, wait);
      if (p.cancelled || this.stopped) return;
      p.dirty = false;
      p.lastStart = performance.now();
      const vote = await this.snapshots.build(voteId);
      if (vote.status !== 'open' || p.cancelled) {
        p.dirty = false; // closed: vote.closed carries the final state
        return;
      }
      this.realtime.broadcastTally(p.meetingId, toTally(vote));
    }
  }

  private pause(p: Pending, ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      p.wake = resolve;
      p.timer = setTimeout(resolve, ms);
    }).finally(() => {
      p.wake = null;
      p.timer = null;
    });
  }

  private stopWaiting(p: Pending): void {
    if (p.timer) clearTimeout(p.timer);
    p.wake?.();
  }

  private forgetIdle(at: number): void {
    for (const [id, p] of this.votes)
      if (!p.loop && !p.dirty && at - p.lastStart >= this.intervalMs) this.votes.delete(id);
  }

  onModuleDestroy(): void {
    this.stopped = true;
    for (const p of this.votes.values()) this.stopWaiting(p);
    this.votes.clear();
  }
}
