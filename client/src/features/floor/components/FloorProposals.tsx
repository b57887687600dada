import {
  BUSY_REFUSAL,
  amendmentsInOrder,
  orderProposals,
  proposalsInOrder,
  refusalOf,
  consequentialRefusal,
  orderRefusal,
  votingSequence,
  type FloorActionBody,
  type FloorConsoleReasons,
  type FloorRefusal,
  type FloorView,
  type Proposal,
  type VoteStep,
} from '@plenary/shared';
import { useId, useState } from 'react';
import { nameOf } from '../floorView';
import { FormField } from '../../../lib/components/FormField';
import { useFloorText } from '../useFloorText';
import { ActionButton } from './ActionButton';

interface Props {
  view: FloorView;
  reasons: FloorConsoleReasons;
  go: (body: FloorActionBody) => Promise<unknown>;
  confirmed: (title: string, label: string) => Promise<boolean>;
  busy: boolean;
}

const stepKey = (s: VoteStep) =>
  `${s.kind}-${s.proposalId}-${s.kind === 'amendment' ? s.amendmentId : s.kind === 'part' ? s.partId : ''}`;

/**
 * Proposals and amendments (DOMAIN.md §7): the President orders the amendments (furthest removed
 * in substance first) and marks one that is not put if another is adopted; the voting sequence
 * the rules derive (skipped steps with their cause, the parts of a divided proposal); the next
 * question put to the vote.
 */
export function FloorProposals({ view, reasons, go, confirmed, busy }: Props) {
  const { t, step } = useFloorText();
  const state = view.state;
  if (state.proposals.length === 0) return null;
  const sequence = votingSequence(state);
  const next = sequence.find((s) => s.status === 'pending') ?? null;
  const amendmentIds = new Set(state.proposals.flatMap((p) => p.amendments.map((a) => a.id)));
  return (
    <div className="floor-panel__step" data-testid="floor-proposals">
      <h3 className="floor-panel__sub">{t('floor.proposals.title')}</h3>
      {proposalsInOrder(state).map((p) => (
        <ProposalBlock key={p.id} view={view} proposal={p} go={go} busy={busy} />
      ))}
      {state.proposals.length > 1 && <ProposalOrder view={view} go={go} busy={busy} />}
      <h4 className="floor-panel__sub">{t('floor.proposals.sequence')}</h4>
      <ol className="floor-sequence" data-testid="floor-sequence">
        {sequence.map((s) => (
          <li key={stepKey(s)}>
            {step(s)}: <strong>{t('floor.step.status', { status: s.status })}</strong>
            {s.skippedBecause &&
              ` — ${
                amendmentIds.has(s.skippedBecause)
                  ? t('floor.step.skippedAfter', { id: s.skippedBecause })
                  : t('floor.step.skippedParts')
              }`}
          </li>
        ))}
      </ol>
      {next && <p>{t('floor.proposals.next', { step: step(next) })}</p>}
      <ActionButton
        why={reasons.putNext}
        primary
        shortcut="V"
        onClick={() =>
          void confirmed(
            next ? t('floor.confirm.putStep', { step: step(next) }) : t('floor.confirm.putNext'),
            t('floor.action.putToVote'),
          ).then((ok) => ok && go({ action: 'put-next', matter: 'other-substance' }))
        }
        testId="floor-put-next"
      >
        {t('floor.action.putNextQuestion')}
      </ActionButton>
    </div>
  );
}

/**
 * Several proposals on one question are voted in the order submitted unless the meeting decides
 * otherwise (DOMAIN.md §7, GA rule 91): the President arranges the order the meeting decided and
 * records how it decided.
 */
function ProposalOrder({ view, go, busy }: Pick<Props, 'view' | 'go' | 'busy'>) {
  const { t } = useFloorText();
  const state = view.state;
  const current = proposalsInOrder(state).map((p) => p.id);
  const [draft, setDraft] = useState<string[] | null>(null);
  const [how, setHow] = useState('');
  // A proposal tabled since the draft was begun joins it at the end.
  const order = draft ? [...draft, ...current.filter((x) => !draft.includes(x))] : current;
  const label = (pid: string) => {
    const p = state.proposals.find((x) => x.id === pid);
    return p?.symbol ?? pid;
  };
  const swap = (i: number, by: -1 | 1) => {
    const o = [...order];
    [o[i], o[i + by]] = [o[i + by], o[i]];
    setDraft(o);
  };
  const why: FloorRefusal | string | null = busy
    ? BUSY_REFUSAL
    : !how.trim()
      ? t('floor.order.needDecision')
      : refusalOf(orderProposals(state, order, how.trim()));
  return (
    <div data-testid="floor-proposal-order">
      <h4 className="floor-panel__sub">{t('floor.order.title')}</h4>
      <p className="muted">
        {state.proposalOrder
          ? t('floor.order.decided', { how: state.proposalOrder.decidedBy })
          : t('floor.order.intro')}
      </p>
      <ol className="floor-amendments">
        {order.map((pid, i) => (
          <li key={pid}>
            <strong>{label(pid)}</strong>
            <span className="floor-amendments__move">
              <button
                type="button"
                className="button button--small"
                disabled={i === 0}
                onClick={() => swap(i, -1)}
                data-testid={`floor-order-up-${pid}`}
              >
                {t('floor.amend.earlier')}
                <span className="visually-hidden"> {label(pid)}</span>
              </button>
              <button
                type="button"
                className="button button--small"
                disabled={i === order.length - 1}
                onClick={() => swap(i, 1)}
                data-testid={`floor-order-down-${pid}`}
              >
                {t('floor.amend.later')}
                <span className="visually-hidden"> {label(pid)}</span>
              </button>
            </span>
          </li>
        ))}
      </ol>
      <div className="floor-form">
        <FormField label={t('floor.order.decidedBy')} className="floor-field floor-field--wide">
          {(aria) => (
            <input
              {...aria}
              value={how}
              maxLength={300}
              onChange={(e) => setHow(e.target.value)}
              data-testid="floor-order-how"
            />
          )}
        </FormField>
        <ActionButton
          why={why}
          onClick={() =>
            void go({ action: 'order-proposals', order, decidedBy: how.trim() }).then((done) => {
              if (!done) return;
              setDraft(null);
              setHow('');
            })
          }
          testId="floor-order-record"
        >
          {t('floor.order.record')}
        </ActionButton>
      </div>
    </div>
  );
}

