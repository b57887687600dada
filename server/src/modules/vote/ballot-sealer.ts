import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Choice } from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/env';
import {
  BallotKeyError,
  MASTER_KEY_BYTES,
  ballotKeyFilePath,
  createBallotKeyFile,
  keyFingerprint,
  readBallotKeyFile,
} from './ballot-key-file';

const CIPHER = 'aes-256-gcm';
const FORMAT = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
/**
 * Every sealed plaintext is padded to this many bytes (one length byte, the UTF-8, zeros), so all
 * sealed values have one length whatever they hold: `yes` and `abstain` (or two candidates'
 * names) cannot be told apart by size.
 */
export const SEALED_PLAINTEXT_BYTES = 64;
/** Format byte, nonce, padded ciphertext, tag: the length of every sealed value. */
export const SEALED_BYTES = 1 + NONCE_BYTES + SEALED_PLAINTEXT_BYTES + TAG_BYTES;
/** Data keys of open votes kept in memory (a bounded cache; the database holds them wrapped). */
const CACHED_KEYS = 1000;
const CHOICES: readonly Choice[] = ['yes', 'no', 'abstain'];

/**
 * Seals secret ballots (ADR 0008). Each secret vote has a random 256-bit data key, stored only
 * wrapped (AES-256-GCM) by the master key, which lives in a file outside the database and is
 * checked against the database at startup: a missing or wrong key stops the server before it
 * serves anything, never a cast in the middle of a vote. A ballot is sealed with the vote's key
 * under a fresh random nonce, bound (associated data) to the vote and the State; at the close
 * the key is taken (read and deleted) in the closing transaction, the ballots are opened and
 * counted, and what was sealed is erased: without the key it can never be opened again.
 *
 * Reusable for any secret ballot (the election engine's too): `seal`/`open` take any short text
 * and a context that binds it.
 */
@Injectable()
export class BallotSealer implements OnModuleInit {
  private readonly logger = new Logger(BallotSealer.name);
  private master: Buffer | null = null;
  private readonly keys = new Map<string, Buffer>();

  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Before the server accepts anything: the master key file, proved to be this database's key. */
  async onModuleInit(): Promise<void> {
    this.master = await this.loadMasterKey();
  }

  /** A new data key for a secret vote, stored wrapped in the transaction that opens the vote. */
  async createKey(em: EntityManager, voteId: string): Promise<void> {
    const key = randomBytes(32);
    await em.query('INSERT INTO secret_ballot_keys (vote_id, wrapped_key) VALUES ($1, $2)', [
      voteId,
      this.wrap(voteId, key),
    ]);
  }

  /**
   * The data key of an open secret vote, or null when the vote has none (closed, not found, not
   * secret). Cached: the key never changes while the vote is open.
   */
  async keyFor(voteId: string): Promise<Buffer | null> {
    const cached = this.keys.get(voteId);
    if (cached) return cached;
    let wrapped = await this.readWrapped(voteId);
    if (!wrapped) {
      // A secret vote opened before ballots were sealed has no key yet: give it one (its earlier
      // ballots are already totals in its box, which the close adds to).
      await this.ds
        .query(
          `INSERT INTO secret_ballot_keys (vote_id, wrapped_key)
           SELECT v.id, $2 FROM votes v WHERE v.id = $1 AND v.status = 'open' AND v.method = 'secret' FOR SHARE
           ON CONFLICT (vote_id) DO NOTHING`,
          [voteId, this.wrap(voteId, randomBytes(32))],
        )
        .catch((e: unknown) => {
          // Closed meanwhile: the closed-vote trigger refused it. Anything else goes on.
          if ((e as { code?: unknown }).code !== 'P0001') throw e;
        });
      wrapped = await this.readWrapped(voteId);
      if (!wrapped) return null;
    }
    const key = this.unwrap(voteId, wrapped);
    if (this.keys.size >= CACHED_KEYS) this.keys.delete(this.keys.keys().next().value!);
    this.keys.set(voteId, key);
    return key;
  }

