import {
  rollCallCalled,
  ruleWording,
  voteFigures,
  type LiveSnapshot,
  type MeetingView,
  type QuestionView,
  type RecordHead,
} from '@plenary/shared';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/locale/context';
import { ChainHeadLine } from '../../chain/ChainHead';
import { ConnectionBadge } from '../../live/components/ConnectionBadge';
import { QuorumGauge } from '../../live/components/QuorumGauge';
import type { ConnectionState } from '../../live/connection';
import { figuresSentence, methodLabel } from '../../live/labels';
import { BoardTotals } from './BoardTotals';
import { BoardFloor } from '../../floor/components/BoardFloor';
import { OutcomeBanner } from './OutcomeBanner';
import { StateLights } from './StateLights';
import '../board.css';

const MEETING_STATUS: Record<MeetingView['status'], string> = {
  scheduled: 'Scheduled',
  open: 'In session',
  suspended: 'Suspended',
  closed: 'Closed',
};

const QUESTION_STATUS: Record<QuestionView['status'], string> = {
  pending: 'Before the meeting',
  voting: 'Voting',
  adopted: 'Adopted',
  rejected: 'Rejected',
  'no-decision': 'No decision',
};

function Question({ question, kicker }: { question: QuestionView; kicker: string }) {
  return (
    <section className="board-question" aria-label="Question">
      <p className="board-kicker">{kicker}</p>
      <h2 className="board-question__text" data-testid="board-question">
        {question.text}
      </h2>
      <p className="board-rule" data-testid="board-rule">
        {ruleWording(question)}
      </p>
    </section>
  );
}

function Between({ snapshot }: { snapshot: LiveSnapshot }) {
  const fmt = useFormat();
  const { meeting, quorum, question } = snapshot;
  const decided = question && question.status !== 'pending' && question.status !== 'voting';
  return (
    <div className="board-idle">
      <section className="board-idle__meeting" aria-label="Meeting">
        <h2>{meeting.title}</h2>
        <p>
          {meeting.venue} ·{' '}
          {meeting.startDate === meeting.endDate
            ? fmt.date(meeting.startDate)
            : `${fmt.date(meeting.startDate)} to ${fmt.date(meeting.endDate)}`}{' '}
          · {MEETING_STATUS[meeting.status]}
        </p>
      </section>
      {question && (
        <Question
          question={question}
          kicker={
            decided
              ? `${QUESTION_STATUS[question.status]}${question.decidedBy === 'consensus' ? ' without a vote' : ''}`
              : QUESTION_STATUS[question.status]
          }
        />
      )}
      {!question && (
        <section className="board-question" aria-label="Question">
          <p className="board-kicker">{MEETING_STATUS[meeting.status]}</p>
          <h2 className="board-question__text">No question before the meeting</h2>
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
  const fmt = useFormat();
  const { vote, question } = snapshot;
  // The shared figures: the same function the console and the pad use (and it refuses a
  // malformed tally by throwing, which the board's boundary turns into "last good state").
  const figures = voteFigures(vote);
  const calling = rollCallCalled(vote);
  const kicker = `${methodLabel(vote.method)} · ${figures.closed ? 'Voting closed' : 'Voting open'}${
    vote.rollCall
      ? ` · roll-call from ${vote.eligible.find((e) => e.iso3 === vote.rollCall?.drawn)?.name ?? vote.rollCall.drawn}`
      : ''
  }`;
  const closed = figures.closed && vote.result ? vote.result : null;
  return (
    <div className={`board-vote${closed ? ' board-vote--closed' : ''}`}>
      {question ? (
        <Question question={question} kicker={kicker} />
      ) : (
        <section className="board-question" aria-label="Question">
          <p className="board-kicker">{kicker}</p>
        </section>
      )}
      {calling && (
        <p className="board-calling" aria-live="polite" data-testid="board-calling">
          {calling.round === 2 ? 'Called again: ' : 'Now calling: '}
          <strong>{vote.eligible.find((e) => e.iso3 === calling.called)?.name ?? calling.called}</strong>
        </p>
      )}
      {closed && question && <OutcomeBanner result={closed} question={question} />}
      <section className="board-side" aria-label="Totals">
        <BoardTotals tally={figures} />
        {!closed && (
          <p className="board-provisional" data-testid="board-provisional">
            {figuresSentence(figures, fmt)}
          </p>
        )}
      </section>
      <div className="board-vote__body">
        {figures.perState ? (
          <StateLights vote={vote} />
        ) : (
          <div className="board-hidden-votes" data-testid="board-voted">
            <p className="board-hidden-votes__figure">
              {figures.counts || vote.method === 'secret' ? fmt.number(figures.voted) : '—'}
              <span> of {fmt.number(figures.eligible)}</span>
            </p>
            <p>
              {vote.method === 'secret'
                ? figures.closed
                  ? 'States Parties voted by secret ballot'
                  : 'States Parties have voted. The ballot is secret: no State’s vote is shown.'
                : 'Votes by show of hands, counted in the room by the Secretariat.'}
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
  const vote = snapshot?.vote ?? null;
  // A vote stays on the board until the next question is put.
  const showVote = snapshot && vote && (!snapshot.question || snapshot.question.id === vote.questionId);
  return (
    <div className="board theme-board" data-testid="board">
      <header className="board-head">
        <Link to="/" className="board-head__home">
          <span aria-hidden="true">P</span>
          <span className="visually-hidden">Plenary: home</span>
        </Link>
        {/* The page's level-one heading, in every state of the board: the meeting, or "Public board". */}
        <h1 className="board-head__meeting">
          {snapshot ? (
            <>
              <strong>{snapshot.meeting.code}</strong> {snapshot.meeting.title}
              <span className="board-head__status"> · {MEETING_STATUS[snapshot.meeting.status]}</span>
            </>
          ) : (
            'Public board'
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
      {!snapshot && !error && <BoardMessage>Connecting to the meeting…</BoardMessage>}
      {snapshot && (showVote ? <Vote snapshot={{ ...snapshot, vote }} /> : <Between snapshot={snapshot} />)}
    </div>
  );
}
