import {
  createFloor,
  DEFAULT_FLOOR_SETTINGS,
  floorConsoleReasons,
  nextMotion,
  type FloorActionBody,
  type FloorConsoleAction,
  type FloorContext,
  type FloorView,
  type MeetingView,
} from '@plenary/shared';
import { useState } from 'react';
import { useConfirm } from '../../../lib/components/ConfirmDialog';
import { useShortcuts } from '../../console/hooks/useShortcuts';
import { useDelegations } from '../../delegations/hooks/useDelegations';
import { agendaItemTitle } from '../../meetings/labels';
import { useFormat } from '../../../lib/locale/context';
import { nameOf, nextSpeakers, rulingWaiting } from '../floorView';
import { useFloorActions } from '../hooks';
import { useFloorText } from '../useFloorText';
import { useServerClock } from '../useServerClock';
import '../floor.css';
import { ActionButton } from './ActionButton';
import { FloorList } from './FloorList';
import { FloorMotions } from './FloorMotions';
import { FloorProposals } from './FloorProposals';
import { FloorRulings } from './FloorRulings';
import { FloorTabling } from './FloorTabling';
import { FloorStatements } from './FloorStatements';
import { SpeakerClock } from './SpeakerClock';

/** The floor's keys (single letters, as the console's O, C, D; not while typing or in a dialog). */
export const FLOOR_SHORTCUTS = ['N', 'E', 'S', 'L', 'M', 'V', 'X', 'R'] as const;

/**
 * The President's floor (DOMAIN.md §7): the speaker and clock, the list, a point of order to
 * rule on, the one motion precedence offers, proposals and amendments with the voting sequence,
 * explanations of vote and rights of reply. What is offered, and why an action is not, comes from
 * the same pure rules the server applies (floorConsoleReasons); the keyboard does what the
 * buttons do, asking first where the step cannot be undone.
 */
