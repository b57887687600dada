import {
  COMMITTEES,
  type CommitteeId,
  type CreateElectionBody,
  type ElectionView,
  type OfficeBody,
} from '@plenary/shared';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../lib/locale/context';
import { ApiError } from '../../../lib/api';
import type { ElectionStep } from '../api';
import { useElectionActions, useElections } from '../hooks/useElections';
import { ballotTitle, candidateName, nextAnnouncement, ordinalWord } from '../wording';
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
  const [title, setTitle] = useState('Election of the President');
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
      <h3 id="new-election-h">New election</h3>
      <label className="field">
        <span>Title</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} required minLength={3} />
      </label>
      <label className="field">
        <span>Places</span>
        <input
          type="number"
          min={1}
          max={20}
          value={places}
          onChange={(e) => setPlaces(Number(e.target.value))}
        />
      </label>
      <label className="field">
        <span>Candidates</span>
        <textarea
          rows={4}
          value={candidates}
          onChange={(e) => setCandidates(e.target.value)}
          placeholder={'BRA Ambassador Ana Alves\nNOR'}
          required
        />
        <span className="field__hint">
          One a line: the State’s ISO code, then the person it nominates (if any).
        </span>
      </label>
      <label className="field">
        <span>The elected take up</span>
        <select value={office} onChange={(e) => setOffice(e.target.value as OfficeChoice)}>
          <option value="none">No office (record the result only)</option>
          <option value="president">President</option>
          <option value="president-designate">President-designate</option>
          <option value="vice-president">Vice-President</option>
          {COMMITTEES.filter((c) => c.chair !== 'president').map((c) => (
            <option key={c.id} value={c.id}>
              Member, {c.name}
            </option>
          ))}
        </select>
      </label>
      {office !== 'none' && (
        <label className="field">
          <span>Term from</span>
          <input type="date" value={termFrom} onChange={(e) => setTermFrom(e.target.value)} required />
        </label>
      )}
      <button type="submit" className="button button--primary" disabled={busy}>
        Put the election
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
  const open = e.openRound !== null ? e.rounds.find((r) => r.round.number === e.openRound) : null;
  const between = e.status === 'open' && !open;
  return (
    <article className="card election-card" aria-labelledby={`election-${e.id}`} data-testid="election-card">
      <header className="election-card__head">
        <h3 id={`election-${e.id}`}>{e.title}</h3>
        <span className="muted">
          {e.places} place{e.places === 1 ? '' : 's'} · secret ballot
        </span>
      </header>
      <ul className="election-card__candidates">
        {e.candidates.map((c) => {
          const elected = e.elected.some((x) => x.candidateId === c.id);
          const standing = e.standing.includes(c.id);
          return (
            <li key={c.id} className={elected ? 'is-elected' : standing ? undefined : 'is-out'}>
              {candidateName(e, c.id)}
              {elected && <strong> · elected</strong>}
              {!elected && !standing && <span className="muted"> · withdrawn</span>}
              {between && standing && !elected && (
                <button
                  type="button"
                  className="button button--quiet button--small"
                  disabled={busy}
                  onClick={() => onStep({ kind: 'withdraw', candidateId: c.id })}
                >
                  Withdraws
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <p className="election-card__next" data-testid="election-next">
        {nextAnnouncement(e)}
      </p>
      {e.termsNote && <p className="warning">{e.termsNote}</p>}
      <div className="election-card__actions">
        {between && e.next.step === 'ballot' && (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => e.next.step === 'ballot' && onStep({ kind: 'open', round: e.next.round.number })}
          >
            Open the {ordinalWord(e.next.round.number).toLowerCase()} ballot
          </button>
        )}
        {open && (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => onStep({ kind: 'count' })}
          >
            Close the {ballotTitle(open.round).toLowerCase()} and count ({open.voted} of {open.eligible}{' '}
            voted)
          </button>
        )}
        {e.next.step === 'lot' && (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => onStep({ kind: 'lot' })}
          >
            Draw lots
          </button>
        )}
        {between && e.acclamation.available && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => onStep({ kind: 'acclaim' })}
          >
            Elect by acclamation
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
        <h2 id="elections-h">Elections</h2>
        <button type="button" className="button button--small" onClick={() => setCreating(!creating)}>
          {creating ? 'Cancel' : 'New election'}
        </button>
        <Link to={`/officeholders/slates/${encodeURIComponent(meetingId)}`}>{t('election.slate.link')}</Link>
      </div>
      {error && (
        <p className="notice notice--error" role="alert">
          {error instanceof ApiError ? error.message : 'The server did not take that step.'}
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
        !creating && <p className="muted">No election in this meeting yet.</p>
      )}
    </section>
  );
}
