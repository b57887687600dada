import {
  amendmentsInOrder,
  consequentialRefusal,
  orderRefusal,
  votingSequence,
  type FloorActionBody,
  type FloorConsoleReasons,
  type FloorRefusal,
  type FloorView,
  type Proposal,
} from '@plenary/shared';
import { useId, useState } from 'react';
import { describeStep, nameOf } from '../floorView';
import { ActionButton } from './ActionButton';

interface Props {
  view: FloorView;
  reasons: FloorConsoleReasons;
  go: (body: FloorActionBody) => Promise<unknown>;
  confirmed: (title: string, label: string) => Promise<boolean>;
  busy: boolean;
}

const BUSY: FloorRefusal = { code: 'BUSY', rule: null, message: 'Your last action is still being recorded.' };

/**
 * Proposals and amendments (DOMAIN.md §7): the President orders the amendments (furthest removed
 * in substance first) and marks one that is not put if another is adopted; the voting sequence
 * the rules derive (skipped steps with their cause, the parts of a divided proposal); the next
 * question put to the vote.
 */
export function FloorProposals({ view, reasons, go, confirmed, busy }: Props) {
  const state = view.state;
  if (state.proposals.length === 0) return null;
  const sequence = votingSequence(state);
  const next = sequence.find((s) => s.status === 'pending') ?? null;
  return (
    <div className="floor-panel__step" data-testid="floor-proposals">
      <h3 className="floor-panel__sub">Proposals and amendments</h3>
      {state.proposals.map((p) => (
        <ProposalBlock key={p.id} view={view} proposal={p} go={go} busy={busy} />
      ))}
      <h4 className="floor-panel__sub">Voting sequence</h4>
      <ol className="floor-sequence" data-testid="floor-sequence">
        {sequence.map((s) => (
          <li
            key={`${s.kind}-${s.proposalId}-${'amendmentId' in s ? s.amendmentId : 'partId' in s ? s.partId : ''}`}
          >
            {describeStep(s)}: <strong>{s.status}</strong>
            {s.skippedBecause &&
              ` — not put to the vote: ${/^[A-Za-z0-9.-]+$/.test(s.skippedBecause) ? `${s.skippedBecause} was adopted` : s.skippedBecause}`}
          </li>
        ))}
      </ol>
      {next && (
        <p>
          Next question: <strong>{describeStep(next)}</strong>
        </p>
      )}
      <ActionButton
        why={reasons.putNext}
        primary
        shortcut="V"
        onClick={() =>
          void confirmed(
            next ? `Put to the vote: ${describeStep(next)}?` : 'Put the next question?',
            'Put to the vote',
          ).then((ok) => ok && go({ action: 'put-next', matter: 'other-substance' }))
        }
        testId="floor-put-next"
      >
        Put the next question to the vote
      </ActionButton>
    </div>
  );
}

function ProposalBlock({
  view,
  proposal: p,
  go,
  busy,
}: Pick<Props, 'view' | 'go' | 'busy'> & { proposal: Proposal }) {
  const id = useId();
  const ordered = amendmentsInOrder(p);
  const order = ordered.map((a) => a.id);
  const [target, setTarget] = useState('');
  const [cause, setCause] = useState('');
  const moved = (i: number, by: -1 | 1) => {
    const o = [...order];
    [o[i], o[i + by]] = [o[i + by], o[i]];
    return o;
  };
  const whyMove = (i: number, by: -1 | 1): FloorRefusal | null => {
    if (busy) return BUSY;
    if (i + by < 0 || i + by >= order.length)
      return {
        code: 'INVALID_ORDER',
        rule: 'amendments',
        message: by < 0 ? 'Already put first.' : 'Already put last.',
      };
    return orderRefusal(view.state, p.id, moved(i, by));
  };
  const whyMark: FloorRefusal | null = busy
    ? BUSY
    : !target || !cause
      ? {
          code: 'NOT_FOUND',
          rule: 'amendments',
          message: 'Choose the amendment and the one whose adoption decides it.',
        }
      : consequentialRefusal(view.state, target, cause);
  return (
    <section className="floor-proposal" aria-labelledby={`${id}-h`} data-testid={`floor-proposal-${p.id}`}>
      <p id={`${id}-h`}>
        <strong>{p.symbol ?? p.id}</strong>
        {p.result && ` · ${p.result}`} · {p.text.length > 140 ? `${p.text.slice(0, 140)}…` : p.text}
        {p.sponsors.length > 0 && ` · sponsors: ${p.sponsors.map((s) => nameOf(view, s)).join(', ')}`}
      </p>
      {ordered.length > 0 && (
        <>
          <p className="muted">Amendments, in the order put (furthest removed in substance first):</p>
          <ol className="floor-amendments" data-testid="floor-amendments">
            {ordered.map((a, i) => (
              <li key={a.id}>
                <span>
                  <strong>{a.symbol ?? a.id}</strong> {a.result ? `· ${a.result} ` : ''}· {a.text}
                </span>
                <span className="floor-amendments__move">
                  <ActionButton
                    why={whyMove(i, -1)}
                    onClick={() =>
                      void go({ action: 'order-amendments', proposalId: p.id, order: moved(i, -1) })
                    }
                    testId={`floor-up-${a.id}`}
                  >
                    Earlier<span className="visually-hidden"> {a.symbol ?? a.id}</span>
                  </ActionButton>
                  <ActionButton
                    why={whyMove(i, 1)}
                    onClick={() =>
                      void go({ action: 'order-amendments', proposalId: p.id, order: moved(i, 1) })
                    }
                    testId={`floor-down-${a.id}`}
                  >
                    Later<span className="visually-hidden"> {a.symbol ?? a.id}</span>
                  </ActionButton>
                </span>
              </li>
            ))}
          </ol>
          {p.consequential.length > 0 && (
            <ul className="muted" data-testid="floor-consequential">
              {p.consequential.map((m) => (
                <li key={`${m.amendmentId}-${m.onAdoptionOf}`}>
                  {m.amendmentId} is not put to the vote if {m.onAdoptionOf} is adopted
                </li>
              ))}
            </ul>
          )}
          {ordered.length > 1 && (
            <div className="floor-form">
              <span className="floor-field">
                <label htmlFor={`${id}-t`}>Do not put</label>
                <select
                  id={`${id}-t`}
                  value={target}
                  onChange={(e) => setTarget(e.target.value)}
                  data-testid="floor-skip-target"
                >
                  <option value="">—</option>
                  {ordered.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.symbol ?? a.id}
                    </option>
                  ))}
                </select>
              </span>
              <span className="floor-field">
                <label htmlFor={`${id}-c`}>if adopted</label>
                <select
                  id={`${id}-c`}
                  value={cause}
                  onChange={(e) => setCause(e.target.value)}
                  data-testid="floor-skip-cause"
                >
                  <option value="">—</option>
                  {ordered.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.symbol ?? a.id}
                    </option>
                  ))}
                </select>
              </span>
              <ActionButton
                why={whyMark}
                onClick={() =>
                  void go({ action: 'mark-consequential', amendmentId: target, onAdoptionOf: cause })
                }
                testId="floor-skip"
              >
                Mark: its rejection follows
              </ActionButton>
            </div>
          )}
        </>
      )}
      {p.division && (
        <p className="muted" data-testid="floor-division">
          Divided:{' '}
          {p.division.parts
            .map((part) => {
              const r = p.division!.results.find((x) => x.partId === part.id);
              return `${part.label}${part.operative ? '' : ' (not operative)'}${r ? ` — ${r.outcome}` : ''}`;
            })
            .join(' · ')}
        </p>
      )}
    </section>
  );
}
