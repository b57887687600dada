import type { MeetingView, RecordEntry } from '@plenary/shared';
import { useId, useMemo, useState } from 'react';
import { useQuery } from '../../../lib/useQuery';
import { fetchRecord } from '../api';
import { decisionArithmetic, download, filterRecord, recordToCsv, recordToJson } from '../recordExport';
import { ChainHead } from './ChainHead';

const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

function when(e: RecordEntry, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium', timeZone }).format(
      new Date(e.at),
    );
  } catch {
    return time.format(new Date(e.at));
  }
}

/** The meeting's append-only record, filterable, downloadable as CSV and JSON. */
export function RecordPanel({ meeting }: { meeting: MeetingView }) {
  const [version, setVersion] = useState(0);
  const record = useQuery(`record:${meeting.id}:${version}`, (signal) => fetchRecord(meeting.id, signal));
  const [kind, setKind] = useState('');
  const [text, setText] = useState('');
  const kindId = useId();
  const textId = useId();
  const entries = useMemo(() => (record.status === 'success' ? record.data : []), [record]);
  const kinds = useMemo(() => [...new Set(entries.map((e) => e.kind))].sort(), [entries]);
  const shown = useMemo(() => filterRecord(entries, { kind, text }), [entries, kind, text]);
  const base = `record-${meeting.code}`;

  return (
    <div className="record" data-testid="record">
      <div className="toolbar">
        <div className="field">
          <label htmlFor={kindId}>Kind</label>
          <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">All kinds</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={textId}>Text</label>
          <input id={textId} type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="actions">
          <button type="button" className="button" onClick={() => setVersion((v) => v + 1)}>
            Refresh
          </button>
          <button
            type="button"
            className="button"
            disabled={shown.length === 0}
            onClick={() => download(`${base}.csv`, recordToCsv(shown), 'text/csv;charset=utf-8')}
          >
            Download CSV
          </button>
          <button
            type="button"
            className="button"
            disabled={shown.length === 0}
            onClick={() => download(`${base}.json`, recordToJson(shown), 'application/json')}
          >
            Download JSON
          </button>
        </div>
        <p className="toolbar__count">
          {shown.length} of {entries.length} entries
        </p>
      </div>
      <ChainHead meetingId={meeting.id} refreshKey={record.status === 'success' ? entries.length : version} />
      {record.status === 'loading' ? (
        <p className="notice" role="status">
          <span className="spinner" aria-hidden="true" /> Loading the record…
        </p>
      ) : record.status === 'error' ? (
        <p className="notice notice--error" role="alert">
          The record could not be loaded. {record.error.message}
        </p>
      ) : shown.length === 0 ? (
        <p className="empty">Nothing in the record matches.</p>
      ) : (
        <div className="table-wrap">
          <table className="table record__table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Time</th>
                <th scope="col">Kind</th>
                <th scope="col">Entry</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((e) => {
                const arithmetic = decisionArithmetic(e);
                return (
                  <tr key={e.id} data-kind={e.kind}>
                    <td data-label="#" className="mono">
                      {e.id}
                    </td>
                    <td data-label="Time" className="col-nowrap">
                      <time dateTime={e.at}>{when(e, meeting.timeZone)}</time>
                    </td>
                    <td data-label="Kind">
                      <span className="badge badge--non-party">{e.kind}</span>
                    </td>
                    <td data-label="Entry">
                      {e.summary}
                      {e.corrects !== null && <span className="muted"> (corrects entry {e.corrects})</span>}
                      {arithmetic && <p className="record__arithmetic">{arithmetic}</p>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
