import {
  explanationRefusal,
  openExplanationsRefusal,
  replyRefusal,
  type DelegationView,
  type FloorActionBody,
  type FloorConsoleReasons,
  type FloorContext,
  type FloorRefusal,
  type FloorView,
} from '@plenary/shared';
import { useId, useState } from 'react';
import { actorOf, nameOf } from '../floorView';
import { ActionButton } from './ActionButton';
import { DelegationSelect } from './DelegationSelect';

interface Props {
  view: FloorView;
  ctx: FloorContext;
  reasons: FloorConsoleReasons;
  delegations: DelegationView[];
  go: (body: FloorActionBody) => Promise<unknown>;
  confirmed: (title: string, label: string) => Promise<boolean>;
  busy: boolean;
}

const BUSY: FloorRefusal = { code: 'BUSY', rule: null, message: 'Your last action is still being recorded.' };
const choose = (message: string): FloorRefusal => ({ code: 'NOT_FOUND', rule: null, message });

/**
 * Explanations of vote (before or after the vote on a proposal or amendment; the sponsor of an
 * unamended proposal is refused, and the console says so before anyone asks) and rights of
 * reply (at the end of the item or of the day), each its own queue (DOMAIN.md §7).
 */
export function FloorStatements({ view, ctx, reasons, delegations, go, confirmed, busy }: Props) {
  const id = useId();
  const state = view.state;
  const subjects = state.proposals.flatMap((p) => [
    { id: p.id, label: p.symbol ?? p.id },
    ...p.amendments.map((a) => ({
      id: a.id,
      label: `${a.symbol ?? a.id} (amendment to ${p.symbol ?? p.id})`,
    })),
  ]);
  const [subject, setSubject] = useState('');
  const [phase, setPhase] = useState<'before' | 'after'>('before');
  const [explainer, setExplainer] = useState('');
  const [replier, setReplier] = useState('');
  const w = state.explanations;
  const d = (x: string) => delegations.find((y) => y.id === x);
  const whyOpen = busy
    ? BUSY
    : !subject
      ? choose('Choose the proposal or amendment voted on.')
      : openExplanationsRefusal(state, subject, phase, ctx);
  const whyExplain = busy
    ? BUSY
    : !d(explainer)
      ? choose('Choose the delegation.')
      : explanationRefusal(state, actorOf(d(explainer)!), ctx);
  const whyReply = busy
    ? BUSY
    : !d(replier)
      ? choose('Choose the delegation.')
      : replyRefusal(state, actorOf(d(replier)!), ctx);

  return (
    <div className="floor-panel__step" data-testid="floor-statements">
      <h3 className="floor-panel__sub">Explanations of vote</h3>
      {w && (
        <p data-testid="floor-explanations">
          {w.phase === 'before' ? 'Before' : 'After'} the vote on <strong>{w.subjectId}</strong> · {w.status}
          {w.sponsors.length > 0 &&
            ` · sponsors${w.amended ? ' (amended: they may explain)' : ', who do not explain'}: ${w.sponsors.map((s) => nameOf(view, s)).join(', ')}`}
          {w.queue.length > 0 && ` · waiting: ${w.queue.map((e) => nameOf(view, e.delegationId)).join(', ')}`}
        </p>
      )}
      {subjects.length > 0 && (
        <div className="floor-form">
          <span className="floor-field">
            <label htmlFor={`${id}-s`}>Vote on</label>
            <select
              id={`${id}-s`}
              value={subject}
              onChange={(e) => setSubject(e.target.value)}
              data-testid="floor-eov-subject"
            >
              <option value="">—</option>
              {subjects.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </span>
          <span className="floor-field">
            <label htmlFor={`${id}-p`}>When</label>
            <select
              id={`${id}-p`}
              value={phase}
              onChange={(e) => setPhase(e.target.value as 'before' | 'after')}
            >
              <option value="before">Before the vote</option>
              <option value="after">After the vote</option>
            </select>
          </span>
          <ActionButton
            why={whyOpen}
            onClick={() => void go({ action: 'open-explanations', subjectId: subject, phase })}
            testId="floor-eov-open"
          >
            Open explanations of vote
          </ActionButton>
        </div>
      )}
      <div className="floor-form">
        <DelegationSelect
          label="Explains its vote"
          value={explainer}
          onChange={setExplainer}
          delegations={delegations}
          testId="floor-eov-who"
        />
        <ActionButton
          why={whyExplain}
          onClick={() => void go({ action: 'add-explanation', delegationId: explainer })}
          testId="floor-eov-add"
        >
          Inscribe
        </ActionButton>
      </div>
      <div className="floor-panel__buttons">
        <ActionButton
          why={reasons.nextExplanation}
          shortcut="X"
          onClick={() => void go({ action: 'next-explanation' })}
          testId="floor-eov-next"
        >
          Next explanation
        </ActionButton>
        <ActionButton
          why={reasons.closeExplanations}
          onClick={() =>
            void confirmed('Close the explanations of vote?', 'Close').then(
              (ok) => ok && go({ action: 'close-explanations' }),
            )
          }
          testId="floor-eov-close"
        >
          Close explanations
        </ActionButton>
      </div>

      <h3 className="floor-panel__sub">Rights of reply</h3>
      <p data-testid="floor-replies">
        {state.replies.length === 0
          ? 'Nobody is waiting to reply.'
          : `Waiting: ${state.replies.map((e) => nameOf(view, e.delegationId)).join(', ')}`}
      </p>
      <div className="floor-form">
        <DelegationSelect
          label="Asks to reply"
          value={replier}
          onChange={setReplier}
          delegations={delegations}
          testId="floor-reply-who"
        />
        <ActionButton
          why={whyReply}
          onClick={() => void go({ action: 'add-reply', delegationId: replier })}
          testId="floor-reply-add"
        >
          Inscribe
        </ActionButton>
      </div>
      <div className="floor-panel__buttons">
        <ActionButton
          why={reasons.nextReplyEndOfItem}
          shortcut="R"
          onClick={() => void go({ action: 'next-reply', at: 'end-of-item' })}
          testId="floor-reply-next"
        >
          Next reply (end of the item)
        </ActionButton>
        <ActionButton
          why={reasons.nextReplyEndOfDay}
          onClick={() =>
            void confirmed(
              'Declare the end of the day and give the floor in right of reply?',
              'Give the floor',
            ).then((ok) => ok && go({ action: 'next-reply', at: 'end-of-day' }))
          }
          testId="floor-reply-next-day"
        >
          Next reply (end of the day)
        </ActionButton>
      </div>
    </div>
  );
}
