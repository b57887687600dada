import {
  renderError,
  COMMITTEES,
  type CommitteeId,
  type CreateElectionBody,
  type ElectionView,
  type OfficeBody,
} from '@plenary/shared';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useFormat, useT } from '../../../lib/locale/context';
import { ApiError } from '../../../lib/api';
import type { ElectionStep } from '../api';
import { useElectionActions, useElections } from '../hooks/useElections';
import { officeKey, useCommitteeName } from '../offices.wording';
import { ballotTitle, candidateName, nextAnnouncement, type Words } from '../wording';
import { RoundResults } from './RoundResults';
import '../election.css';

type OfficeChoice = 'none' | 'president' | 'vice-president' | 'president-designate' | CommitteeId;

function officeOf(choice: OfficeChoice): OfficeBody | null {
  if (choice === 'none') return null;
  if (choice === 'president' || choice === 'vice-president' || choice === 'president-designate')
    return { kind: choice };
  return { kind: 'committee-member', committee: choice };
}

/** "BRA" or "BRA Ambassador Ana Alves", one candidate a line. */
export function parseCandidates(text: string): CreateElectionBody['candidates'] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [state, ...rest] = l.split(/\s+/);
      return { state: state.toUpperCase(), person: rest.length ? rest.join(' ') : null };
    });
}

function NewElection({ onCreate, busy }: { onCreate: (b: CreateElectionBody) => void; busy: boolean }) {
  const t = useT();
  const committee = useCommitteeName();
  const [title, setTitle] = useState(() => t('election.form.defaultTitle'));
  const [places, setPlaces] = useState(1);
  const [candidates, setCandidates] = useState('');
  const [office, setOffice] = useState<OfficeChoice>('president');
  const [termFrom, setTermFrom] = useState('');
  function submit(ev: FormEvent) {
    ev.preventDefault();
    const o = officeOf(office);
    onCreate({
      title,
      places,
      candidates: parseCandidates(candidates),
      office: o,
      termFrom: o ? termFrom || null : null,
      termUntil: null,
    });
  }
  return (
    <form className="card form election-form" onSubmit={submit} aria-labelledby="new-election-h">
      <h3 id="new-election-h">{t('election.panel.new')}</h3>
      <label className="field">
        <span>{t('election.form.title')}</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} required minLength={3} />
      </label>
      <label className="field">
        <span>{t('election.form.places')}</span>
        <input
          type="number"
          min={1}
          max={20}
          value={places}
          onChange={(e) => setPlaces(Number(e.target.value))}
        />
      </label>
      <label className="field">
        <span>{t('election.candidates')}</span>
        <textarea
          rows={4}
          value={candidates}
          onChange={(e) => setCandidates(e.target.value)}
          placeholder={t('election.form.candidatesExample')}
          required
        />
        <span className="field__hint">{t('election.form.candidatesHint')}</span>
      </label>
      <label className="field">
        <span>{t('election.form.office')}</span>
        <select value={office} onChange={(e) => setOffice(e.target.value as OfficeChoice)}>
          <option value="none">{t('election.form.office.none')}</option>
          <option value="president">{t(officeKey('president'))}</option>
          <option value="president-designate">{t(officeKey('president-designate'))}</option>
          <option value="vice-president">{t(officeKey('vice-president'))}</option>
          {COMMITTEES.filter((c) => c.chair !== 'president').map((c) => (
            <option key={c.id} value={c.id}>
              {t('election.form.office.member', { committee: committee(c.id) })}
            </option>
          ))}
        </select>
      </label>
      {office !== 'none' && (
        <label className="field">
          <span>{t('election.form.termFrom')}</span>
          <input type="date" value={termFrom} onChange={(e) => setTermFrom(e.target.value)} required />
        </label>
      )}
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('election.form.submit')}
      </button>
    </form>
  );
}

