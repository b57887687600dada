import {
  giveFloorOnMotion,
  MOTION_LABELS,
  moveMotion,
  nextMotion,
  objectToMotion,
  pendingMotions,
  refusalOf,
  type DelegationView,
  type DivisionPart,
  type FloorActionBody,
  type FloorConsoleReasons,
  type FloorContext,
  type FloorState,
  type FloorView,
  type MotionInput,
  type MotionKind,
  type Side,
} from '@plenary/shared';
import { useId, useState } from 'react';
import { actorOf, decidedByText, motionLabel, nameOf } from '../floorView';
import { ActionButton } from './ActionButton';
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
  const state = view.state;
  const pending = pendingMotions(state);
  const next = nextMotion(state);
  const decided = state.motions.filter((m) => !pending.includes(m)).slice(-3);
  const byId = (id: string) => delegations.find((d) => d.id === id);
  const [objector, setObjector] = useState('');
  const [speaker, setSpeaker] = useState('');
  const [side, setSide] = useState<Side>('for');
  const busyWhy = busy
    ? { code: 'BUSY' as const, rule: null, message: 'Your last action is still being recorded.' }
    : null;
  const pick = (id: string) => byId(id);

  return (
    <div className="floor-panel__motion" data-testid="floor-motions">
      <h3 className="floor-panel__sub">Procedural motions</h3>
      {next ? (
        <div data-testid="floor-motion">
          <p>
            <strong>{motionLabel(next)}</strong> · {next.status} · moved by {nameOf(view, next.movedBy)}
            {next.objections.length > 0 &&
              ` · objection: ${next.objections.map((o) => nameOf(view, o)).join(', ')}`}
          </p>
          {pending.length > 1 && (
            <p className="muted">
              Queued in precedence:{' '}
              {pending
                .slice(1)
                .map((m) => motionLabel(m))
                .join(' · ')}
            </p>
          )}
          <div className="floor-panel__buttons">
            <ActionButton
              why={reasons.takeUpMotion}
              shortcut="M"
              onClick={() => void go({ action: 'take-up-motion', motionId: next.id })}
              testId="floor-take-up"
            >
              Take up
            </ActionButton>
            <ActionButton
              why={reasons.putMotion}
              shortcut="V"
              onClick={() =>
                void confirmed(`Put ${motionLabel(next)} to the vote?`, 'Put to the vote').then(
                  (ok) => ok && go({ action: 'put-motion', motionId: next.id }),
                )
              }
              testId="floor-put-motion"
            >
              Put to the vote
            </ActionButton>
            <ActionButton
              why={reasons.adoptMotion}
              onClick={() =>
                void confirmed(`${motionLabel(next)}: adopted, nobody objecting?`, 'Adopted').then(
                  (ok) => ok && go({ action: 'adopt-motion', motionId: next.id }),
                )
              }
              testId="floor-adopt-motion"
            >
              Adopted, no objection
            </ActionButton>
          </div>
          <div className="floor-form">
            <DelegationSelect
              label="Objection from"
              value={objector}
              onChange={setObjector}
              delegations={delegations}
              testId="floor-objector"
            />
            <ActionButton
              why={
                busyWhy ??
                (pick(objector)
                  ? refusalOf(objectToMotion(state, next.id, actorOf(pick(objector)!)))
                  : { code: 'NOT_FOUND', rule: null, message: 'Choose the delegation that objects.' })
              }
              onClick={() => void go({ action: 'object', motionId: next.id, delegationId: objector })}
              testId="floor-object"
            >
              Record the objection
            </ActionButton>
          </div>
          <div className="floor-form">
            <DelegationSelect
              label="Speaker on the motion"
              value={speaker}
              onChange={setSpeaker}
              delegations={delegations}
              testId="floor-motion-speaker"
            />
            <span className="floor-field">
              <label htmlFor={`${next.id}-side`}>Side</label>
              <select id={`${next.id}-side`} value={side} onChange={(e) => setSide(e.target.value as Side)}>
                <option value="for">In favour</option>
                <option value="against">Against</option>
              </select>
            </span>
            <ActionButton
              why={
                busyWhy ??
                (pick(speaker)
                  ? refusalOf(giveFloorOnMotion(state, next.id, actorOf(pick(speaker)!), side, ctx))
                  : { code: 'NOT_FOUND', rule: null, message: 'Choose the delegation to speak.' })
              }
              onClick={() =>
                void go({ action: 'motion-speaker', motionId: next.id, delegationId: speaker, side })
              }
              testId="floor-give-motion"
            >
              Give the floor on the motion
            </ActionButton>
          </div>
        </div>
      ) : (
        <p className="muted">No procedural motion is pending.</p>
      )}
      {decided.length > 0 && (
        <ul className="floor-decided" data-testid="floor-motions-decided">
          {decided.map((m) => (
            <li key={m.id}>
              {motionLabel(m)}: {m.status}
              {m.decision && ` (${m.decision.yes}–${m.decision.no}–${m.decision.abstain})`}
              {m.status === 'adopted' && decidedByText(m.decidedBy) && ` — ${decidedByText(m.decidedBy)}`}
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
  const missing = !d
    ? 'Choose the delegation that moves it.'
    : kind === 'division' && divisionParts.some((p) => !p.label)
      ? 'Name every part.'
      : null;
  const why = busy
    ? { code: 'BUSY' as const, rule: null, message: 'Your last action is still being recorded.' }
    : missing
      ? { code: 'NOT_FOUND' as const, rule: null, message: missing }
      : refusalOf(moveMotion(state, actorOf(d!), input, ctx));
  const proposals =
    kind === 'reconsideration'
      ? state.proposals.filter((p) => p.result !== null)
      : state.proposals.filter((p) => p.result === null);

  return (
    <details className="floor-move" data-testid="floor-move-motion">
      <summary>Move a motion from the floor</summary>
      <div className="floor-form">
        <DelegationSelect
          label="Moved by"
          value={mover}
          onChange={setMover}
          delegations={delegations}
          testId="floor-mover"
        />
        <span className="floor-field">
          <label htmlFor={`${id}-k`}>Motion</label>
          <select
            id={`${id}-k`}
            value={kind}
            onChange={(e) => setKind(e.target.value as MotionKind)}
            data-testid="floor-motion-kind"
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                To {MOTION_LABELS[k]}
              </option>
            ))}
          </select>
        </span>
        {(kind === 'division' || kind === 'reconsideration') && (
          <span className="floor-field">
            <label htmlFor={`${id}-p`}>Proposal</label>
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
                  {p.result ? ` (${p.result})` : ''}
                </option>
              ))}
            </select>
          </span>
        )}
      </div>
      {kind === 'division' && (
        <fieldset className="floor-parts" data-testid="floor-parts">
          <legend>Parts voted separately</legend>
          {parts.map((p, i) => (
            <div key={i} className="floor-form">
              <span className="floor-field">
                <label htmlFor={`${id}-part-${i}`}>Part {i + 1}</label>
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
                Operative
              </label>
              {parts.length > 2 && (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setParts(parts.filter((_, k) => k !== i))}
                >
                  Remove part {i + 1}
                </button>
              )}
            </div>
          ))}
          <button
            type="button"
            className="button button--small"
            onClick={() => setParts([...parts, { label: '', operative: true }])}
          >
            Add a part
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
        Move the motion
      </ActionButton>
    </details>
  );
}
