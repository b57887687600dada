import type { Choice, VoteSnapshot } from '@plenary/shared';
import { useFormat, useT } from '../../../lib/locale/context';
import type { ConnectionState } from '../../live/connection';
import { loudChoice } from '../../live/labels';
import { rich, slot } from '../../../lib/rich';
import type { CastState } from '../castState';
import '../vote.css';

interface Props {
  vote: VoteSnapshot;
  state: CastState;
  connection: ConnectionState;
  /** The choice the server holds for this delegation (null: none, or a secret ballot cast elsewhere). */
  current: Choice | null;
  /** The server says this delegation has voted (any device). */
  hasVoted: boolean;
  /** When this device's ack of `current` came, if it did. */
  ackTime: string | null;
}

/**
 * One message about this delegation's vote, never two that disagree: a press NOT recorded (kept
 * on screen), a press on its way (or waiting for the connection), the vote the server holds, or a
 * refusal. A hidden live region tells screen readers when the vote opens, is recorded or closes.
 */
export function PadStatus({ vote, state, connection, current, hasVoted, ackTime }: Props) {
  const t = useT();
  const lang = useFormat().locale;
  const loud = (c: Choice) => loudChoice(lang, c);
  const online = connection === 'live';
  const secret = vote.method === 'secret';
  const closed = vote.status === 'closed';
  const mine = state.voteId === vote.id;
  const lost = mine ? state.lost : null;
  const pending = mine ? state.pending : null;

  let line: React.ReactNode = null;
  let announce = '';
  if (lost) {
    line = (
      <p className="pad-lost" role="alert" data-testid="vote-lost">
        <strong>{t('vote.lost.title')}</strong> {t('vote.lost.body', { choice: loud(lost.choice) })}
        {current && !secret ? ` ${t('vote.lost.current', { choice: loud(current) })}` : ''}
      </p>
    );
  } else if (pending) {
    const choice = loud(pending.choice);
    const text = !online
      ? t('vote.pending.offline', { choice })
      : closed
        ? t('vote.pending.checking', { choice })
        : pending.status === 'sending'
          ? t('vote.pending.sending', { choice, again: pending.attempts > 1 ? 'yes' : 'no' })
          : t('vote.pending.retrying', { choice });
    line = (
      <p
        className={`pad-status pad-status--${online && pending.status === 'sending' ? 'sending' : 'retrying'}`}
        data-testid={pending.status === 'retrying' || !online ? 'vote-retrying' : 'vote-sending'}
      >
        {text}
      </p>
    );
    announce = text;
  } else if (!online && !closed) {
    const last = current && !secret ? ` ${t('vote.offline.last', { choice: loud(current) })}` : '';
    line = (
      <p className="pad-status pad-status--retrying" data-testid="pad-offline">
        {t('vote.offline.body')}
        {last}
      </p>
    );
    announce = t('vote.announce.offline');
  } else if (secret && (current || hasVoted)) {
    const text = current ? t('vote.secret.cast', { choice: loud(current) }) : t('vote.secret.castElsewhere');
    line = (
      <p className="pad-recorded" data-testid="vote-recorded">
        {text}
      </p>
    );
    announce = current ? t('vote.secret.announce') : text;
  } else if (current) {
    line = (
      <p className="pad-recorded" data-testid="vote-recorded">
        {rich(
          ackTime
            ? t('vote.recorded.at', { choice: slot('choice'), time: ackTime })
            : t('vote.recorded', { choice: slot('choice') }),
          { choice: <strong>{loud(current)}</strong> },
        )}
      </p>
    );
    announce = t('vote.announce.recorded', { choice: loud(current) });
  } else if (closed && !secret) {
    line = (
      <p className="pad-status" data-testid="vote-none">
        {t('vote.none')}
      </p>
    );
  }
  const refusal =
    mine && state.error && !pending && !lost ? (
      <p className="pad-error" role="alert" data-testid="vote-error">
        {state.error.message}
      </p>
    ) : null;

  return (
    <>
      {line}
      {refusal}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="pad-announce">
        {`${t('vote.announce.state', { status: closed ? 'closed' : 'open' })} ${announce}`.trim()}
      </p>
    </>
  );
}
