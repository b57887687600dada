import {
  BUSY_REFUSAL,
  explanationRefusal,
  openExplanationsRefusal,
  replyRefusal,
  type DelegationView,
  type FloorActionBody,
  type FloorConsoleReasons,
  type FloorContext,
  type FloorView,
} from '@plenary/shared';
import { useId, useState } from 'react';
import { actorOf, nameOf } from '../floorView';
import { useFloorText } from '../useFloorText';
import { ActionButton } from './ActionButton';
import { DelegationAction } from './DelegationAction';

interface Props {
  view: FloorView;
  ctx: FloorContext;
  reasons: FloorConsoleReasons;
  delegations: DelegationView[];
  go: (body: FloorActionBody) => Promise<unknown>;
  confirmed: (title: string, label: string) => Promise<boolean>;
  busy: boolean;
}

/**
 * Explanations of vote (before or after the vote on a proposal or amendment; the sponsor of an
 * unamended proposal is refused, and the console says so before anyone asks) and rights of
 * reply (at the end of the item or of the day), each its own queue (DOMAIN.md §7).
 */
export function FloorStatements({ view, ctx, reasons, delegations, go, confirmed, busy }: Props) {
  const { t } = useFloorText();
  const id = useId();
  const state = view.state;
  const subjects = state.proposals.flatMap((p) => [
    { id: p.id, label: p.symbol ?? p.id },
    ...p.amendments.map((a) => ({
      id: a.id,
      label: t('floor.eov.amendmentTo', { amendment: a.symbol ?? a.id, proposal: p.symbol ?? p.id }),
    })),
  ]);
  const [subject, setSubject] = useState('');
  const [phase, setPhase] = useState<'before' | 'after'>('before');
  const w = state.explanations;
  const names = (ids: string[]) => ids.map((s) => nameOf(view, s)).join(', ');
  const whyOpen = busy
    ? BUSY_REFUSAL
    : !subject
      ? t('floor.choose.subject')
      : openExplanationsRefusal(state, subject, phase, ctx);

  return (
    <div className="floor-panel__step" data-testid="floor-statements">
      <h3 className="floor-panel__sub">{t('floor.eov.title')}</h3>
      {w && (
        <p data-testid="floor-explanations">
          {t('floor.eov.window', { phase: w.phase, subject: w.subjectId, status: w.status })}
          {w.sponsors.length > 0 &&
            ` · ${t(w.amended ? 'floor.eov.sponsorsMay' : 'floor.eov.sponsorsMayNot', { names: names(w.sponsors) })}`}
          {w.queue.length > 0 &&
            ` · ${t('floor.eov.waiting', { names: names(w.queue.map((e) => e.delegationId)) })}`}
        </p>
      )}
      {subjects.length > 0 && (
        <div className="floor-form">
          <span className="floor-field">
            <label htmlFor={`${id}-s`}>{t('floor.eov.voteOn')}</label>
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
            <label htmlFor={`${id}-p`}>{t('floor.eov.when')}</label>
            <select
              id={`${id}-p`}
              value={phase}
              onChange={(e) => setPhase(e.target.value as 'before' | 'after')}
            >
              <option value="before">{t('floor.eov.before')}</option>
              <option value="after">{t('floor.eov.after')}</option>
            </select>
          </span>
          <ActionButton
            why={whyOpen}
            onClick={() => void go({ action: 'open-explanations', subjectId: subject, phase })}
            testId="floor-eov-open"
          >
            {t('floor.eov.open')}
          </ActionButton>
        </div>
      )}
      <DelegationAction
        label={t('floor.eov.who')}
        delegations={delegations}
        busy={busy}
        why={(d) => explanationRefusal(state, actorOf(d), ctx)}
        act={(delegationId) => go({ action: 'add-explanation', delegationId })}
        selectTestId="floor-eov-who"
        testId="floor-eov-add"
      >
        {t('floor.action.inscribe')}
      </DelegationAction>
      <div className="floor-panel__buttons">
        <ActionButton
          why={reasons.nextExplanation}
          shortcut="X"
          onClick={() => void go({ action: 'next-explanation' })}
          testId="floor-eov-next"
        >
          {t('floor.eov.next')}
        </ActionButton>
        <ActionButton
          why={reasons.closeExplanations}
          onClick={() =>
            void confirmed(t('floor.confirm.closeExplanations'), t('floor.action.close')).then(
              (ok) => ok && go({ action: 'close-explanations' }),
            )
          }
          testId="floor-eov-close"
        >
          {t('floor.eov.close')}
        </ActionButton>
      </div>

      <h3 className="floor-panel__sub">{t('floor.reply.title')}</h3>
      <p data-testid="floor-replies">
        {state.replies.length === 0
          ? t('floor.reply.none')
          : t('floor.reply.waiting', { names: names(state.replies.map((e) => e.delegationId)) })}
      </p>
      <DelegationAction
        label={t('floor.reply.who')}
        delegations={delegations}
        busy={busy}
        why={(d) => replyRefusal(state, actorOf(d), ctx)}
        act={(delegationId) => go({ action: 'add-reply', delegationId })}
        selectTestId="floor-reply-who"
        testId="floor-reply-add"
      >
        {t('floor.action.inscribe')}
      </DelegationAction>
      <div className="floor-panel__buttons">
        <ActionButton
          why={reasons.nextReplyEndOfItem}
          shortcut="R"
          onClick={() => void go({ action: 'next-reply', at: 'end-of-item' })}
          testId="floor-reply-next"
        >
          {t('floor.reply.nextItem')}
        </ActionButton>
        <ActionButton
          why={reasons.nextReplyEndOfDay}
          onClick={() =>
            void confirmed(t('floor.confirm.replyEndOfDay'), t('floor.action.giveFloor')).then(
              (ok) => ok && go({ action: 'next-reply', at: 'end-of-day' }),
            )
          }
          testId="floor-reply-next-day"
        >
          {t('floor.reply.nextDay')}
        </ActionButton>
      </div>
    </div>
  );
}