export function FloorPanel({
  meeting,
  floor,
  voteOpen,
}: {
  meeting: MeetingView;
  floor: FloorView | null;
  /** A vote of the meeting is open (the live snapshot's). */
  voteOpen: boolean;
}) {
  const { t, why, motion } = useFloorText();
  const fmt = useFormat();
  const [chosen, setChosen] = useState<string | null>(null);
  const itemId = chosen ?? floor?.agendaItemId ?? meeting.agenda[0]?.id ?? null;
  const shown = floor && floor.agendaItemId === itemId ? floor : null;
  const actions = useFloorActions(meeting.id, itemId);
  const delegations = useDelegations(meeting.id).list;
  const [dialog, confirm] = useConfirm();
  const [ruling, setRuling] = useState('');
  const [keyNotice, setKeyNotice] = useState<string | null>(null);
  const now = useServerClock(shown);
  const busy = actions.busy;

  // Before the item's first action its floor is the empty one the server would create.
  const settings = floor?.settings ?? DEFAULT_FLOOR_SETTINGS;
  const state = shown?.state ?? createFloor(itemId ?? '', settings);
  const view: FloorView | null = shown;
  const ctx: FloorContext = { now: shown ? now : Date.now(), settings, voteOpen };
  const reasons = floorConsoleReasons(state, ctx, busy);
  const po = view ? rulingWaiting(view) : null;
  const speech = state.speech;
  const list = state.list.status;
  const nextM = nextMotion(state);

  // Each action names the revision this console saw: a second console acting on the same sight is refused.
  const go = (body: FloorActionBody) => actions.run(shown ? { ...body, revision: shown.revision } : body);
  const confirmed = (title: string, label: string) => confirm({ title, confirmLabel: label });

  async function nextSpeaker() {
    if (reasons.nextSpeaker) return;
    const next = view ? nextSpeakers(view, 1)[0] : undefined;
    if (speech && view) {
      const ok = await confirm({
        title: t('floor.confirm.endSpeech', { name: nameOf(view, speech.delegationId) }),
        body: (
          <p>{next ? t('floor.confirm.goesTo', { name: next.name }) : t('floor.confirm.cannotResume')}</p>
        ),
        confirmLabel: t('floor.action.nextSpeaker'),
      });
      if (!ok) return;
    }
    await go({ action: 'next-speaker' });
  }
  async function endSpeech() {
    if (reasons.endSpeech || !speech || !view) return;
    const ok = await confirm({
      title: t('floor.confirm.endSpeech', { name: nameOf(view, speech.delegationId) }),
      body: <p>{t('floor.confirm.cannotResume')}</p>,
      confirmLabel: t('floor.action.endSpeech'),
      danger: true,
    });
    if (ok) await go({ action: 'end-speech' });
  }
  const clockAction: FloorConsoleAction =
    speech && speech.clock.startedAt !== null ? 'pauseSpeech' : 'resumeSpeech';
  const toggleClock = () =>
    void go({ action: clockAction === 'pauseSpeech' ? 'pause-speech' : 'resume-speech' });
  const listAction = (
    list === 'not-opened' ? 'openList' : list === 'open' ? 'closeList' : 'reopenList'
  ) satisfies FloorConsoleAction;
  async function listStep() {
    if (reasons[listAction]) return;
    if (listAction === 'closeList') {
      const ok = await confirm({
        title: t('floor.confirm.closeListTitle'),
        body: <p>{t('floor.confirm.closeListBody')}</p>,
        confirmLabel: t('floor.action.closeList'),
      });
      if (!ok) return;
    }
    await go({
      action:
        listAction === 'openList' ? 'open-list' : listAction === 'closeList' ? 'close-list' : 'reopen-list',
    });
  }
  async function takeUp() {
    if (reasons.takeUpMotion || !nextM) return;
    if (await confirmed(t('floor.confirm.takeUp', { motion: motion(nextM) }), t('floor.action.takeUp')))
      await go({ action: 'take-up-motion', motionId: nextM.id });
  }
  async function putToVote() {
    if (nextM && !reasons.putMotion) {
      if (
        await confirmed(t('floor.confirm.putMotion', { motion: motion(nextM) }), t('floor.action.putToVote'))
      )
        await go({ action: 'put-motion', motionId: nextM.id });
    } else if (!nextM && !reasons.putNext) {
      if (await confirmed(t('floor.confirm.putNext'), t('floor.action.putToVote')))
        await go({ action: 'put-next', matter: 'other-substance' });
    }
  }

  /** A key whose action is unavailable says why instead of doing nothing. */
  const key = (k: string, action: FloorConsoleAction, run: () => unknown) => () => {
    const refused = why(reasons[action]);
    setKeyNotice(refused ? `${k}: ${refused}` : null);
    if (!refused) void run();
  };
  useShortcuts(
    {
      n: key('N', 'nextSpeaker', nextSpeaker),
      e: key('E', 'endSpeech', endSpeech),
      s: key('S', clockAction, toggleClock),
      l: key('L', listAction, listStep),
      m: key('M', 'takeUpMotion', takeUp),
      v: key('V', nextM ? 'putMotion' : 'putNext', putToVote),
      x: key('X', 'nextExplanation', () => go({ action: 'next-explanation' })),
      r: key('R', 'nextReplyEndOfItem', () => go({ action: 'next-reply', at: 'end-of-item' })),
    },
    itemId !== null,
  );

  if (!itemId) return null;
  const listLabel = t(
    listAction === 'openList'
      ? 'floor.action.openList'
      : listAction === 'closeList'
        ? 'floor.action.closeList'
        : 'floor.action.reopenList',
  );

  return (
    <section className="panel floor-panel" aria-labelledby="floor-h" data-testid="floor-panel">
      {dialog}
      <div className="floor-panel__head">
        <h2 id="floor-h">{t('floor.panel.title')}</h2>
        {meeting.agenda.length > 1 && (
          <label className="floor-panel__item">
            <span className="visually-hidden">{t('floor.panel.item')}</span>
            <select value={itemId} onChange={(e) => setChosen(e.target.value)} data-testid="floor-item">
              {meeting.agenda.map((a) => (
                <option key={a.id} value={a.id}>
                  {agendaItemTitle(a, fmt)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {actions.error && (
        <p className="notice notice--error" role="alert" data-testid="floor-error">
          {actions.error}
        </p>
      )}
      <p className="action-reason" role="status" data-testid="floor-key-notice">
        {keyNotice}
      </p>
      {view ? (
        <SpeakerClock floor={view} />
      ) : (
        <p className="floor-speaker--none">{t('floor.panel.listNotOpen')}</p>
      )}
      <div className="floor-panel__buttons">
        <ActionButton
          why={reasons[listAction]}
          shortcut="L"
          onClick={() => void listStep()}
          testId={`floor-${listAction}`}
        >
          {listLabel}
        </ActionButton>
        <ActionButton
          why={reasons.nextSpeaker}
          primary
          shortcut="N"
          onClick={() => void nextSpeaker()}
          testId="floor-next"
        >
          {t('floor.action.nextSpeaker')}
        </ActionButton>
        <ActionButton
          why={reasons.endSpeech}
          shortcut="E"
          onClick={() => void endSpeech()}
          testId="floor-end"
        >
          {t('floor.action.endSpeech')}
        </ActionButton>
        <ActionButton
          why={reasons[clockAction]}
          shortcut="S"
          onClick={toggleClock}
          testId="floor-clock-toggle"
        >
          {clockAction === 'pauseSpeech' ? t('floor.action.stopClock') : t('floor.action.resume')}
        </ActionButton>
      </div>

      {po && view && (
        <div className="floor-panel__po" role="alert" data-testid="floor-po">
          <p>
            <strong>
              {po.raisedBy
                ? t('floor.po.raisedBy', { id: po.id, name: nameOf(view, po.raisedBy) })
                : t('floor.po.raisedByChair', { id: po.id })}
            </strong>
            {po.status === 'appealed' && ` — ${t('floor.po.appealed')}`}
          </p>
          {po.status === 'raised' && (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void go({ action: 'rule', rulingId: po.id, ruling }).then(() => setRuling(''));
              }}
            >
              <label>
                {t('floor.po.ruling')}
                <input
                  value={ruling}
                  onChange={(e) => setRuling(e.target.value)}
                  required
                  data-testid="floor-ruling"
                />
              </label>
              <button
                className="button"
                type="submit"
                disabled={busy || !ruling.trim()}
                data-testid="floor-rule"
              >
                {t('floor.po.rule')}
              </button>
            </form>
          )}
          {po.status === 'appealed' && (
            <button
              className="button"
              type="button"
              disabled={busy}
              onClick={() => void go({ action: 'put-appeal', rulingId: po.id })}
            >
              {t('floor.po.putAppeal')}
            </button>
          )}
        </div>
      )}

      {view && (
        <>
          <FloorList
            view={view}
            ctx={ctx}
            delegations={delegations}
            go={go}
            confirmed={confirmed}
            busy={busy}
          />
          <FloorRulings view={view} ctx={ctx} delegations={delegations} go={go} busy={busy} />
          <FloorMotions
            view={view}
            ctx={ctx}
            reasons={reasons}
            delegations={delegations}
            go={go}
            confirmed={confirmed}
            busy={busy}
          />
          <FloorProposals view={view} reasons={reasons} go={go} confirmed={confirmed} busy={busy} />
          <FloorTabling view={view} delegations={delegations} go={go} busy={busy} />
          <FloorStatements
            view={view}
            ctx={ctx}
            reasons={reasons}
            delegations={delegations}
            go={go}
            confirmed={confirmed}
            busy={busy}
          />
        </>
      )}

      <aside className="legend" aria-label={t('floor.legend.label')} data-testid="floor-legend">
        {FLOOR_SHORTCUTS.map((k, i) => (
          <span key={k}>
            {i > 0 && ' · '}
            <kbd>{k}</kbd> {t('floor.legend.key', { key: k })}
          </span>
        ))}{' '}
        · {t('floor.legend.confirm')} (<kbd>Enter</kbd> / <kbd>Esc</kbd>)
      </aside>
    </section>
  );
}
