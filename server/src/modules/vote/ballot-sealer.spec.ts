import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { parseEnv } from '../../config/env';
import { BallotKeyError, ballotKeyFilePath, createBallotKeyFile, readBallotKeyFile } from './ballot-key-file';
import { BallotSealer, SEALED_BYTES } from './ballot-sealer';

describe('the ballot master key file', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'plenary-key-unit-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('defaults to beside the embedded data directory, not inside it', () => {
    expect(ballotKeyFilePath(parseEnv({ PLENARY_DATA_DIR: '/srv/plenary/postgres' }))).toBe(
      '/srv/plenary/plenary-ballot.key',
    );
    expect(ballotKeyFilePath(parseEnv({ PLENARY_BALLOT_KEY_FILE: '/run/secrets/ballot.key' }))).toBe(
      '/run/secrets/ballot.key',
    );
  });

  it('is created whole, mode 0600, and a second creation returns the first key', () => {
    const file = join(dir, 'sub', 'k');
    const key = createBallotKeyFile(file);
    expect(key).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readBallotKeyFile(file)).toEqual(key);
    expect(createBallotKeyFile(file)).toEqual(key);
  });

  it('reads as absent when there is no file, and refuses an open or malformed one', () => {
    expect(readBallotKeyFile(join(dir, 'none'))).toBeNull();
    const open = join(dir, 'open');
    writeFileSync(open, randomBytes(32).toString('base64'));
    chmodSync(open, 0o640);
    expect(() => readBallotKeyFile(open)).toThrow(BallotKeyError);
    expect(() => readBallotKeyFile(open)).toThrow(/mode 640.*chmod 600/);
    const short = join(dir, 'short');
    writeFileSync(short, randomBytes(16).toString('base64'), { mode: 0o600 });
    expect(() => readBallotKeyFile(short)).toThrow(/does not hold a key/);
  });
});

describe('BallotSealer', () => {
  let sealer: BallotSealer;
  const key = randomBytes(32);
  const vote = '0b7c1a52-6c1e-4d3b-9d0e-3f1f4f7a1111';
  const state = '7f3e0c1d-2b4a-4c5d-8e6f-7a8b9c0d2222';

  beforeAll(() => {
    // Sealing needs the vote's data key only; the master key and the database (checked at start,
    // test/e2e/secret-ballot.e2e-spec.ts) play no part in it.
    sealer = new BallotSealer(null as unknown as DataSource, parseEnv({}));
  });

  it('seals every choice to one length, never twice the same, and opens it back', () => {
    const sealed = (['yes', 'no', 'abstain', 'yes'] as const).map((c) =>
      sealer.sealChoice(key, vote, state, c),
    );
    expect(new Set(sealed.map((s) => s.length))).toEqual(new Set([SEALED_BYTES]));
    expect(new Set(sealed.map((s) => s.toString('hex'))).size).toBe(4);
    expect(sealed.map((s) => sealer.openChoice(key, vote, state, s))).toEqual([
      'yes',
      'no',
      'abstain',
      'yes',
    ]);
  });

  it('opens nothing under another key, for another vote or State, or once a byte has changed', () => {
    const s = sealer.sealChoice(key, vote, state, 'no');
    expect(() => sealer.openChoice(randomBytes(32), vote, state, s)).toThrow();
    expect(() => sealer.openChoice(key, state, state, s)).toThrow();
    expect(() => sealer.openChoice(key, vote, vote, s)).toThrow();
    const flipped = Buffer.from(s);
    flipped[20] ^= 1;
    expect(() => sealer.openChoice(key, vote, state, flipped)).toThrow();
  });

  it('seals any short text (an election ballot) and refuses one too long to pad', () => {
    const s = sealer.seal(key, ['election', vote, state], 'candidate 42');
    expect(s).toHaveLength(SEALED_BYTES);
    expect(sealer.open(key, ['election', vote, state], s)).toBe('candidate 42');
    expect(() => sealer.seal(key, [], 'x'.repeat(64))).toThrow(/too long/);
  });
});
