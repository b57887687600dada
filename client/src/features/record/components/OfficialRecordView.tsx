import {
  formatMessage,
  LANGUAGE_NAMES,
  SUPPORTED_LANGUAGES,
  type Language,
  type OfficialDecision,
  type OfficialRecord,
} from '@plenary/shared';
import { useId, useState } from 'react';
import { errorMessage } from '../../../lib/api';
import { downloadFile } from '../../../lib/fileDownload';
import { recordExportUrl } from '../api';
import '../official-record.css';

function Decision({ d, record }: { d: OfficialDecision; record: OfficialRecord }) {
  return (
    <section className="official__decision" data-testid="official-decision" data-entry={d.entryId}>
      <h2>{d.rendered.heading}</h2>
      <p className="official__item">{d.rendered.agendaItem}</p>
      <dl className="official__facts">
        <dt>{record.labels.text}</dt>
        <dd className="official__text">{d.text}</dd>
        {d.rendered.matter && (
          <>
            <dt>{record.labels.matter}</dt>
            <dd>{d.rendered.matter}</dd>
          </>
        )}
        {d.rendered.rule && (
          <>
            <dt>{record.labels.rule}</dt>
            <dd>{d.rendered.rule}</dd>
          </>
        )}
        {d.rendered.method && (
          <>
            <dt>{record.labels.method}</dt>
            <dd>{d.rendered.method}</dd>
          </>
        )}
      </dl>
      {d.rendered.times && <p className="official__meta">{d.rendered.times}</p>}
      {d.rendered.participation && <p className="official__meta">{d.rendered.participation}</p>}
      {d.rendered.paragraphs.map((p, i) => (
        <p key={i} className="official__para" data-testid="official-paragraph">
          {p}
        </p>
      ))}
      {d.rendered.arithmetic && <p className="official__meta">{d.rendered.arithmetic}</p>}
      {d.intendedVotes.map((n) => (
        <p key={n.entryId} className="official__note" data-testid="official-intended-vote">
          {n.rendered}
        </p>
      ))}
      {d.corrections.map((c) => (
        <p key={c.entryId} className="official__note" data-testid="official-correction">
          {c.rendered}
        </p>
      ))}
    </section>
  );
}

/** The tools above the record on screen (never printed): language, print, downloads. */
function Toolbar({ record, onLanguage }: { record: OfficialRecord; onLanguage: (lang: Language) => void }) {
  const lang = record.language;
  const langId = useId();
  const [pdfError, setPdfError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = (key: Parameters<typeof formatMessage>[1], params?: Parameters<typeof formatMessage>[2]) =>
    formatMessage(lang, key, params);
  const pdf = () => {
    setBusy(true);
    setPdfError(null);
    downloadFile(recordExportUrl(record.meeting.id, 'pdf', lang), `record-${record.meeting.code}-${lang}.pdf`)
      .catch((e: unknown) => {
        const code = (e as { code?: string }).code;
        setPdfError(code === 'PDF_UNAVAILABLE' ? t('officialRecord.pdfUnavailable') : errorMessage(e));
      })
      .finally(() => setBusy(false));
  };
  return (
    <div className="official__tools no-print" data-testid="official-tools">
      <div className="field">
        <label htmlFor={langId}>{t('officialRecord.language')}</label>
        <select id={langId} value={lang} onChange={(e) => onLanguage(e.target.value as Language)}>
          {SUPPORTED_LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button button--primary" onClick={() => window.print()}>
        {t('officialRecord.print')}
      </button>
      <button type="button" className="button" disabled={busy} onClick={pdf}>
        {t('officialRecord.download', { format: 'PDF' })}
      </button>
      {(['docx', 'csv', 'json'] as const).map((f) => (
        <a key={f} className="button" href={recordExportUrl(record.meeting.id, f, lang)} download>
          {t('officialRecord.download', { format: f.toUpperCase() })}
        </a>
      ))}
      {pdfError && (
        <p className="notice notice--error" role="alert" data-testid="pdf-unavailable">
          {pdfError}
        </p>
      )}
    </div>
  );
}

/**
 * The official record as UN meeting records print it, in one language, laid out for paper: the
 * print view every browser prints and the server's Chromium turns into the PDF. `lang` and `dir`
 * are set on the record itself, so Arabic runs right to left whatever the page around it.
 */
export function OfficialRecordView({
  record,
  onLanguage,
}: {
  record: OfficialRecord;
  onLanguage: (lang: Language) => void;
}) {
  const { meeting, labels } = record;
  return (
    <>
      <Toolbar record={record} onLanguage={onLanguage} />
      <article
        className="official"
        lang={record.tag}
        dir={record.dir}
        data-testid="official-record"
        data-record-ready="true"
      >
        <header className="official__header">
          <p className="official__kind">{labels.kind}</p>
          <h1>
            {meeting.title} <span className="official__code">({meeting.code})</span>
          </h1>
          <p className="official__dates">{labels.meeting}</p>
          <p className="official__title">{labels.title}</p>
        </header>
        <h2 className="official__section">{labels.decisions}</h2>
        {record.decisions.length === 0 ? (
          <p className="official__empty" data-testid="official-empty">
            {labels.empty}
          </p>
        ) : (
          record.decisions.map((d) => <Decision key={d.entryId} d={d} record={record} />)
        )}
        {record.elections.length > 0 && (
          <>
            <h2 className="official__section">{labels.elections}</h2>
            {record.elections.map((e) => (
              <section
                key={e.electionId}
                className="official__decision"
                data-testid="official-election"
                data-election={e.electionId}
              >
                <h3>{e.rendered.heading}</h3>
                {e.rendered.paragraphs.map((p, i) => (
                  <p key={i} data-testid="official-election-paragraph">
                    {p}
                  </p>
                ))}
              </section>
            ))}
          </>
        )}
        {record.rulings.length > 0 && (
          <>
            <h2 className="official__section">{labels.rulings}</h2>
            {record.rulings.map((r) => (
              <p key={r.id} data-testid="official-ruling">
                {r.rendered}
              </p>
            ))}
          </>
        )}
        {record.conclusions.length > 0 && (
          <>
            <h2 className="official__section">{labels.conclusions}</h2>
            <ol className="official__conclusions">
              {record.conclusions.map((c) => (
                <li key={c.entryId} data-testid="official-conclusion">
                  <strong>{c.label}</strong> <span dir="auto">{c.text}</span>
                </li>
              ))}
            </ol>
          </>
        )}
        {record.otherCorrections.map((c) => (
          <p key={c.entryId} className="official__note" data-testid="official-correction">
            {c.rendered}
          </p>
        ))}
        <footer className="official__head" data-testid="official-chain-head">
          <span dir="auto">{labels.chainHead}</span>
        </footer>
      </article>
    </>
  );
}
