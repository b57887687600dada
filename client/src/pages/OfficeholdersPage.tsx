import type { CoordinatingCommitteeView, TermView } from '@plenary/shared';
import { useState } from 'react';
import { useCoordinatingCommittee, useOfficeholders } from '../features/election/hooks/useElections';
import { useCommitteeName } from '../features/election/offices.wording';
import '../features/election/election.css';
import { Loading, LoadError } from '../lib/components/LoadState';
import { useFormat, useT } from '../lib/locale/context';

type Holder = { state: string; person: string | null; stateName: string };
const holder = (h: Holder) => (h.person ? `${h.person} (${h.stateName})` : h.stateName);

/** Who holds which office on a date: President, President-designate, Vice-Presidents, the committees, the Coordinating Committee. */
export function OfficeholdersPage() {
  const t = useT();
  const committee = useCommitteeName();
  const fmt = useFormat();
  const [on, setOn] = useState('');
  const q = useOfficeholders(on || undefined);
  const cc = useCoordinatingCommittee(on || undefined);
  const v = q.data;
  const termHolder = (term: TermView) => holder({ ...term.holder, stateName: term.stateName });
  const span = (term: TermView) =>
    term.until
      ? t('officeholders.fromUntil', { from: fmt.date(term.from), until: fmt.date(term.until) })
      : t('officeholders.from', { from: fmt.date(term.from) });
  const held = (term: TermView | null) => (term ? `${termHolder(term)}, ${span(term)}` : '—');
  return (
    <div className="page">
      <title>{t('officeholders.pageTitle')}</title>
      <header className="page__header">
        <h1>{t('officeholders.title')}</h1>
        <label className="field">
          <span>{t('officeholders.on')}</span>
          <input type="date" value={on} onChange={(e) => setOn(e.target.value)} />
        </label>
      </header>
      {q.error ? (
        <LoadError what={t('officeholders.what')} error={q.error} onRetry={() => void q.refetch()} />
      ) : !v ? (
        <Loading>{t('officeholders.loading')}</Loading>
      ) : (
        <div className="officeholders" data-testid="officeholders">
          <section className="panel" aria-labelledby="offices-h">
            <h2 id="offices-h">{t('officeholders.heading', { date: fmt.date(v.on) })}</h2>
            <dl className="officeholders__list">
              <dt>{t('officeholders.president')}</dt>
              <dd>{held(v.president)}</dd>
              <dt>{t('officeholders.presidentDesignate')}</dt>
              <dd>{held(v.presidentDesignate)}</dd>
              <dt>{t('officeholders.vicePresidents')}</dt>
              <dd>{v.vicePresidents.length ? v.vicePresidents.map(termHolder).join('; ') : '—'}</dd>
              <dt>{t('officeholders.sponsorshipCoordinator')}</dt>
              <dd>{v.sponsorshipCoordinator ? termHolder(v.sponsorshipCoordinator) : '—'}</dd>
            </dl>
          </section>
          {v.committees.map((c) => (
            <section key={c.committee} className="panel" aria-labelledby={`c-${c.committee}`}>
              <h2 id={`c-${c.committee}`}>{committee(c.committee)}</h2>
              <dl className="officeholders__list">
                <dt>{t('officeholders.chair')}</dt>
                <dd>{c.chair ? (c.chair.person ?? c.chair.state) : '—'}</dd>
                <dt>{t('officeholders.members')}</dt>
                <dd>
                  {c.members.length ? c.members.map((m) => `${termHolder(m)} (${span(m)})`).join('; ') : '—'}
                </dd>
              </dl>
            </section>
          ))}
          {cc.data && <CoordinatingCommittee cc={cc.data} />}
        </div>
      )}
    </div>
  );
}

/** Derived: the President in the chair, the President-designate, the committees' members; observers. */
function CoordinatingCommittee({ cc }: { cc: CoordinatingCommitteeView }) {
  const t = useT();
  const committee = useCommitteeName();
  return (
    <section className="panel" aria-labelledby="cc-h" data-testid="coordinating-committee">
      <h2 id="cc-h">{t('officeholders.cc.title')}</h2>
      <p className="muted">{t('officeholders.cc.noDecisions')}</p>
      <dl className="officeholders__list">
        <dt>{t('officeholders.cc.chair')}</dt>
        <dd>{cc.chair ? holder(cc.chair) : '—'}</dd>
        <dt>{t('officeholders.members')}</dt>
        <dd>
          {cc.members.length ? (
            <ul className="officeholders__seats">
              {cc.members.map((m, i) => (
                <li key={i}>
                  {holder(m.holder)} ·{' '}
                  {m.seat === 'president'
                    ? t('officeholders.president')
                    : m.seat === 'president-designate'
                      ? t('officeholders.presidentDesignate')
                      : committee(m.committee!)}
                </li>
              ))}
            </ul>
          ) : (
            '—'
          )}
        </dd>
        <dt>{t('officeholders.cc.observers')}</dt>
        <dd>
          {cc.observers
            .map((o) =>
              o.kind === 'organisation'
                ? o.name
                : `${holder(o.holder)} (${t('officeholders.sponsorshipCoordinator')})`,
            )
            .join('; ')}
        </dd>
      </dl>
    </section>
  );
}
