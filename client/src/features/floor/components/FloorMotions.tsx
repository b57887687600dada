import {
  BUSY_REFUSAL,
  giveFloorOnMotion,
  moveMotion,
  nextMotion,
  objectToMotion,
  pendingMotions,
  refusalOf,
  resumeDebate,
  withdrawMotion,
  type DelegationView,
  type DivisionPart,
  type FloorActionBody,
  type FloorConsoleReasons,
  type FloorContext,
  type FloorRefusal,
  type FloorState,
  type FloorView,
  type MotionInput,
  type MotionKind,
  type Side,
} from '@plenary/shared';
import { useId, useState } from 'react';
import { actorOf, nameOf } from '../floorView';
import { useFloorText } from '../useFloorText';
import { ActionButton } from './ActionButton';
import { DelegationAction } from './DelegationAction';
import { DelegationSelect } from './DelegationSelect';

const KINDS: MotionKind[] = [
  'suspend-meeting',
  'adjourn-meeting',
  'adjourn-debate',
  'close-debate',
  'division',
  'reconsideration',
];

type Part = { label: string; operative: boolean };

interface Props {
  view: FloorView;
  ctx: FloorContext;
  reasons: FloorConsoleReasons;
  delegations: DelegationView[];
  go: (body: FloorActionBody) => Promise<unknown>;
  /** Irreversible steps ask first. */
  confirmed: (title: string, label: string) => Promise<boolean>;
  busy: boolean;
}

/**
 * Procedural motions (DOMAIN.md §7): the one precedence offers, with objection, its speakers for
 * and against, the vote or adoption without one; a motion moved from the floor, including
 * division (its parts) and reconsideration of a decided proposal.
 */
