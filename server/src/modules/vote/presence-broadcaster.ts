import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/env';
import { MeetingService } from '../meeting/meeting.service';
import { RealtimeService } from '../realtime/realtime.service';

/** Runs of consecutive versions, as [sinceVersion, meetingVersion] pairs (since = the one before). */
export function versionRuns(versions: Iterable<number>): [number, number][] {
  const sorted = [...new Set(versions)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const v of sorted) {
    const last = runs.at(-1);
    if (last && v === last[1] + 1) last[1] = v;
    else runs.push([v - 1, v]);
  }
  return runs;
}

interface Run {
  versions: Set<number>;
  timer: NodeJS.Timeout | null;
}

/**
 * Presence and quorum changes made by casts (a delegation's first cast marks it present), coalesced
 * like tallies: the first change in a quiet meeting goes out at once (leading edge), later ones
 * within PLENARY_TALLY_INTERVAL_MS share one broadcast at the interval's end, with the quorum read
 * once, when it goes out; those made while a broadcast is still going out share the next one.
 * Each broadcast names the versions it covers (`sinceVersion` to `meetingVersion`: every change
 * between was a presence change), so a screen sees no gap; versions bumped meanwhile by other
 * writers split it into runs. Any other event of the meeting waits
 * for the pending presence to go first (RealtimeService.emitToMeeting), so versions stay in order.
 */
@Injectable()
export class PresenceBroadcaster implements OnModuleDestroy {
  private readonly logger = new Logger(PresenceBroadcaster.name);
  /** Per meeting, the changes not yet announced (only while some are pending). */
  private readonly runs = new Map<string, Run>();
  /** Per meeting, the announcement under way (only while one is). */
  private readonly flushing = new Map<string, Promise<void>>();
  /** When each meeting's last announcement started; entries older than the interval are dropped. */
  private readonly lastSent = new Map<string, number>();
  private readonly intervalMs: number;
  private stopped = false;

  constructor(
    private readonly meetings: MeetingService,
    private readonly realtime: RealtimeService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.intervalMs = config.PLENARY_TALLY_INTERVAL_MS;
    this.realtime.flushBeforeMeetingEvents((meetingId) => this.flushNow(meetingId));
  }

  /** A cast changed the meeting's presence, at this meeting version. */
  changed(meetingId: string, meetingVersion: number): void {
    if (this.stopped) return;
    let run = this.runs.get(meetingId);
    if (!run) {
      run = { versions: new Set(), timer: null };
      this.runs.set(meetingId, run);
    }
    run.versions.add(meetingVersion);
    // While an announcement is going out (in slices, to thousands of sockets it can take longer
    // than an interval) the changes wait and go out together when it ends: one pass at a time,
    // never a queue of passes to every screen.
    if (run.timer || this.flushing.has(meetingId)) return;
    this.schedule(meetingId, run);
  }

  /** The run goes out at once if the meeting's last announcement started an interval ago, else then. */
  private schedule(meetingId: string, run: Run): void {
    const last = this.lastSent.get(meetingId);
    const wait = last === undefined ? 0 : last + this.intervalMs - performance.now();
    if (wait <= 0) {
      void this.flush(meetingId);
      return;
    }
    run.timer = setTimeout(() => {
      run.timer = null;
      void this.flush(meetingId);
    }, wait);
  }

  /** How many meetings this node holds anything for (bounded; for tests). */
  get remembered(): number {
    return Math.max(this.runs.size, this.flushing.size, this.lastSent.size);
  }

  /** Sends what is pending for the meeting now; answers when it is out (null: nothing pending). */
  private flushNow(meetingId: string): Promise<void> | null {
    const run = this.runs.get(meetingId);
    if (run) {
      if (run.timer) clearTimeout(run.timer);
      run.timer = null;
      return this.flush(meetingId);
    }
    return this.flushing.get(meetingId) ?? null;
  }

  private flush(meetingId: string): Promise<void> {
    const run = this.runs.get(meetingId);
    this.runs.delete(meetingId);
    const at = performance.now();
    for (const [id, t] of this.lastSent) if (t < at - this.intervalMs) this.lastSent.delete(id);
    this.lastSent.set(meetingId, at);
    const before = this.flushing.get(meetingId);
    const p = (async () => {
      await before;
      if (!run?.versions.size) return;
      const quorum = await this.meetings.quorum(meetingId);
      // In slices: thousands of board sockets written in one go would hold every ack back.
      for (const [sinceVersion, meetingVersion] of versionRuns(run.versions))
        await this.realtime.sendToMeeting(meetingId, 'meeting.presenceChanged', {
          meetingVersion,
          sinceVersion,
          quorum,
        });
    })()
      .catch((e: unknown) => {
        if (!this.stopped)
          this.logger.warn(`presence not announced: ${e instanceof Error ? e.message : String(e)}`);
      })
      .finally(() => {
        if (this.flushing.get(meetingId) !== p) return;
        this.flushing.delete(meetingId);
        // The changes made while this one went out.
        const next = this.runs.get(meetingId);
        if (next && !next.timer && !this.stopped) this.schedule(meetingId, next);
      });
    this.flushing.set(meetingId, p);
    return p;
  }

  onModuleDestroy(): void {
    this.stopped = true;
    for (const r of this.runs.values()) if (r.timer) clearTimeout(r.timer);
    this.runs.clear();
  }
}