  /**
   * At the close, in its transaction: the vote's key, read and deleted (crypto-shredding: once the
   * transaction commits, nothing sealed under it can be opened). Null if the vote had no key.
   */
  async takeKey(em: EntityManager, voteId: string): Promise<Buffer | null> {
    const [rows] = await em.query<[{ wrapped_key: Buffer }[], number]>(
      'DELETE FROM secret_ballot_keys WHERE vote_id = $1 RETURNING wrapped_key',
      [voteId],
    );
    this.keys.delete(voteId);
    return rows[0] ? this.unwrap(voteId, rows[0].wrapped_key) : null;
  }

  /** Drops a cached key (the vote closed, here or on another node). */
  forget(voteId: string): void {
    this.keys.delete(voteId);
  }

  /** A secret choice, sealed for one State in one vote. */
  sealChoice(key: Buffer, voteId: string, delegationId: string, choice: Choice): Buffer {
    return this.seal(key, ['ballot', voteId, delegationId], choice);
  }

  /** Opens a sealed choice; throws if it was not sealed for this State in this vote under this key. */
  openChoice(key: Buffer, voteId: string, delegationId: string, sealed: Buffer): Choice {
    const text = this.open(key, ['ballot', voteId, delegationId], sealed);
    const choice = CHOICES.find((c) => c === text);
    if (!choice) throw new Error(`a sealed ballot of vote ${voteId} holds no choice`);
    return choice;
  }

