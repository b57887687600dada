import type { RecordEntry } from '@plenary/shared';

export const CSV_COLUMNS = ['id', 'at', 'kind', 'summary', 'corrects', 'data-json'] as const;

/** RFC 4180: a field with a comma, quote, CR or LF is quoted, and its quotes are doubled. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The record as CSV: one line per entry, CRLF line ends, the data as a JSON column. */
export function recordToCsv(entries: readonly RecordEntry[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const e of entries) {
    lines.push([e.id, e.at, e.kind, e.summary, e.corrects, JSON.stringify(e.data)].map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function recordToJson(entries: readonly RecordEntry[]): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/** Saves text as a file through a temporary object URL. */
export function download(filename: string, text: string, type: string): void {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export interface RecordFilter {
  kind: string;
  text: string;
}

export function filterRecord(entries: readonly RecordEntry[], f: RecordFilter): RecordEntry[] {
  const needle = f.text.trim().toLowerCase();
  return entries.filter(
    (e) =>
      (f.kind === '' || e.kind === f.kind || e.kind.startsWith(`${f.kind}.`)) &&
      (needle === '' || e.summary.toLowerCase().includes(needle) || e.kind.includes(needle)),
  );
}

/** The figures a decision keeps in its data: "Recorded vote: 100 yes, 49 no, 12 abstain; …". */
export function decisionArithmetic(e: RecordEntry): string | null {
  if (e.kind === 'decision.consensus') return 'Adopted without a vote (consensus).';
  if (e.kind !== 'decision.vote') return null;
  const r = e.data.result as
    | {
        yes: number;
        no: number;
        abstain: number;
        presentAndVoting: number;
        required: number;
        presentAtClose: number;
        quorumRequired: number | null;
      }
    | undefined;
  if (!r || typeof r !== 'object') return null;
  const method = typeof e.data.method === 'string' ? e.data.method.replace(/-/g, ' ') : 'vote';
  const quorum =
    r.quorumRequired === null ? '' : `; quorum ${r.quorumRequired}, ${r.presentAtClose} present at close`;
  return `${method[0].toUpperCase()}${method.slice(1)}: ${r.yes} yes, ${r.no} no, ${r.abstain} abstain; ${r.presentAndVoting} present and voting, ${r.required} yes required${quorum}.`;
}
