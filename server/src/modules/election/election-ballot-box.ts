import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type Ballot, type CandidateId, type Round, type RoundTally, tallyBallots } from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { BallotKeyError } from '../vote/ballot-key-file';
import { BallotSealer } from '../vote/ballot-sealer';

/** Data keys of open rounds kept in memory (bounded; the database holds them wrapped). */
const CACHED_KEYS = 200;

/** What a round's data key is bound to when wrapped by the master key. */
const keyScope = (roundId: string) => ['election-round', roundId];
/** What a sealed ballot is bound to: its round and its State's delegation. */
const ballotContext = (roundId: string, delegationId: string) => ['election-ballot', roundId, delegationId];

/**
 * A ballot's marks as sealed plaintext: a bitmask over the round's candidates in their announced
 * order (bit i: candidate i is marked), base64. Up to 200 candidates fit in 36 characters, and the
 * sealer pads every plaintext to one length, so a blank, a spoilt and a valid ballot seal alike.
 */
export function encodeMarks(round: Round, marks: readonly CandidateId[]): string {
  const bits = Buffer.alloc(Math.ceil(round.candidates.length / 8));
  for (const m of marks) {
    const i = round.candidates.indexOf(m);
    if (i < 0) throw new Error(`encodeMarks: ${m} is not on the ballot of round ${round.number}`);
    bits[i >> 3] |= 1 << (i & 7);
  }
  return bits.toString('base64');
}

/** The marks `encodeMarks` encoded, in the round's candidate order. */
export function decodeMarks(round: Round, text: string): CandidateId[] {
  const bits = Buffer.from(text, 'base64');
  if (bits.length !== Math.ceil(round.candidates.length / 8))
    throw new Error(`a sealed ballot of round ${round.number} does not fit its candidates`);
  return round.candidates.filter((_, i) => (bits[i >> 3] & (1 << (i & 7))) !== 0);
}

/**
 * The secret ballot box of election rounds (ADR 0008, as for secret votes): nothing countable
 * per State is readable while a round is open, nothing links after.
 *
 * - The transaction that opens a round stores a random data key for it, only wrapped by the
 *   ballot master key (`BallotSealer`, a file outside the database): `election_round_keys`.
 * - A ballot is sealed (AES-256-GCM, fresh nonce, bound to the round and the State, padded to one
 *   length) before it reaches the database, and kept on the State's participation row
 *   (`election_participation.sealed_ballot`). The cast writes nothing else: no count moves.
 * - The count, in the closing transaction with the round locked (no ballot in flight): takes the
 *   key (read and deleted), opens and counts every ballot with the shared rules (`tallyBallots`),
 *   erases every sealed value; the round's tally is then written on the round. The schema refuses
 *   to mark a round counted while its key or a sealed ballot remains.
 */
@Injectable()
export class ElectionBallotBox implements OnModuleInit {
  private readonly keys = new Map<string, Buffer>();

  constructor(
    private readonly ds: DataSource,
    private readonly sealer: BallotSealer,
  ) {}

  /**
   * At startup (after the sealer proved the master key is this database's): every open round's
   * key must unwrap, so a key problem stops the node before it serves, never a ballot mid-round.
   */
  async onModuleInit(): Promise<void> {
    const open = await this.ds.query<{ round_id: string; wrapped_key: Buffer }[]>(
      'SELECT round_id, wrapped_key FROM election_round_keys',
    );
    for (const r of open) {
      try {
        this.sealer.unwrapKey(keyScope(r.round_id), r.wrapped_key);
      } catch {
        throw new BallotKeyError(
          `The key of open election round ${r.round_id} does not unwrap with the ballot master key: ` +
            'the database has been changed outside Plenary, or restored under another key.',
        );
      }
    }
  }

  /** The round's data key, stored wrapped, in the transaction that opens the round. */
  async open(em: EntityManager, roundId: string): Promise<void> {
    const { wrapped } = this.sealer.newWrappedKey(keyScope(roundId));
    await em.query('INSERT INTO election_round_keys (round_id, wrapped_key) VALUES ($1, $2)', [
      roundId,
      wrapped,
    ]);
  }

