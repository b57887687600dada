export interface TrialRow {
  fault: 'server' | 'postgres';
  trial: number;
  killAfterAcks: number;
  acks: number;
  unacknowledged: number;
  ballots: number;
  counted: number;
  lost: number;
  duplicated: number;
  retries: number;
  noAnswer: number;
  internal: number;
  recoveryMs: number | null;
  burstMs: number;
}

export interface CampaignTotals {
  trials: Partial<Record<'server' | 'postgres', number>>;
  acks: number;
  ballots: number;
  lost: number;
  duplicated: number;
  unacknowledged: number;
  internal: number;
  errorCodes: Record<string, number>;
  postgresRestarts: number;
  /** PostgreSQL still running after the server was stopped with SIGTERM (it should stop it). */
  postgresLeftRunning: boolean;
}

export interface CampaignResult {
  rows: TrialRow[];
  totals: CampaignTotals;
  work: string;
}

export function runCampaign(opts?: {
  trials?: number;
  faults?: ('server' | 'postgres')[];
  delegations?: number;
  seed?: number;
  keep?: boolean;
  log?: (line: string) => void;
}): Promise<CampaignResult>;

export function formatTable(result: CampaignResult): string;