export function FloorMotions({ view, ctx, reasons, delegations, go, confirmed, busy }: Props) {
  const { t, motion } = useFloorText();
  const state = view.state;
  const pending = pendingMotions(state);
  const next = nextMotion(state);
  const decided = state.motions.filter((m) => !pending.includes(m)).slice(-3);
  const [side, setSide] = useState<Side>('for');
  const sideId = useId();

  return (
    <div className="floor-panel__motion" data-testid="floor-motions">
      <h3 className="floor-panel__sub">{t('floor.motions.title')}</h3>
      {next ? (
        <div data-testid="floor-motion">
          <p>
            <strong>
              {t('floor.motions.line', {
                motion: motion(next),
                status: t('floor.motion.status', { status: next.status }),
                name: nameOf(view, next.movedBy),
              })}
            </strong>
            {next.objections.length > 0 &&
              ` · ${t('floor.motions.objection', { names: next.objections.map((o) => nameOf(view, o)).join(', ') })}`}
          </p>
          {pending.filter((m) => m.id !== next.id).length > 0 && (
            <p className="muted">
              {t('floor.motions.queued', {
                list: pending
                  .filter((m) => m.id !== next.id)
                  .map((m) => motion(m))
                  .join(' · '),
              })}
            </p>
          )}
          <div className="floor-panel__buttons">
            <ActionButton
              why={reasons.takeUpMotion}
              shortcut="M"
              onClick={() => void go({ action: 'take-up-motion', motionId: next.id })}
              testId="floor-take-up"
            >
              {t('floor.action.takeUp')}
            </ActionButton>
            <ActionButton
              why={reasons.putMotion}
              shortcut="V"
              onClick={() =>
                void confirmed(
                  t('floor.confirm.putMotion', { motion: motion(next) }),
                  t('floor.action.putToVote'),
                ).then((ok) => ok && go({ action: 'put-motion', motionId: next.id }))
              }
              testId="floor-put-motion"
            >
              {t('floor.action.putToVote')}
            </ActionButton>
            <ActionButton
              why={reasons.adoptMotion}
              onClick={() =>
                void confirmed(
                  t('floor.confirm.adoptMotion', { motion: motion(next) }),
                  t('floor.action.adopted'),
                ).then((ok) => ok && go({ action: 'adopt-motion', motionId: next.id }))
              }
              testId="floor-adopt-motion"
            >
              {t('floor.action.adoptNoObjection')}
            </ActionButton>
            <ActionButton
              why={busy ? BUSY_REFUSAL : refusalOf(withdrawMotion(state, next.id, next.movedBy))}
              onClick={() =>
                void confirmed(
                  t('floor.confirm.withdrawMotion', {
                    motion: motion(next),
                    name: nameOf(view, next.movedBy),
                  }),
                  t('floor.motions.withdraw'),
                ).then(
                  (ok) =>
                    ok && go({ action: 'withdraw-motion', motionId: next.id, delegationId: next.movedBy }),
                )
              }
              testId="floor-withdraw-motion"
            >
              {t('floor.motions.withdraw')}
            </ActionButton>
          </div>
          <DelegationAction
            label={t('floor.motions.objectionFrom')}
            delegations={delegations}
            busy={busy}
            why={(d) => refusalOf(objectToMotion(state, next.id, actorOf(d)))}
            act={(delegationId) => go({ action: 'object', motionId: next.id, delegationId })}
            choose={t('floor.choose.objector')}
            selectTestId="floor-objector"
            testId="floor-object"
          >
            {t('floor.motions.recordObjection')}
          </DelegationAction>
          <DelegationAction
            label={t('floor.motions.speaker')}
            delegations={delegations}
            busy={busy}
            why={(d) => refusalOf(giveFloorOnMotion(state, next.id, actorOf(d), side, ctx))}
            act={(delegationId) => go({ action: 'motion-speaker', motionId: next.id, delegationId, side })}
            choose={t('floor.choose.speaker')}
            extra={
              <span className="floor-field">
                <label htmlFor={sideId}>{t('floor.motions.side')}</label>
                <select id={sideId} value={side} onChange={(e) => setSide(e.target.value as Side)}>
                  <option value="for">{t('floor.motions.for')}</option>
                  <option value="against">{t('floor.motions.against')}</option>
                </select>
              </span>
            }
            selectTestId="floor-motion-speaker"
            testId="floor-give-motion"
          >
            {t('floor.motions.giveFloor')}
          </DelegationAction>
        </div>
      ) : (
        <p className="muted">{t('floor.motions.none')}</p>
      )}
      {state.debate === 'adjourned' && (
        <div className="floor-panel__buttons">
          <ActionButton
            why={busy ? BUSY_REFUSAL : refusalOf(resumeDebate(state))}
            onClick={() =>
              void confirmed(t('floor.confirm.resumeDebate'), t('floor.motions.resumeDebate')).then(
                (ok) => ok && go({ action: 'resume-debate' }),
              )
            }
            testId="floor-resume-debate"
          >
            {t('floor.motions.resumeDebate')}
          </ActionButton>
        </div>
      )}
      {decided.length > 0 && (
        <ul className="floor-decided" data-testid="floor-motions-decided">
          {decided.map((m) => (
            <li key={m.id}>
              {motion(m)}: {t('floor.motion.status', { status: m.status })}
              {m.decision &&
                ` (${t('floor.motions.tally', { yes: m.decision.yes, no: m.decision.no, abstain: m.decision.abstain })})`}
              {m.status === 'adopted' &&
                m.decidedBy === 'consensus' &&
                ` — ${t('floor.decidedBy.consensus')}`}
              {m.status === 'adopted' &&
                m.decidedBy === 'no-objection' &&
                ` — ${t('floor.decidedBy.noObjection')}`}
            </li>
          ))}
        </ul>
      )}
      <MoveMotion state={state} ctx={ctx} delegations={delegations} go={go} busy={busy} />
    </div>
  );
}

