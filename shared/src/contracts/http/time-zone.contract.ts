import { z } from 'zod';
import { GENEVA_TIME_ZONE } from '../../domain/dates/dates';
import { isTimeZone } from '../../domain/dates/dates.rules';

// Its own module, not common.contract: the client's shell carries the common contracts and
// should not carry the date rules with them.
/** An IANA time zone; a meeting's days are counted in it (Geneva unless it says otherwise). */
export const TimeZoneSchema = z
  .string()
  .max(64)
  .refine(isTimeZone, 'must be an IANA time zone, e.g. Europe/Zurich (Geneva) or America/New_York')
  .meta({ example: GENEVA_TIME_ZONE });
export const MeetingTimeZoneSchema = TimeZoneSchema.default(GENEVA_TIME_ZONE);
