import { Link } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { useLiveMeeting } from '../features/live/hooks/useLiveMeeting';
import { useMeetingId } from '../features/live/hooks/useMeetingId';
import { ElectionBallots } from '../features/election/components/ElectionBallot';
import { FloorRequest } from '../features/floor/components/FloorRequest';
import { VotePad } from '../features/vote/components/VotePad';
import '../features/vote/vote.css';
import { useT } from '../lib/locale/context';
import { rich, slot } from '../lib/rich';
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
  const t = useT();
  const session = useSession();
  const role = session.principal?.role;
  return (
    <div className="page page--pad">
      <title>{t('vote.page.title')}</title>
      {session.status === 'checking' && (
        <p className="notice" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('vote.page.checking')}
        </p>
      )}
      {session.status === 'signed-out' && (
        <div className="notice">
          <h1 className="pad-head__state">{t('vote.padTitle')}</h1>
          <p>
            {rich(t('vote.page.signedOut', { link: slot('link') }), {
              link: <Link to="/signin">{t('vote.page.signInLink')}</Link>,
            })}
          </p>
        </div>
      )}
      {(role === 'delegation' || role === 'observer') && <LivePad />}
      {(role === 'secretariat' || role === 'president' || role === 'public') && (
        <div className="notice">
          <h1 className="pad-head__state">{t('vote.padTitle')}</h1>
          <p>
            {rich(t('vote.page.notDelegation', { link: slot('link') }), {
              link: <Link to="/board">{t('vote.page.boardLink')}</Link>,
            })}
          </p>
        </div>
      )}
    </div>
  );
}
