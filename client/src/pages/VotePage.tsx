import { Link } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { useLiveMeeting } from '../features/live/hooks/useLiveMeeting';
import { useMeetingId } from '../features/live/hooks/useMeetingId';
import { ElectionBallots } from '../features/election/components/ElectionBallot';
import { FloorRequest } from '../features/floor/components/FloorRequest';
import { VotePad } from '../features/vote/components/VotePad';
import '../features/vote/vote.css';
import { castElectionBallot, castVote } from '../lib/socket';

function LivePad() {
  const session = useSession();
  const meetingId = useMeetingId();
  const live = useLiveMeeting(meetingId);
  // Why a session ended or changed (session.revoked / session.changed) is shown app-wide by SessionProvider.
  if (!session.principal) return null;
  return (
    <>
      <ElectionBallots
        meetingId={live.snapshot?.meeting.id ?? null}
        principal={session.principal}
        cast={castElectionBallot}
      />
      <VotePad
        snapshot={live.snapshot}
        connection={live.connection}
        error={live.error}
        principal={session.principal}
        cast={castVote}
      />
      {meetingId && (
        <FloorRequest meetingId={meetingId} floor={live.snapshot?.floor} principal={session.principal} />
      )}
    </>
  );
}

/** The delegation's voting pad (observers see it without buttons). */
export function VotePage() {
  const session = useSession();
  const role = session.principal?.role;
  return (
    <div className="page page--pad">
      <title>Voting pad · Plenary</title>
      {session.status === 'checking' && (
        <p className="notice" role="status">
          <span className="spinner" aria-hidden="true" />
          Checking your sign-in…
        </p>
      )}
      {session.status === 'signed-out' && (
        <div className="notice">
          <h1 className="pad-head__state">Delegation voting pad</h1>
          <p>
            Delegations vote here with the access code issued with their credentials.{' '}
            <Link to="/signin">Sign in to vote</Link>.
          </p>
        </div>
      )}
      {(role === 'delegation' || role === 'observer') && <LivePad />}
      {(role === 'secretariat' || role === 'president' || role === 'public') && (
        <div className="notice">
          <h1 className="pad-head__state">Delegation voting pad</h1>
          <p>
            The voting pad is for delegations. Follow the vote on the <Link to="/board">public board</Link>.
          </p>
        </div>
      )}
    </div>
  );
}
