import { createHash } from 'node:crypto';

/**
 * The record's hash chain (ADR 0005). Each entry of a meeting carries the sha256 of its canonical
 * content, and that content includes the previous entry's hash: changing, removing or reordering
 * any entry changes every hash after it, and the head no longer matches what was shown.
 *
 * The canonical content is version 1 and must never change: every chain already written is
 * checked against it. A new form would be a new version, chosen per entry.
 */
export const CHAIN_VERSION = 1;

/** What an entry's hash covers: every column of the entry, and the previous entry's hash. */
export interface ChainedContent {
  meetingId: string;
  /** Position in the meeting's record, from 1. */
  seq: number;
  id: number;
  /** UTC, microseconds: `YYYY-MM-DDTHH:MM:SS.ffffffZ`, as PostgreSQL stores it. */
  at: string;
  kind: string;
  summary: string;
  data: unknown;
  corrects: number | null;
  /** The previous entry's hash; null for the first entry of a meeting. */
  prevHash: string | null;
}

/**
 * JSON with object keys sorted by code point and no whitespace (the shape of RFC 8785 for the
 * values the record holds: strings, finite numbers, booleans, null, arrays, plain objects).
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
    }
    case 'bigint':
    case 'function':
    case 'symbol':
    case 'undefined':
      break;
  }
  throw new TypeError(`canonicalJson: a ${typeof value} has no JSON form`);
}

/** `data` as it will read back from jsonb: what JSON.stringify keeps (dates as ISO strings, no undefined). */
export function asStored(data: unknown): unknown {
  return JSON.parse(JSON.stringify(data ?? {})) as unknown;
}

export function canonicalContent(e: ChainedContent): string {
  return canonicalJson({
    v: CHAIN_VERSION,
    meetingId: e.meetingId,
    seq: e.seq,
    id: e.id,
    at: e.at,
    kind: e.kind,
    summary: e.summary,
    data: e.data,
    corrects: e.corrects,
    prevHash: e.prevHash,
  });
}

export function entryHash(e: ChainedContent): string {
  return createHash('sha256').update(canonicalContent(e), 'utf8').digest('hex');
}

export interface StoredEntry extends ChainedContent {
  hash: string;
}

export interface ChainHead {
  seq: number;
  hash: string | null;
}

export type ChainProblem = 'content-altered' | 'previous-hash-mismatch' | 'sequence-gap' | 'head-mismatch';

export type ChainCheck =
  | { ok: true; entries: number; head: ChainHead }
  | {
      ok: false;
      entries: number;
      problem: ChainProblem;
      /** The first entry that does not verify (null when the entries verify but the head does not). */
      entry: StoredEntry | null;
      message: string;
    };

const short = (h: string | null) => (h ? `${h.slice(0, 12)}…` : 'none');
const describe = (e: StoredEntry) => `entry ${e.id} (no. ${e.seq}, ${e.kind}, ${e.at})`;

/**
 * Recomputes a meeting's chain from its entries in record order and names the first entry that
 * does not verify. `head` is the stored chain head (null: none stored).
 */
export function checkChain(entries: StoredEntry[], head: ChainHead | null): ChainCheck {
  let prev: StoredEntry | null = null;
  for (const e of entries) {
    const expectedSeq = prev ? prev.seq + 1 : 1;
    if (e.seq !== expectedSeq) {
      return {
        ok: false,
        entries: entries.length,
        problem: 'sequence-gap',
        entry: e,
        message: `${describe(e)} follows no. ${prev?.seq ?? 0}: an entry before it is missing or was inserted`,
      };
    }
    if (e.prevHash !== (prev?.hash ?? null)) {
      return {
        ok: false,
        entries: entries.length,
        problem: 'previous-hash-mismatch',
        entry: e,
        message:
          `${describe(e)} names previous hash ${short(e.prevHash)} but entry ${prev?.id ?? '-'} has ${short(prev?.hash ?? null)}: ` +
          'the entry before it was changed or replaced',
      };
    }
    const recomputed = entryHash(e);
    if (recomputed !== e.hash) {
      return {
        ok: false,
        entries: entries.length,
        problem: 'content-altered',
        entry: e,
        message: `${describe(e)} does not match its hash (stored ${short(e.hash)}, recomputed ${short(recomputed)}): its content was changed`,
      };
    }
    prev = e;
  }
  const last: ChainHead = { seq: prev?.seq ?? 0, hash: prev?.hash ?? null };
  const stored = head ?? { seq: 0, hash: null };
  if (stored.seq !== last.seq || stored.hash !== last.hash) {
    return {
      ok: false,
      entries: entries.length,
      problem: 'head-mismatch',
      entry: null,
      message: `the chain head is no. ${stored.seq} (${short(stored.hash)}) but the record ends at no. ${last.seq} (${short(last.hash)}): entries were removed or added outside the chain`,
    };
  }
  return { ok: true, entries: entries.length, head: last };
}
