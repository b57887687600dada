import {
  hasVoted,
  ownChoice,
  voteFigures,
  type Ack,
  type CastResult,
  type Choice,
  type LiveSnapshot,
  type Principal,
  type VoteSnapshot,
} from '@plenary/shared';
import { useCallback, useRef, useState } from 'react';
import { useConfirm } from '../../../lib/components/ConfirmDialog';
import { useFormat, useT } from '../../../lib/locale/context';
import { ConnectionBadge } from '../../live/components/ConnectionBadge';
import type { ConnectionState } from '../../live/connection';
import { figuresSentence, loudChoice, methodLabel, ruleText } from '../../live/labels';
import { outcomeLines } from '../../live/outcome';
import { nextSeq, type RecordedCast } from '../castState';
import { useCastVote, type CastFn } from '../hooks/useCastVote';
import { usePadShortcuts, usePadShortcutsSetting } from '../hooks/usePadShortcuts';
import { PadStatus } from './PadStatus';
import { VoteButtons } from './VoteButtons';
import '../vote.css';

function Empty({ children }: { children: React.ReactNode }) {
  return <p className="pad-empty">{children}</p>;
}

/** Sends a cast; `seq` orders this device's presses (a late, older one is refused as stale). */
export type SequencedCastFn = (
  voteId: string,
  choice: Choice,
  opId: string,
  seq?: number,
) => Promise<Ack<CastResult>>;

interface Props {
  snapshot: LiveSnapshot | null;
  connection: ConnectionState;
  principal: Principal;
  cast: SequencedCastFn;
  error?: string | null;
  newOpId?: () => string;
  /** The device clock, in ms (tests pin it). */
  now?: () => number;
}

const defaultOpId = () => crypto.randomUUID();

/**
 * Numbers each press once, when its opId is made, and sends that number with every attempt of
 * the press: retries keep their place in the order, a newer press always outranks an older one.
 */
function useSequencedCast(cast: SequencedCastFn, newOpId: () => string, now: () => number) {
  const seqs = useRef(new Map<string, number>());
  const last = useRef(0);
  const opId = useCallback(() => {
    const id = newOpId();
    last.current = nextSeq(last.current, now());
    seqs.current.set(id, last.current);
    return id;
  }, [newOpId, now]);
  const send: CastFn = useCallback(
    (voteId, choice, id) => cast(voteId, choice, id, seqs.current.get(id)),
    [cast],
  );
  return { opId, send };
}

/**
 * The choice to show: the server's, always. The live snapshot (kept current by the tallies) is
 * its word; the ack of this device's last press is its word at that moment, shown only until the
 * snapshot moves on from where it stood when the ack came (the tally of that very press, another
 * device's change, a press refused as stale). A secret ballot's choice is never in the snapshot:
 * only the device that cast it knows it, from its ack.
 */
function useServerChoice(v: VoteSnapshot | null, iso3: string | null, known: RecordedCast | null) {
  const [ackedAt, setAckedAt] = useState<{ ack: RecordedCast | null; version: number }>({
    ack: null,
    version: -1,
  });
  if (ackedAt.ack !== known) setAckedAt({ ack: known, version: v?.version ?? -1 });
  const fromSnapshot = ownChoice(v, iso3);
  if (!known) return fromSnapshot;
  if (v?.method === 'secret') return known.choice;
  const snapshotNewer = ackedAt.ack === known && (v?.version ?? -1) > ackedAt.version;
  return snapshotNewer ? fromSnapshot : known.choice;
}

