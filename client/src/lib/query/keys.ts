/**
 * Every server-state query key, in one place. A key names what was read, never a version:
 * a write invalidates or updates the keys it changes, and the cache does the rest.
 */
export const keys = {
  time: ['time'] as const,
  meetings: {
    all: ['meetings'] as const,
    list: () => ['meetings', 'list'] as const,
    one: (meetingId: string) => ['meetings', meetingId] as const,
    live: (meetingId: string) => ['meetings', meetingId, 'live'] as const,
    questions: (meetingId: string) => ['meetings', meetingId, 'questions'] as const,
    quorum: (meetingId: string) => ['meetings', meetingId, 'quorum'] as const,
    delegations: (meetingId: string) => ['meetings', meetingId, 'delegations'] as const,
    record: (meetingId: string) => ['meetings', meetingId, 'record'] as const,
    recordHead: (meetingId: string) => ['meetings', meetingId, 'record', 'head'] as const,
    elections: (meetingId: string) => ['meetings', meetingId, 'elections'] as const,
    conclusions: (meetingId: string) => ['meetings', meetingId, 'conclusions'] as const,
    officialRecord: (meetingId: string, lang: string) =>
      ['meetings', meetingId, 'record', 'official', lang] as const,
  },
  officeholders: {
    all: ['officeholders'] as const,
    on: (on: string) => ['officeholders', on] as const,
    coordinating: (on: string) => ['officeholders', 'coordinating', on] as const,
    slates: (meetingId: string) => ['officeholders', 'slates', meetingId] as const,
  },
  register: {
    all: ['register'] as const,
    states: (on: string) => ['register', 'states', on] as const,
    summary: (on: string) => ['register', 'summary', on] as const,
  },
  convening: {
    all: ['convening'] as const,
    proposals: () => ['convening', 'proposals'] as const,
    clarifications: () => ['convening', 'clarifications'] as const,
    amendments: () => ['convening', 'amendments'] as const,
    /** What is read about one amendment besides the list (who is bound on a date). */
    amendment: (amendmentId: string) => ['convening', 'amendments', amendmentId] as const,
    bound: (amendmentId: string, on: string) =>
      ['convening', 'amendments', amendmentId, 'bound', on] as const,
    extensions: () => ['convening', 'extensions'] as const,
    clearance: (iso3: string) => ['convening', 'clearance', iso3] as const,
    reviewTiming: () => ['convening', 'review-timing'] as const,
  },
};

/** Puts `item` in place in a cached list (by id), or first if it is new. */
export function upsertById<T extends { id: string }>(item: T) {
  return (list: T[] | undefined): T[] | undefined => {
    if (!list) return list;
    return list.some((x) => x.id === item.id)
      ? list.map((x) => (x.id === item.id ? item : x))
      : [item, ...list];
  };
}
