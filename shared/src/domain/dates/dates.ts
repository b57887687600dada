/** A calendar date 'YYYY-MM-DD' with no time and no time zone: treaty dates are calendar days. */
export type IsoDate = string;

/** A calendar date as integers; `month` runs 1-12. */
export type CivilDate = { year: number; month: number; day: number };

/** Years a four-digit ISO date can spell; keeps every day number a small integer. */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

/** Geneva's time zone in the IANA database (Geneva has no zone of its own): DOMAIN.md §4a's default. */
export const GENEVA_TIME_ZONE = 'Europe/Zurich';
