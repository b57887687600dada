import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/env';
import { RealtimeService } from '../realtime/realtime.service';
import { ElectionCastRepository } from './election-cast.repository';
import { ElectionRepository } from './election.repository';

export interface VotedTarget {
  electionId: string;
  round: number;
  roundId: string;
  meetingId: string;
}

/**
 * Coalesces `election.voted` like the vote module's tallies: at most one per round per interval
 * (PLENARY_TALLY_INTERVAL_MS), leading and trailing edge; each reads the committed count when it
 * goes out, so the last one is always current. A count of ballots cast, never how.
 */
@Injectable()
export class ElectionVotedBroadcaster implements OnModuleDestroy {
  private readonly logger = new Logger(ElectionVotedBroadcaster.name);
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastSent = new Map<string, number>();
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly intervalMs: number;
  private stopped = false;

  constructor(
    private readonly casts: ElectionCastRepository,
    private readonly elections: ElectionRepository,
    private readonly realtime: RealtimeService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.intervalMs = config.PLENARY_TALLY_INTERVAL_MS;
  }

  schedule(t: VotedTarget): void {
    if (this.stopped || this.timers.has(t.roundId)) return;
    const wait = Math.max(0, (this.lastSent.get(t.roundId) ?? 0) + this.intervalMs - Date.now());
    this.timers.set(
      t.roundId,
      setTimeout(() => {
        this.timers.delete(t.roundId);
        void this.send(t);
      }, wait),
    );
  }

  private async send(t: VotedTarget): Promise<void> {
    await this.inFlight.get(t.roundId);
    this.lastSent.set(t.roundId, Date.now());
    const p = Promise.all([this.casts.voted(t.roundId), this.elections.load(t.electionId)])
      .then(([voted, e]) =>
        this.realtime.emitToMeeting(t.meetingId, 'election.voted', {
          electionId: t.electionId,
          round: t.round,
          voted,
          version: e.version,
        }),
      )
      .catch((e: unknown) => {
        if (!this.stopped)
          this.logger.warn(`ballot count not announced: ${e instanceof Error ? e.message : String(e)}`);
      })
      .finally(() => this.inFlight.delete(t.roundId));
    this.inFlight.set(t.roundId, p);
    await p;
  }

  onModuleDestroy(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
