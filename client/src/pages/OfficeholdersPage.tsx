import type { TermView } from '@plenary/shared';
import { useState } from 'react';
import { useOfficeholders } from '../features/election/hooks/useElections';
import { officeName } from '../features/election/wording';
import '../features/election/election.css';
import { Loading, LoadError } from '../lib/components/LoadState';

const holder = (t: TermView) => (t.holder.person ? `${t.holder.person} (${t.stateName})` : t.stateName);
const span = (t: TermView) => `from ${t.from}${t.until ? ` until ${t.until}` : ''}`;

/** Who holds which office on a date: President, President-designate, Vice-Presidents, the four committees. */
export function OfficeholdersPage() {
  const [on, setOn] = useState('');
  const q = useOfficeholders(on || undefined);
  const v = q.data;
  return (
    <div className="page">
      <title>Officeholders · Plenary</title>
      <header className="page__header">
        <h1>Officeholders and committees</h1>
        <label className="field">
          <span>On</span>
          <input type="date" value={on} onChange={(e) => setOn(e.target.value)} />
        </label>
      </header>
      {q.error ? (
        <LoadError what="The officeholders" error={q.error} onRetry={() => void q.refetch()} />
      ) : !v ? (
        <Loading>Loading the officeholders…</Loading>
      ) : (
        <div className="officeholders" data-testid="officeholders">
          <section className="panel" aria-labelledby="offices-h">
            <h2 id="offices-h">The Convention’s officeholders on {v.on}</h2>
            <dl className="officeholders__list">
              <dt>President</dt>
              <dd>{v.president ? `${holder(v.president)}, ${span(v.president)}` : '—'}</dd>
              <dt>President-designate</dt>
              <dd>
                {v.presidentDesignate
                  ? `${holder(v.presidentDesignate)}, ${span(v.presidentDesignate)}`
                  : '—'}
              </dd>
              <dt>Vice-Presidents</dt>
              <dd>{v.vicePresidents.length ? v.vicePresidents.map(holder).join('; ') : '—'}</dd>
              <dt>{officeName({ kind: 'sponsorship-coordinator' })}</dt>
              <dd>{v.sponsorshipCoordinator ? holder(v.sponsorshipCoordinator) : '—'}</dd>
            </dl>
          </section>
          {v.committees.map((c) => (
            <section key={c.committee} className="panel" aria-labelledby={`c-${c.committee}`}>
              <h2 id={`c-${c.committee}`}>{c.name}</h2>
              <dl className="officeholders__list">
                <dt>Chair</dt>
                <dd>{c.chair ? (c.chair.person ?? c.chair.state) : '—'}</dd>
                <dt>Members</dt>
                <dd>
                  {c.members.length ? c.members.map((m) => `${holder(m)} (${span(m)})`).join('; ') : '—'}
                </dd>
              </dl>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
