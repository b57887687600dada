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
import { useDelegations } from '../../delegations/hooks/useDelegations';
import { useShortcuts } from '../../console/hooks/useShortcuts';
import { useFloorActions } from '../hooks';
import { motionLabel, nameOf, nextSpeakers, rulingWaiting } from '../floorView';
import { useServerClock } from '../useServerClock';
import '../floor.css';
import { ActionButton } from './ActionButton';
import { FloorMotions } from './FloorMotions';
import { FloorProposals } from './FloorProposals';
import { FloorStatements } from './FloorStatements';
import { SpeakerClock } from './SpeakerClock';

/** The floor's keys (single letters, as the console's O, C, D; not while typing or in a dialog). */
export const FLOOR_SHORTCUTS: { key: string; does: string }[] = [
  { key: 'N', does: 'next speaker' },
  { key: 'E', does: 'end the speech' },
  { key: 'S', does: 'stop or restart the clock' },
  { key: 'L', does: 'open, close or reopen the list' },
  { key: 'M', does: 'take up the next motion' },
  { key: 'V', does: 'put the motion, else the next question, to the vote' },
  { key: 'X', does: 'next explanation of vote' },
  { key: 'R', does: 'next right of reply' },
];

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
  const motion = nextMotion(state);

  // Each action names the revision this console saw: a second console acting on the same sight is refused.
  const go = (body: FloorActionBody) => actions.run(shown ? { ...body, revision: shown.revision } : body);
  const confirmed = (title: string, label: string) => confirm({ title, confirmLabel: label });

  async function nextSpeaker() {
    if (reasons.nextSpeaker) return;
    const next = view ? nextSpeakers(view, 1)[0] : undefined;
    if (speech && view) {
      const ok = await confirm({
        title: `End ${nameOf(view, speech.delegationId)}’s speech?`,
        body: <p>The floor goes to {next?.name ?? 'the next speaker'}. A speech ended cannot be resumed.</p>,
        confirmLabel: 'Next speaker',
      });
      if (!ok) return;
    }
    await go({ action: 'next-speaker' });
  }
  async function endSpeech() {
    if (reasons.endSpeech || !speech || !view) return;
    const ok = await confirm({
      title: `End ${nameOf(view, speech.delegationId)}’s speech?`,
      body: <p>A speech ended cannot be resumed.</p>,
      confirmLabel: 'End the speech',
      danger: true,
    });
    if (ok) await go({ action: 'end-speech' });
  }
  const clockAction: FloorConsoleAction =
    speech?.clock.startedAt !== null && speech ? 'pauseSpeech' : 'resumeSpeech';
  const toggleClock = () =>
    void go({ action: clockAction === 'pauseSpeech' ? 'pause-speech' : 'resume-speech' });
  const listAction: FloorConsoleAction =
    list === 'not-opened' ? 'openList' : list === 'open' ? 'closeList' : 'reopenList';
  async function listStep() {
    if (reasons[listAction]) return;
    if (listAction === 'closeList') {
      const ok = await confirm({
        title: 'Close the list of speakers?',
        body: (
          <p>
            The meeting consents by not objecting; the closure is recorded. A right of reply may still be
            given.
          </p>
        ),
        confirmLabel: 'Close the list',
      });
      if (!ok) return;
    }
    await go({
      action:
        listAction === 'openList' ? 'open-list' : listAction === 'closeList' ? 'close-list' : 'reopen-list',
    });
  }
  async function takeUp() {
    if (reasons.takeUpMotion || !motion) return;
    if (await confirmed(`Take up ${motionLabel(motion)}?`, 'Take up'))
      await go({ action: 'take-up-motion', motionId: motion.id });
  }
  async function putToVote() {
    if (motion && !reasons.putMotion) {
      if (await confirmed(`Put ${motionLabel(motion)} to the vote?`, 'Put to the vote'))
        await go({ action: 'put-motion', motionId: motion.id });
    } else if (!motion && !reasons.putNext) {
      if (await confirmed('Put the next question to the vote?', 'Put to the vote'))
        await go({ action: 'put-next', matter: 'other-substance' });
    }
  }

  /** A key whose action is unavailable says why instead of doing nothing. */
  const key = (k: string, action: FloorConsoleAction | null, run: () => unknown) => () => {
    const why = action ? reasons[action] : null;
    setKeyNotice(why ? `${k}: ${why.message}` : null);
    if (!why) void run();
  };
  useShortcuts(
    {
      n: key('N', 'nextSpeaker', nextSpeaker),
      e: key('E', 'endSpeech', endSpeech),
      s: key('S', clockAction, toggleClock),
      l: key('L', listAction, listStep),
      m: key('M', 'takeUpMotion', takeUp),
      v: key('V', motion ? 'putMotion' : 'putNext', putToVote),
      x: key('X', 'nextExplanation', () => go({ action: 'next-explanation' })),
      r: key('R', 'nextReplyEndOfItem', () => go({ action: 'next-reply', at: 'end-of-item' })),
    },
    itemId !== null,
  );

  if (!itemId) return null;
  const listLabel = { openList: 'Open the list', closeList: 'Close the list', reopenList: 'Reopen the list' }[
    listAction
  ];

  return (
    <section className="panel floor-panel" aria-labelledby="floor-h" data-testid="floor-panel">
      {dialog}
      <div className="floor-panel__head">
        <h2 id="floor-h">Floor</h2>
        {meeting.agenda.length > 1 && (
          <label className="floor-panel__item">
            <span className="visually-hidden">Agenda item</span>
            <select value={itemId} onChange={(e) => setChosen(e.target.value)} data-testid="floor-item">
              {meeting.agenda.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
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
        <p className="floor-speaker--none">The list of speakers is not open.</p>
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
          Next speaker
        </ActionButton>
        <ActionButton
          why={reasons.endSpeech}
          shortcut="E"
          onClick={() => void endSpeech()}
          testId="floor-end"
        >
          End the speech
        </ActionButton>
        <ActionButton
          why={reasons[clockAction]}
          shortcut="S"
          onClick={toggleClock}
          testId="floor-clock-toggle"
        >
          {clockAction === 'pauseSpeech' ? 'Stop the clock' : 'Resume'}
        </ActionButton>
      </div>

      {po && view && (
        <div className="floor-panel__po" role="alert" data-testid="floor-po">
          <p>
            <strong>Point of order {po.id}</strong> raised by{' '}
            {po.raisedBy ? nameOf(view, po.raisedBy) : 'the chair'}
            {po.status === 'appealed' && ' — appealed: put the appeal to the vote'}
          </p>
          {po.status === 'raised' && (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void go({ action: 'rule', rulingId: po.id, ruling }).then(() => setRuling(''));
              }}
            >
              <label>
                Ruling
                <input
                  value={ruling}
                  onChange={(e) => setRuling(e.target.value)}
                  required
                  data-testid="floor-ruling"
                />
              </label>
              <button className="button" type="submit" disabled={busy || !ruling.trim()}>
                Rule
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
              Put the appeal to the vote
            </button>
          )}
        </div>
      )}

      {view && (
        <>
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

      {view && view.state.list.queue.length > 0 && (
        <>
          <h3 className="floor-panel__sub">List of speakers ({view.state.list.queue.length})</h3>
          <ol className="floor-queue" data-testid="floor-queue">
            {view.state.list.queue.map((e) => (
              <li key={e.delegationId}>{nameOf(view, e.delegationId)}</li>
            ))}
          </ol>
        </>
      )}
      <aside className="legend" aria-label="Floor keyboard shortcuts" data-testid="floor-legend">
        {FLOOR_SHORTCUTS.map((s, i) => (
          <span key={s.key}>
            {i > 0 && ' · '}
            <kbd>{s.key}</kbd> {s.does}
          </span>
        ))}{' '}
        · steps that cannot be undone ask to confirm (<kbd>Enter</kbd> / <kbd>Esc</kbd>)
      </aside>
    </section>
  );
}
