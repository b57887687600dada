import {
  formatDate,
  formatMessage,
  rollCallCalled,
  voteFigures,
  type LiveSnapshot,
  type QuestionView,
  type RecordHead,
} from '@plenary/shared';
import { Link } from 'react-router';
import { useFormat, useT } from '../../../lib/locale/context';
import { ChainHeadLine } from '../../chain/ChainHead';
import { ConnectionBadge } from '../../live/components/ConnectionBadge';
import { QuorumGauge } from '../../live/components/QuorumGauge';
import type { ConnectionState } from '../../live/connection';
import { figuresSentence, methodLabel, ruleText, stateLabel } from '../../live/labels';
import { rich, slot } from '../../../lib/rich';
import { BoardTotals } from './BoardTotals';
import { BoardFloor } from '../../floor/components/BoardFloor';
import { OutcomeBanner } from './OutcomeBanner';
import { StateLights } from './StateLights';
import '../board.css';

function Question({ question, kicker }: { question: QuestionView; kicker: string }) {
  const t = useT();
  const fmt = useFormat();
  return (
    <section className="board-question" aria-label={t('board.question.aria')}>
      <p className="board-kicker">{kicker}</p>
      <h2 className="board-question__text" data-testid="board-question">
        {question.text}
      </h2>
      <p className="board-rule" data-testid="board-rule">
        {ruleText(t, fmt.locale, question)}
      </p>
    </section>
  );
}

function Between({ snapshot }: { snapshot: LiveSnapshot }) {
  const t = useT();
  const fmt = useFormat();
  const { meeting, quorum, question } = snapshot;
  const status = t('live.meetingStatus', { status: meeting.status });
  return (
    <div className="board-idle">
      <section className="board-idle__meeting" aria-label={t('board.meeting.aria')}>
        <h2>{meeting.title}</h2>
        <p>
          {[
            meeting.venue,
            meeting.startDate === meeting.endDate
              ? formatDate(fmt.locale, meeting.startDate)
              : t('board.meeting.dates', { start: meeting.startDate, end: meeting.endDate }),
            status,
          ].join(' · ')}
        </p>
      </section>
      {question && (
        <Question
          question={question}
          kicker={
            question.decidedBy === 'consensus' && question.status === 'adopted'
              ? formatMessage(fmt.locale, 'outcome.adopted-without-vote')
              : t('board.questionStatus', { status: question.status })
          }
        />
      )}
      {!question && (
        <section className="board-question" aria-label={t('board.question.aria')}>
          <p className="board-kicker">{status}</p>
          <h2 className="board-question__text">{t('board.noQuestion')}</h2>
        </section>
      )}
      <BoardFloor floor={snapshot.floor} />
      <div className="board-idle__quorum">
        <QuorumGauge quorum={quorum} />
      </div>
    </div>
  );
}