/** The delegation's pad: the question, its rule, and Yes / No / Abstain until the vote closes. */
export function VotePad({
  snapshot,
  connection,
  principal,
  cast,
  error,
  newOpId = defaultOpId,
  now = Date.now,
}: Props) {
  const fmt = useFormat();
  const t = useT();
  const lang = fmt.locale;
  const q = snapshot?.question ?? null;
  const v = snapshot?.vote && q && snapshot.vote.questionId === q.id ? snapshot.vote : null;
  const openVote = v?.status === 'open' ? v : null;
  const sequenced = useSequencedCast(cast, newOpId, now);
  const online = connection === 'live';
  // The cast follows its vote through the close: a press unresolved then is sent again and its
  // answer says whether it counted.
  const { state, press } = useCastVote(v?.id ?? null, sequenced.send, online, sequenced.opId, !!openVote);
  const [confirmDialog, confirm] = useConfirm();
  const [shortcuts, setShortcuts] = usePadShortcutsSetting();

  const observer = principal.role !== 'delegation';
  const iso3 = principal.stateIso3;
  const eligible = !v || v.eligible.some((e) => e.iso3 === iso3 || e.delegationId === principal.delegationId);
  const known = state.voteId === v?.id ? state.recorded : null;
  const current: Choice | null = useServerChoice(v, iso3, known);
  const secret = v?.method === 'secret';
  const canVote = !!openVote && !observer && eligible && openVote.method !== 'show-of-hands';
  const tz = snapshot?.meeting.timeZone ?? 'Europe/Zurich';

  /** A press is deliberate: a tap casts a recorded vote; a key, or any secret ballot, asks first. */
  const ask = useCallback(
    async (c: Choice, via: 'tap' | 'key') => {
      if (state.pending) return;
      if (secret || via === 'key') {
        const choice = loudChoice(lang, c);
        const ok = await confirm({
          title: secret ? t('vote.confirm.secretTitle', { choice }) : t('vote.confirm.title', { choice }),
          body: secret ? t('vote.confirm.secretBody') : t('vote.canChange'),
          confirmLabel: secret ? t('vote.confirm.secretOk', { choice }) : t('vote.confirm.ok', { choice }),
        });
        if (!ok) return;
      }
      press(c);
    },
    [state.pending, secret, confirm, press, lang, t],
  );
  const onKey = useCallback((c: Choice) => void ask(c, 'key'), [ask]);
  usePadShortcuts(shortcuts && canVote && !state.pending && !confirmDialog, onKey);

  let body: React.ReactNode;
  if (!snapshot) {
    body = <Empty>{error ?? t('live.connectingToMeeting')}</Empty>;
  } else if (snapshot.meeting.status === 'suspended') {
    body = <Empty>{t('vote.meeting.suspended')}</Empty>;
  } else if (snapshot.meeting.status === 'scheduled') {
    body = <Empty>{t('vote.meeting.notOpened')}</Empty>;
  } else if (!q) {
    body = <Empty>{t('vote.noQuestion')}</Empty>;
  }

  const voter = !observer && eligible && v !== null && v.method !== 'show-of-hands';
  const status = voter ? (
    <PadStatus
      vote={v}
      state={state}
      connection={connection}
      current={current}
      hasVoted={hasVoted(v, iso3)}
      ackTime={known && current === known.choice ? fmt.time(known.at, tz) : null}
    />
  ) : null;
  const closedLines = v?.status === 'closed' && v.result && q ? outcomeLines(fmt.locale, v.result, q) : null;

  return (
    <div className="pad">
      <header className="pad-head">
        <div>
          <h1 className="pad-head__state">{principal.displayName}</h1>
          <p className="pad-head__meeting">
            {snapshot ? `${snapshot.meeting.code} · ${snapshot.meeting.title}` : t('vote.padTitle')}
          </p>
        </div>
        <ConnectionBadge state={connection} />
      </header>

      {body ??
        (q && snapshot && (
          <section className="pad-question" aria-labelledby="pad-question-text">
            <p className="pad-kicker">
              {v
                ? t('live.voteKicker', { method: methodLabel(lang, v.method), status: v.status })
                : t('live.beforeMeeting')}
            </p>
            <h2 id="pad-question-text" className="pad-question__text" data-testid="vote-question">
              {q.text}
            </h2>
            <p className="pad-rule">{ruleText(t, lang, q)}</p>

            {!v && <Empty>{t('vote.notPut')}</Empty>}

            {openVote && observer && <Empty>{t('vote.observer')}</Empty>}
            {openVote && !observer && openVote.method === 'show-of-hands' && (
              <Empty>{t('vote.showOfHands')}</Empty>
            )}
            {openVote && !observer && !eligible && <Empty>{t('vote.notEligible')}</Empty>}
            {canVote && (
              <VoteButtons
                current={current}
                pending={state.pending}
                disabled={state.pending !== null}
                shortcuts={shortcuts}
                onPress={(c) => void ask(c, 'tap')}
              />
            )}
            {status}
            {openVote && voter && (
              <p className="pad-hint">{secret ? t('vote.hint.secret') : t('vote.canChange')}</p>
            )}
            {closedLines && v?.result && (
              <div className={`pad-outcome pad-outcome--${v.result.outcome}`} data-testid="vote-outcome">
                <p className="pad-outcome__sentence">{closedLines.sentence}</p>
                {closedLines.arithmetic && (
                  <p className="pad-outcome__arithmetic">{closedLines.arithmetic}</p>
                )}
              </div>
            )}
            {v?.status === 'closed' && !v.result && (
              <p className="pad-outcome" data-testid="vote-outcome">
                {figuresSentence(voteFigures(v), t, lang)}
              </p>
            )}
            {voter && v?.status === 'open' && (
              <label className="pad-keys">
                <input
                  type="checkbox"
                  checked={shortcuts}
                  onChange={(e) => setShortcuts(e.target.checked)}
                  data-testid="pad-shortcuts"
                />
                {t('vote.shortcuts')}
              </label>
            )}
          </section>
        ))}
      {confirmDialog}
    </div>
  );
}
