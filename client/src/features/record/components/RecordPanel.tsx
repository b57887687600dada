import type { MeetingView } from '@plenary/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { Loading, LoadError } from '../../../lib/components/LoadState';
import { useFormat } from '../../../lib/locale/context';
import { recordPrintPath, recordQuery } from '../api';
import { ChainHead } from '../../chain/ChainHead';
import { decisionArithmetic, download, filterRecord, recordToCsv, recordToJson } from '../recordExport';
import '../record.css';

/** The meeting's append-only record, filterable, downloadable as CSV and JSON. */
export function RecordPanel({ meeting }: { meeting: MeetingView }) {
  const fmt = useFormat();
  const record = useQuery(recordQuery(meeting.id));
  const [kind, setKind] = useState('');
  const [text, setText] = useState('');
  const kindId = useId();
  const textId = useId();
  const entries = useMemo(() => record.data ?? [], [record.data]);
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
          <button
            type="button"
            className="button"
            disabled={record.isFetching}
            onClick={() => void record.refetch()}
          >
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
          <a
            className="button"
            href={recordPrintPath(meeting.id, 'en')}
            target="_blank"
            rel="noopener"
            data-testid="official-record-link"
          >
            Official record (print, PDF, DOCX, CSV)
          </a>
        </div>
        <p className="toolbar__count">
          {shown.length} of {entries.length} entries
        </p>
      </div>
      <ChainHead meetingId={meeting.id} meetingVersion={meeting.version} />
      {record.isPending ? (
        <Loading>Loading the record…</Loading>
      ) : record.isError ? (
        <LoadError what="The record" error={record.error} onRetry={() => void record.refetch()} />
      ) : entries.length === 0 ? (
        <p className="empty">Nothing has been recorded for this meeting yet.</p>
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
                      <time dateTime={e.at}>{fmt.dateTime(e.at, meeting.timeZone)}</time>
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
