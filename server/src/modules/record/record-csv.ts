import { inEnglishOrder, stateName, type OfficialDecision, type OfficialRecord } from '@plenary/shared';

/**
 * Votes as the UN's voting data publish them: one row per State per vote, `ms_vote` Y (in
 * favour), N (against), A (abstaining) or blank (did not vote). A secret ballot or a show of hands
 * has no per-State choice: its vote is one row with the State columns empty and the totals.
 */
export const CSV_COLUMNS = [
  'meeting',
  'decision',
  'vote_id',
  'date',
  'agenda_item',
  'text',
  'matter',
  'method',
  'outcome',
  'ms_code',
  'ms_name',
  'ms_vote',
  'total_yes',
  'total_no',
  'total_abstentions',
  'total_non_voting',
  'total_ms',
] as const;

/** RFC 4180: a field with a comma, quote, CR or LF is quoted, and its quotes are doubled. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CODE = { inFavour: 'Y', against: 'N', abstaining: 'A', notVoting: '' } as const;

function rows(record: OfficialRecord, d: OfficialDecision): (string | number | null)[][] {
  const r = d.result;
  const base = (code: string | null, name: string | null, vote: string | null, totalMs: number | null) => [
    record.meeting.code,
    d.number,
    d.voteId,
    (d.closedAt ?? d.at).slice(0, 10),
    d.agendaItem?.position ?? null,
    d.text,
    d.matter,
    d.method,
    r?.outcome ?? null,
    code,
    name,
    vote,
    r?.yes ?? null,
    r?.no ?? null,
    r?.abstain ?? null,
    d.votes ? d.votes.notVoting.length : null,
    totalMs,
  ];
  if (!d.votes) return [base(null, null, null, d.eligible)];
  const votes = d.votes;
  const total =
    votes.inFavour.length + votes.against.length + votes.abstaining.length + votes.notVoting.length;
  const perState = (Object.keys(CODE) as (keyof typeof CODE)[]).flatMap((list) =>
    votes[list].map((iso3) => ({ iso3, code: CODE[list] })),
  );
  // States in English alphabetical order within each vote, as the lists print them.
  const order = inEnglishOrder([
    ...votes.inFavour,
    ...votes.against,
    ...votes.abstaining,
    ...votes.notVoting,
  ]);
  const byState = new Map(perState.map((p) => [p.iso3, p.code]));
  return order.map((iso3) => base(iso3, stateName(iso3, record.language), byState.get(iso3) ?? '', total));
}

/** The votes of the record (or of one vote) as CSV, CRLF line ends, UTF-8 with a BOM for spreadsheets. */
export function recordVotesCsv(record: OfficialRecord, voteId?: string): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const d of record.decisions) {
    if (d.voteId === null || (voteId && d.voteId !== voteId)) continue;
    for (const row of rows(record, d)) lines.push(row.map(csvField).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
