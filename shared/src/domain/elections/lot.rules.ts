import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { Result } from '../errors';
import type { CandidateId } from './elections';
import { LOT_SEED_MAX_LENGTH } from './elections';
import { electionFail } from './elections.errors';

/**
 * The lot (DOMAIN.md §8: "decided by lot, drawn by the President and recorded"). The server
 * draws the seed with a cryptographic generator when the President draws, and records it; from
 * then on the outcome is a pure function of the seed and the candidates' ids, so anyone holding
 * the record can check it with any SHA-256 tool:
 *
 *   key(id) = lowercase hex of SHA-256(UTF-8 of seed + ":" + id)
 *
 * The tied candidates are ordered by key, ascending; the first `slots` are drawn. The order of
 * the rows handed in never matters.
 */

/** Printable ASCII without spaces, so a seed read out or printed in the record is retyped exactly. */
const SEED_PATTERN = /^[\x21-\x7e]+$/;

export function isLotSeed(seed: unknown): seed is string {
  return typeof seed === 'string' && seed.length <= LOT_SEED_MAX_LENGTH && SEED_PATTERN.test(seed);
}

export function validateLotSeed(seed: unknown, field = 'lotSeed'): Result<string> {
  return isLotSeed(seed)
    ? { ok: true, value: seed }
    : electionFail(
        'INVALID_LOT_SEED',
        `a lot seed is 1 to ${LOT_SEED_MAX_LENGTH} printable ASCII characters without spaces`,
        field,
      );
}

export function lotKey(seed: string, candidateId: CandidateId): string {
  return bytesToHex(sha256(utf8ToBytes(`${seed}:${candidateId}`)));
}

export type LotDraw = {
  seed: string;
  /** Every tied candidate with its key, in drawing order. */
  order: { candidateId: CandidateId; key: string }[];
  /** The first `slots` of `order`. */
  drawn: CandidateId[];
};

/** Draws `slots` (default 1) of the tied candidates; duplicates in `tied` count once. */
export function drawLot(seed: string, tied: readonly CandidateId[], slots = 1): LotDraw {
  const order = [...new Set(tied)]
    .map((candidateId) => ({ candidateId, key: lotKey(seed, candidateId) }))
    .sort((a, b) => compareText(a.key, b.key) || compareText(a.candidateId, b.candidateId));
  const take = Math.max(0, Math.min(Math.trunc(slots), order.length));
  return { seed, order, drawn: order.slice(0, take).map((o) => o.candidateId) };
}

/** Code-unit order: the same in every locale, unlike localeCompare. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