  /**
   * The data key of an open round, or null when it has none (counted). Cached: it never changes
   * while the round is open. A round opened before ballots were sealed (and still without a
   * ballot: the migration refuses otherwise) is given one here.
   */
  async keyFor(roundId: string): Promise<Buffer | null> {
    const cached = this.keys.get(roundId);
    if (cached) return cached;
    let wrapped = await this.readWrapped(roundId);
    if (!wrapped) {
      await this.ds
        .query(
          `INSERT INTO election_round_keys (round_id, wrapped_key)
           SELECT r.id, $2 FROM election_rounds r WHERE r.id = $1 AND r.status = 'open' FOR SHARE
           ON CONFLICT (round_id) DO NOTHING`,
          [roundId, this.sealer.newWrappedKey(keyScope(roundId)).wrapped],
        )
        .catch((e: unknown) => {
          // Counted meanwhile: the counted-round trigger refused it. Anything else goes on.
          if ((e as { code?: unknown }).code !== 'P0001') throw e;
        });
      wrapped = await this.readWrapped(roundId);
      if (!wrapped) return null;
    }
    const key = this.sealer.unwrapKey(keyScope(roundId), wrapped);
    if (this.keys.size >= CACHED_KEYS) this.keys.delete(this.keys.keys().next().value!);
    this.keys.set(roundId, key);
    return key;
  }

  /** Drops a cached key (the round was counted, here or on another node). */
  forget(roundId: string): void {
    this.keys.delete(roundId);
  }

  /** A ballot's marks sealed for one State in one round; 93 bytes whatever it holds. */
  seal(key: Buffer, round: Round, roundId: string, delegationId: string, ballot: Ballot): Buffer {
    return this.sealer.seal(key, ballotContext(roundId, delegationId), encodeMarks(round, ballot.marks));
  }

  /** Opens a sealed ballot; throws if it was not sealed for this State in this round under this key. */
  openBallot(key: Buffer, round: Round, roundId: string, delegationId: string, sealed: Buffer): Ballot {
    return { marks: decodeMarks(round, this.sealer.open(key, ballotContext(roundId, delegationId), sealed)) };
  }

  /**
   * The count, in the closing transaction with the round row locked: takes the key, opens and
   * counts every sealed ballot, erases them. Once it commits nothing sealed in the round exists.
   */
  async count(em: EntityManager, roundId: string, round: Round): Promise<RoundTally> {
    const [taken] = await em.query<[{ wrapped_key: Buffer }[], number]>(
      'DELETE FROM election_round_keys WHERE round_id = $1 RETURNING wrapped_key',
      [roundId],
    );
    this.forget(roundId);
    const key = taken[0] ? this.sealer.unwrapKey(keyScope(roundId), taken[0].wrapped_key) : null;
    const sealed = await em.query<{ delegation_id: string; sealed_ballot: Buffer | null }[]>(
      'SELECT delegation_id, sealed_ballot FROM election_participation WHERE round_id = $1',
      [roundId],
    );
    if (sealed.length && !key)
      throw new Error(
        `election round ${roundId}: ballots but no key (the database was changed outside Plenary)`,
      );
    const ballots: Ballot[] = sealed.map((b) => {
      if (!b.sealed_ballot)
        throw new Error(
          `election round ${roundId}: a ballot without its sealed value (changed outside Plenary)`,
        );
      return this.openBallot(key!, round, roundId, b.delegation_id, b.sealed_ballot);
    });
    await em.query(
      'UPDATE election_participation SET sealed_ballot = NULL WHERE round_id = $1 AND sealed_ballot IS NOT NULL',
      [roundId],
    );
    return tallyBallots(round, ballots);
  }

  private async readWrapped(roundId: string): Promise<Buffer | null> {
    const rows = await this.ds.query<{ wrapped_key: Buffer }[]>(
      'SELECT wrapped_key FROM election_round_keys WHERE round_id = $1',
      [roundId],
    );
    return rows[0]?.wrapped_key ?? null;
  }
}