  /** Seals a short text (at most 63 bytes of UTF-8) under a data key, bound to `context`. */
  seal(key: Buffer, context: string[], text: string): Buffer {
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length >= SEALED_PLAINTEXT_BYTES) throw new Error('BallotSealer.seal: the text is too long');
    const padded = Buffer.alloc(SEALED_PLAINTEXT_BYTES);
    padded[0] = bytes.length;
    bytes.copy(padded, 1);
    return this.encrypt(key, aad('sealed', context), padded);
  }

  /** The text `seal` sealed with the same key and context; throws on any other. */
  open(key: Buffer, context: string[], sealed: Buffer): string {
    const padded = this.decrypt(key, aad('sealed', context), sealed);
    if (padded.length !== SEALED_PLAINTEXT_BYTES || padded[0] >= SEALED_PLAINTEXT_BYTES)
      throw new Error('BallotSealer.open: not a sealed text');
    return padded.subarray(1, 1 + padded[0]).toString('utf8');
  }

  /**
   * A new random data key for another kind of secret ballot (an election round's), and the same
   * key wrapped by the master key, bound to `scope` (e.g. `['election-round', roundId]`). The
   * caller stores only the wrapped key, in the transaction that opens its ballot.
   */
  newWrappedKey(scope: string[]): { key: Buffer; wrapped: Buffer } {
    const key = randomBytes(32);
    return { key, wrapped: this.encrypt(this.masterKey(), aad('scoped-key', scope), key) };
  }

  /** The data key `newWrappedKey` wrapped for `scope`; throws on another scope or master key. */
  unwrapKey(scope: string[], wrapped: Buffer): Buffer {
    return this.decrypt(this.masterKey(), aad('scoped-key', scope), wrapped);
  }

  private wrap(voteId: string, key: Buffer): Buffer {
    return this.encrypt(this.masterKey(), aad('vote-key', [voteId]), key);
  }

  private unwrap(voteId: string, wrapped: Buffer): Buffer {
    return this.decrypt(this.masterKey(), aad('vote-key', [voteId]), wrapped);
  }

  private masterKey(): Buffer {
    if (!this.master) throw new Error('BallotSealer: the master key is not loaded');
    return this.master;
  }

  private encrypt(key: Buffer, ad: Buffer, plain: Buffer): Buffer {
    const nonce = randomBytes(NONCE_BYTES);
    const c = createCipheriv(CIPHER, key, nonce, { authTagLength: TAG_BYTES });
    c.setAAD(ad);
    const body = Buffer.concat([c.update(plain), c.final()]);
    return Buffer.concat([Buffer.from([FORMAT]), nonce, body, c.getAuthTag()]);
  }

  private decrypt(key: Buffer, ad: Buffer, sealed: Buffer): Buffer {
    if (sealed.length < 1 + NONCE_BYTES + TAG_BYTES || sealed[0] !== FORMAT)
      throw new Error('BallotSealer: not a sealed value');
    const nonce = sealed.subarray(1, 1 + NONCE_BYTES);
    const tag = sealed.subarray(sealed.length - TAG_BYTES);
    const d = createDecipheriv(CIPHER, key, nonce, { authTagLength: TAG_BYTES });
    d.setAAD(ad);
    d.setAuthTag(tag);
    return Buffer.concat([d.update(sealed.subarray(1 + NONCE_BYTES, sealed.length - TAG_BYTES)), d.final()]);
  }

  private async readWrapped(voteId: string): Promise<Buffer | null> {
    const rows = await this.ds.query<{ wrapped_key: Buffer }[]>(
      'SELECT wrapped_key FROM secret_ballot_keys WHERE vote_id = $1',
      [voteId],
    );
    return rows[0]?.wrapped_key ?? null;
  }

  /**
   * Reads (or, on a database that has none yet, creates) the master key file, and proves it is the
   * key this database's secret ballots are sealed under: the database keeps the key's
   * fingerprint (a one-way HMAC), written by the first node that starts, and every open vote's
   * key must unwrap with it.
   */
  private async loadMasterKey(): Promise<Buffer> {
    const file = ballotKeyFilePath(this.config);
    const stored = async () =>
      (await this.ds.query<{ fingerprint: string }[]>('SELECT fingerprint FROM ballot_key_fingerprint'))[0]
        ?.fingerprint ?? null;
    let known = await stored();
    let key = readBallotKeyFile(file);
    if (!key) {
      if (known)
        throw new BallotKeyError(
          `The ballot master key file ${file} does not exist, but this database's secret ballots are sealed under ` +
            `master key ${known.slice(0, 16)}: restore that file there, or set PLENARY_BALLOT_KEY_FILE to where it is ` +
            '(every node of a cluster needs the same file).',
        );
      key = createBallotKeyFile(file);
      this.logger.warn(
        `created the ballot master key ${file} (mode 0600): keep it outside the database's backups, and give every node of a cluster this same file`,
      );
    }
    if (key.length !== MASTER_KEY_BYTES)
      throw new BallotKeyError(`${file} does not hold a ballot master key`);
    const mine = keyFingerprint(key);
    if (!known) {
      await this.ds.query(
        'INSERT INTO ballot_key_fingerprint (id, fingerprint) VALUES (true, $1) ON CONFLICT (id) DO NOTHING',
        [mine],
      );
      known = await stored();
    }
    if (known !== mine)
      throw new BallotKeyError(
        `The ballot master key in ${file} (${mine.slice(0, 16)}) is not the key this database's secret ballots are ` +
          `sealed under (${known?.slice(0, 16)}): give this node the same PLENARY_BALLOT_KEY_FILE as the others.`,
      );
    this.master = key;
    const open = await this.ds.query<{ vote_id: string; wrapped_key: Buffer }[]>(
      'SELECT vote_id, wrapped_key FROM secret_ballot_keys',
    );
    for (const r of open) {
      try {
        this.unwrap(r.vote_id, r.wrapped_key);
      } catch {
        throw new BallotKeyError(
          `The key of open secret vote ${r.vote_id} does not unwrap with the ballot master key in ${file}: ` +
            'the database has been changed outside Plenary, or restored under another key.',
        );
      }
    }
    return key;
  }
}

/** Associated data: what a sealed value is, and what it is bound to. */
function aad(kind: string, context: string[]): Buffer {
  return Buffer.from(['plenary', kind, 'v1', ...context].join('\0'), 'utf8');
}