function ElectionCard({
  election: e,
  busy,
  onStep,
}: {
  election: ElectionView;
  busy: boolean;
  onStep: (s: ElectionStep) => void;
}) {
  const t = useT();
  const fmt = useFormat();
  const w: Words = { t, fmt };
  const lower = (s: string) => s.toLocaleLowerCase(fmt.tag);
  const open = e.openRound !== null ? e.rounds.find((r) => r.round.number === e.openRound) : null;
  const between = e.status === 'open' && !open;
  return (
    <article className="card election-card" aria-labelledby={`election-${e.id}`} data-testid="election-card">
      <header className="election-card__head">
        <h3 id={`election-${e.id}`}>{e.title}</h3>
        <span className="muted">{t('election.board.places', { places: e.places })}</span>
      </header>
      <ul className="election-card__candidates">
        {e.candidates.map((c) => {
          const elected = e.elected.some((x) => x.candidateId === c.id);
          const standing = e.standing.includes(c.id);
          return (
            <li key={c.id} className={elected ? 'is-elected' : standing ? undefined : 'is-out'}>
              {candidateName(w, e, c.id)}
              {elected && <strong> · {t('election.candidate.elected')}</strong>}
              {!elected && !standing && <span className="muted"> · {t('election.candidate.withdrawn')}</span>}
              {between && standing && !elected && (
                <button
                  type="button"
                  className="button button--quiet button--small"
                  disabled={busy}
                  onClick={() => onStep({ kind: 'withdraw', candidateId: c.id })}
                >
                  {t('election.candidate.withdraw')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <p className="election-card__next" data-testid="election-next">
        {nextAnnouncement(w, e)}
      </p>
      {e.termsRefusal && (
        <p className="warning" data-testid="election-terms-refused">
          {t('election.termsRefused', {
            why: fmt.locale === 'en' ? e.termsRefusal.message : renderError(fmt.locale, e.termsRefusal),
          })}
        </p>
      )}
      <div className="election-card__actions">
        {between && e.next.step === 'ballot' && (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => e.next.step === 'ballot' && onStep({ kind: 'open', round: e.next.round.number })}
          >
            {t('election.action.open', { ballot: lower(ballotTitle(w, e.next.round)) })}
          </button>
        )}
        {open && (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => onStep({ kind: 'count' })}
          >
            {t('election.action.count', {
              ballot: lower(ballotTitle(w, open.round)),
              voted: open.voted,
              eligible: open.eligible,
            })}
          </button>
        )}
        {e.next.step === 'lot' && (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => onStep({ kind: 'lot' })}
          >
            {t('election.action.lot')}
          </button>
        )}
        {between && e.acclamation.available && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => onStep({ kind: 'acclaim' })}
          >
            {t('election.action.acclaim')}
          </button>
        )}
      </div>
      {[...e.rounds].reverse().map((r) => (
        <RoundResults key={r.id} election={e} round={r} level={4} />
      ))}
    </article>
  );
}

/** The President's election panel: put an election, confirm each step the rules call for, read each count. */
export function ElectionPanel({ meetingId }: { meetingId: string }) {
  const t = useT();
  const elections = useElections(meetingId);
  const actions = useElectionActions(meetingId);
  const [creating, setCreating] = useState(false);
  const busy = actions.create.isPending || actions.step.isPending;
  const error = actions.create.error ?? actions.step.error;
  const list = elections.data ?? [];
  const current = [...list].reverse().find((e) => e.status === 'open') ?? list.at(-1) ?? null;
  return (
    <section className="panel election-panel" aria-labelledby="elections-h">
      <div className="election-panel__head">
        <h2 id="elections-h">{t('election.panel.title')}</h2>
        <button type="button" className="button button--small" onClick={() => setCreating(!creating)}>
          {creating ? t('common.cancel') : t('election.panel.new')}
        </button>
        <Link to={`/officeholders/slates/${encodeURIComponent(meetingId)}`}>{t('election.slate.link')}</Link>
      </div>
      {error && (
        <p className="notice notice--error" role="alert">
          {error instanceof ApiError ? error.message : t('election.panel.stepFailed')}
        </p>
      )}
      {creating && (
        <NewElection
          busy={busy}
          onCreate={(body) =>
            actions.create.mutate(body, {
              onSuccess: () => setCreating(false),
            })
          }
        />
      )}
      {current ? (
        <ElectionCard
          election={current}
          busy={busy}
          onStep={(step) => actions.step.mutate({ electionId: current.id, step })}
        />
      ) : (
        !creating && <p className="muted">{t('election.panel.none')}</p>
      )}
    </section>
  );
}
