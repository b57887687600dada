import { Client } from 'pg';
import { until } from './wait';

/*
 * A reader of the database as an attacker would be one, shared by the secret-ballot specs of
 * votes and elections (ADR 0008's threat model).
 */

export type Row = Record<string, string | null>;
export interface Diff {
  round: number;
  added: { table: string; row: Row }[];
  removed: { table: string; row: Row }[];
}

/**
 * A reader of the database as an attacker would be one: its own connection (as the superuser, so
 * nothing is hidden from it), reading every table, every column, with each row's xmin and ctid,
 * round after round, each round in one snapshot; it keeps what changed between two rounds.
 */
export class TableReader {
  rounds = 0;
  readonly diffs: Diff[] = [];
  /** Every value ever seen, per table and column. */
  readonly seen = new Map<string, Set<string>>();
  private prev = new Map<string, Map<string, Row>>();
  private stopped = false;
  private loop: Promise<void> | null = null;
  private readonly client: Client;

  constructor(url: string) {
    this.client = new Client({ connectionString: url, application_name: 'attacker' });
  }

  async start(): Promise<void> {
    await this.client.connect();
    const tables = (
      await this.client.query<{ t: string }>(
        `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public'`,
      )
    ).rows.map((r) => r.t);
    this.prev = await this.read(tables);
    this.loop = (async () => {
      while (!this.stopped) {
        const now = await this.read(tables);
        this.rounds += 1;
        const diff: Diff = { round: this.rounds, added: [], removed: [] };
        for (const [table, rows] of now) {
          const before = this.prev.get(table)!;
          for (const [k, row] of rows) if (!before.has(k)) diff.added.push({ table, row });
          for (const [k, row] of before) if (!rows.has(k)) diff.removed.push({ table, row });
        }
        if (diff.added.length || diff.removed.length) this.diffs.push(diff);
        this.prev = now;
      }
    })();
  }

  /**
   * Answers once a whole round has begun and ended after this call, so it has read everything
   * committed before the call (`what`: what the caller did, for the timeout's message). Two rounds
   * are counted: the one under way may have begun before the commit, the next cannot. Called after
   * an acknowledgement, never before the request: a request slower than two rounds would otherwise
   * let them pass before its commit.
   */
  async wholeRoundAfter(what: string): Promise<void> {
    const r = this.rounds;
    await until(`a whole round of the reader after ${what}`, () => this.rounds >= r + 2);
  }

  /** The latest round's rows of a table. */
  rows(table: string): Row[] {
    return [...(this.prev.get(table)?.values() ?? [])];
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
    await this.client.end();
  }

  private async read(tables: string[]): Promise<Map<string, Map<string, Row>>> {
    const out = new Map<string, Map<string, Row>>();
    await this.client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    for (const table of tables) {
      const res = await this.client.query(
        `SELECT xmin::text AS "#xmin", ctid::text AS "#ctid", t.* FROM "${table}" t`,
      );
      const rows = new Map<string, Row>();
      for (const raw of res.rows as Record<string, unknown>[]) {
        const row: Row = {};
        for (const [col, v] of Object.entries(raw)) {
          const text = asText(v);
          row[col] = text;
          if (text !== null) {
            const key = `${table}.${col}`;
            if (!this.seen.has(key)) this.seen.set(key, new Set());
            this.seen.get(key)!.add(text);
          }
        }
        rows.set(`${row['#ctid']}/${row['#xmin']}`, row);
      }
      out.set(table, rows);
    }
    await this.client.query('COMMIT');
    return out;
  }
}

/** A value as the reader keeps it: bytea as `\\x` hex, times in ISO, JSON as text. */
export function asText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (Buffer.isBuffer(v)) return `\\x${v.toString('hex')}`;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/** A `\\x` hex value as the reader keeps it, back to bytes. */
export const hex = (v: string) => Buffer.from(v.slice(2), 'hex');