function ProposalBlock({
  view,
  proposal: p,
  go,
  busy,
}: Pick<Props, 'view' | 'go' | 'busy'> & { proposal: Proposal }) {
  const { t } = useFloorText();
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
  const whyMove = (i: number, by: -1 | 1): FloorRefusal | string | null => {
    if (busy) return BUSY_REFUSAL;
    if (i + by < 0) return t('floor.amend.first');
    if (i + by >= order.length) return t('floor.amend.last');
    return orderRefusal(view.state, p.id, moved(i, by));
  };
  const whyMark: FloorRefusal | string | null = busy
    ? BUSY_REFUSAL
    : !target || !cause
      ? t('floor.choose.amendments')
      : consequentialRefusal(view.state, target, cause);
  const label = (x: { id: string; symbol: string | null }) => x.symbol ?? x.id;
  return (
    <section className="floor-proposal" aria-labelledby={`${id}-h`} data-testid={`floor-proposal-${p.id}`}>
      <p id={`${id}-h`}>
        <strong>{label(p)}</strong>
        {p.result && ` · ${t('floor.result', { result: p.result })}`} ·{' '}
        {p.text.length > 140 ? `${p.text.slice(0, 140)}…` : p.text}
        {p.sponsors.length > 0 &&
          ` · ${t('floor.proposals.sponsors', { names: p.sponsors.map((s) => nameOf(view, s)).join(', ') })}`}
      </p>
      {ordered.length > 0 && (
        <>
          <p className="muted">{t('floor.amend.intro')}</p>
          <ol className="floor-amendments" data-testid="floor-amendments">
            {ordered.map((a, i) => (
              <li key={a.id}>
                <span>
                  <strong>{label(a)}</strong>
                  {a.result ? ` · ${t('floor.result', { result: a.result })}` : ''} · {a.text}
                </span>
                <span className="floor-amendments__move">
                  <ActionButton
                    why={whyMove(i, -1)}
                    onClick={() =>
                      void go({ action: 'order-amendments', proposalId: p.id, order: moved(i, -1) })
                    }
                    testId={`floor-up-${a.id}`}
                  >
                    {t('floor.amend.earlier')}
                    <span className="visually-hidden"> {label(a)}</span>
                  </ActionButton>
                  <ActionButton
                    why={whyMove(i, 1)}
                    onClick={() =>
                      void go({ action: 'order-amendments', proposalId: p.id, order: moved(i, 1) })
                    }
                    testId={`floor-down-${a.id}`}
                  >
                    {t('floor.amend.later')}
                    <span className="visually-hidden"> {label(a)}</span>
                  </ActionButton>
                </span>
              </li>
            ))}
          </ol>
          {p.consequential.length > 0 && (
            <ul className="muted" data-testid="floor-consequential">
              {p.consequential.map((m) => (
                <li key={`${m.amendmentId}-${m.onAdoptionOf}`}>
                  {t('floor.amend.mark', { amendment: m.amendmentId, cause: m.onAdoptionOf })}
                </li>
              ))}
            </ul>
          )}
          {ordered.length > 1 && (
            <div className="floor-form">
              <FormField label={t('floor.amend.doNotPut')} className="floor-field">
                {(aria) => (
                  <select
                    {...aria}
                    value={target}
                    onChange={(e) => setTarget(e.target.value)}
                    data-testid="floor-skip-target"
                  >
                    <option value="">—</option>
                    {ordered.map((a) => (
                      <option key={a.id} value={a.id}>
                        {label(a)}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
              <FormField label={t('floor.amend.ifAdopted')} className="floor-field">
                {(aria) => (
                  <select
                    {...aria}
                    value={cause}
                    onChange={(e) => setCause(e.target.value)}
                    data-testid="floor-skip-cause"
                  >
                    <option value="">—</option>
                    {ordered.map((a) => (
                      <option key={a.id} value={a.id}>
                        {label(a)}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
              <ActionButton
                why={whyMark}
                onClick={() =>
                  void go({ action: 'mark-consequential', amendmentId: target, onAdoptionOf: cause })
                }
                testId="floor-skip"
              >
                {t('floor.amend.markButton')}
              </ActionButton>
            </div>
          )}
        </>
      )}
      {p.division && (
        <p className="muted" data-testid="floor-division">
          {t('floor.division', {
            parts: p.division.parts
              .map((part) => {
                const r = p.division!.results.find((x) => x.partId === part.id);
                const named = t('floor.division.part', {
                  label: part.label,
                  operative: part.operative ? 'yes' : 'no',
                });
                return r ? `${named} — ${t('floor.result', { result: r.outcome })}` : named;
              })
              .join(' · '),
          })}
        </p>
      )}
    </section>
  );
}