function MoveMotion({
  state,
  ctx,
  delegations,
  go,
  busy,
}: Pick<Props, 'ctx' | 'delegations' | 'go' | 'busy'> & { state: FloorState }) {
  const { t } = useFloorText();
  const id = useId();
  const [mover, setMover] = useState('');
  const [kind, setKind] = useState<MotionKind>('adjourn-debate');
  const [proposalId, setProposalId] = useState('');
  const [parts, setParts] = useState<Part[]>([
    { label: '', operative: false },
    { label: '', operative: true },
  ]);
  const d = delegations.find((x) => x.id === mover);
  const divisionParts: DivisionPart[] = parts.map((p, i) => ({
    id: `part-${i + 1}`,
    label: p.label.trim(),
    operative: p.operative,
  }));
  const input: MotionInput =
    kind === 'division'
      ? { kind, proposalId, parts: divisionParts }
      : kind === 'reconsideration'
        ? { kind, proposalId }
        : { kind };
  const why: FloorRefusal | string | null = busy
    ? BUSY_REFUSAL
    : !d
      ? t('floor.choose.mover')
      : kind === 'division' && divisionParts.some((p) => !p.label)
        ? t('floor.choose.parts')
        : refusalOf(moveMotion(state, actorOf(d), input, ctx));
  const proposals =
    kind === 'reconsideration'
      ? state.proposals.filter((p) => p.result !== null)
      : state.proposals.filter((p) => p.result === null);

  return (
    <details className="floor-move" data-testid="floor-move-motion">
      <summary>{t('floor.move.summary')}</summary>
      <div className="floor-form">
        <DelegationSelect
          label={t('floor.move.by')}
          value={mover}
          onChange={setMover}
          delegations={delegations}
          testId="floor-mover"
        />
        <span className="floor-field">
          <label htmlFor={`${id}-k`}>{t('floor.move.motion')}</label>
          <select
            id={`${id}-k`}
            value={kind}
            onChange={(e) => setKind(e.target.value as MotionKind)}
            data-testid="floor-motion-kind"
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t('floor.motion.kind', { kind: k })}
              </option>
            ))}
          </select>
        </span>
        {(kind === 'division' || kind === 'reconsideration') && (
          <span className="floor-field">
            <label htmlFor={`${id}-p`}>{t('floor.move.proposal')}</label>
            <select
              id={`${id}-p`}
              value={proposalId}
              onChange={(e) => setProposalId(e.target.value)}
              data-testid="floor-motion-proposal"
            >
              <option value="">—</option>
              {proposals.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.symbol ?? p.id}
                  {p.result ? ` (${t('floor.result', { result: p.result })})` : ''}
                </option>
              ))}
            </select>
          </span>
        )}
      </div>
      {kind === 'division' && (
        <fieldset className="floor-parts" data-testid="floor-parts">
          <legend>{t('floor.move.parts')}</legend>
          {parts.map((p, i) => (
            <div key={i} className="floor-form">
              <span className="floor-field">
                <label htmlFor={`${id}-part-${i}`}>{t('floor.move.part', { n: i + 1 })}</label>
                <input
                  id={`${id}-part-${i}`}
                  value={p.label}
                  onChange={(e) =>
                    setParts(parts.map((x, k) => (k === i ? { ...x, label: e.target.value } : x)))
                  }
                  data-testid={`floor-part-${i}`}
                />
              </span>
              <label className="floor-check">
                <input
                  type="checkbox"
                  checked={p.operative}
                  onChange={(e) =>
                    setParts(parts.map((x, k) => (k === i ? { ...x, operative: e.target.checked } : x)))
                  }
                />
                {t('floor.move.operative')}
              </label>
              {parts.length > 2 && (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setParts(parts.filter((_, k) => k !== i))}
                >
                  {t('floor.move.removePart', { n: i + 1 })}
                </button>
              )}
            </div>
          ))}
          <button
            type="button"
            className="button button--small"
            onClick={() => setParts([...parts, { label: '', operative: true }])}
          >
            {t('floor.move.addPart')}
          </button>
        </fieldset>
      )}
      <ActionButton
        why={why}
        onClick={() =>
          void go({ action: 'move-motion', delegationId: mover, motion: input }).then(() => setMover(''))
        }
        testId="floor-move"
      >
        {t('floor.move.submit')}
      </ActionButton>
    </details>
  );
}
