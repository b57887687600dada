import { Injectable } from '@nestjs/common';

/** The one source of "now" on the server, so tests can pin it. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's calendar date in a time zone (Geneva unless a meeting says otherwise). */
  today(timeZone = 'Europe/Zurich'): string {
    return isoDateIn(this.now(), timeZone);
  }
}

export function isoDateIn(at: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}