function Vote({ snapshot }: { snapshot: LiveSnapshot & { vote: NonNullable<LiveSnapshot['vote']> } }) {
  const t = useT();
  const fmt = useFormat();
  const lang = fmt.locale;
  const { vote, question } = snapshot;
  // The shared figures: the same function the console and the pad use (and it refuses a
  // malformed tally by throwing, which the board's boundary turns into "last good state").
  const figures = voteFigures(vote);
  const calling = rollCallCalled(vote);
  const name = (iso3: string) => stateLabel(lang, vote.eligible.find((e) => e.iso3 === iso3) ?? { iso3 });
  const kickerParams = { method: methodLabel(lang, vote.method), status: figures.closed ? 'closed' : 'open' };
  const kicker = vote.rollCall
    ? t('board.kicker.rollCall', { ...kickerParams, drawn: name(vote.rollCall.drawn) })
    : t('live.voteKicker', kickerParams);
  const closed = figures.closed && vote.result ? vote.result : null;
  return (
    <div className={`board-vote${closed ? ' board-vote--closed' : ''}`}>
      {question ? (
        <Question question={question} kicker={kicker} />
      ) : (
        <section className="board-question" aria-label={t('board.question.aria')}>
          <p className="board-kicker">{kicker}</p>
        </section>
      )}
      {calling && (
        <p className="board-calling" aria-live="polite" data-testid="board-calling">
          {rich(t('board.calling', { round: calling.round === 2 ? 'again' : 'first', name: slot('name') }), {
            name: <strong>{name(calling.called)}</strong>,
          })}
        </p>
      )}
      {closed && question && <OutcomeBanner result={closed} question={question} />}
      <section className="board-side" aria-label={t('board.totals.aria')}>
        <BoardTotals tally={figures} />
        {!closed && (
          <p className="board-provisional" data-testid="board-provisional">
            {figuresSentence(figures, t, fmt.locale)}
          </p>
        )}
      </section>
      <div className="board-vote__body">
        {figures.perState ? (
          <StateLights vote={vote} />
        ) : (
          <div className="board-hidden-votes" data-testid="board-voted">
            <p className="board-hidden-votes__figure">
              {rich(t('board.hidden.figure', { voted: slot('voted'), eligible: figures.eligible }), {
                voted: (
                  <span className="board-hidden-votes__voted">
                    {figures.counts || vote.method === 'secret' ? fmt.number(figures.voted) : '—'}
                  </span>
                ),
              })}
            </p>
            <p>
              {vote.method === 'secret'
                ? figures.closed
                  ? t('board.hidden.secretClosed')
                  : t('board.hidden.secretOpen')
                : t('board.hidden.hands')}
            </p>
          </div>
        )}
      </div>
    </div>
  );
}

/** What the board shows when it cannot show the meeting: connecting, no meeting, an error. */
export function BoardMessage({ children }: { children: string }) {
  return <p className="board-message">{children}</p>;
}

/** The public board: what the room and the webcast see, at a distance. */
export function BoardView({
  snapshot,
  connection,
  error,
  notice,
  recordHead,
}: {
  snapshot: LiveSnapshot | null;
  connection: ConnectionState;
  error?: string | null;
  /** A line under the header, e.g. that the board shows its last good state. */
  notice?: string | null;
  /** The head of the record's hash chain, shown small at the foot of the board. */
  recordHead?: RecordHead | null;
}) {
  const t = useT();
  const vote = snapshot?.vote ?? null;
  // A vote stays on the board until the next question is put.
  const showVote = snapshot && vote && (!snapshot.question || snapshot.question.id === vote.questionId);
  return (
    <div className="board theme-board" data-testid="board">
      <header className="board-head">
        <Link to="/" className="board-head__home">
          <span aria-hidden="true">P</span>
          <span className="visually-hidden">{t('board.home')}</span>
        </Link>
        {/* The page's level-one heading, in every state of the board: the meeting, or "Public board". */}
        <h1 className="board-head__meeting">
          {snapshot ? (
            <>
              <strong>{snapshot.meeting.code}</strong> {snapshot.meeting.title}
              <span className="board-head__status">
                {' · '}
                {t('live.meetingStatus', { status: snapshot.meeting.status })}
              </span>
            </>
          ) : (
            t('board.heading.public')
          )}
        </h1>
        {/* The record's chain head, small, for anyone who wants to note or photograph it. */}
        {snapshot && recordHead && <ChainHeadLine head={recordHead} />}
        <ConnectionBadge state={connection} className="board-head__conn" />
      </header>
      {notice && (
        <p className="board-notice" role="status" data-testid="board-notice">
          {notice}
        </p>
      )}
      {error && !snapshot && <BoardMessage>{error}</BoardMessage>}
      {!snapshot && !error && <BoardMessage>{t('live.connectingToMeeting')}</BoardMessage>}
      {snapshot && (showVote ? <Vote snapshot={{ ...snapshot, vote }} /> : <Between snapshot={snapshot} />)}
    </div>
  );
}
