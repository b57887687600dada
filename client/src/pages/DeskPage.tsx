import type { MeetingView } from '@plenary/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { RollCallRecorder } from '../features/console/components/RollCallRecorder';
import { StaffGate } from '../features/console/components/StaffGate';
import { decisionWarning } from '../features/console/consoleFigures';
import { useRollCallAnswer } from '../features/console/hooks/useRollCallAnswer';
import { DelegationsTable } from '../features/delegations/components/DelegationsTable';
import { PresenceCheckIn } from '../features/delegations/components/PresenceCheckIn';
import { RegisterDelegationForm } from '../features/delegations/components/RegisterDelegationForm';
import { useDelegations } from '../features/delegations/hooks/useDelegations';
import { DeskSpeakers } from '../features/floor/components/DeskSpeakers';
import { RegisterMaintenance } from '../features/desk/components/RegisterMaintenance';
import { ConnectionBadge } from '../features/live/components/ConnectionBadge';
import { QuorumGauge } from '../features/live/components/QuorumGauge';
import { useLiveMeeting } from '../features/live/hooks/useLiveMeeting';
import { MeetingPicker } from '../features/meetings/components/MeetingPicker';
import { MeetingSetupForm } from '../features/meetings/components/MeetingSetupForm';
import { MeetingSummary } from '../features/meetings/components/MeetingSummary';
import { useMeetings } from '../features/meetings/hooks/useMeetings';
import { useSelectedMeeting } from '../features/meetings/hooks/useSelectedMeeting';
import { RecordPanel } from '../features/record/components/RecordPanel';
import { Loading, LoadError } from '../lib/components/LoadState';
import { useT } from '../lib/locale/context';
import { keys, upsertById } from '../lib/query/keys';
import '../features/desk/desk.css';

const TABS = ['meeting', 'delegations', 'presence', 'register', 'record'] as const;
type Tab = (typeof TABS)[number];

function isTab(v: string | null): v is Tab {
  return TABS.some((t) => t === v);
}

function Desk() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const [fromUrl, select] = useSelectedMeeting();
  const qc = useQueryClient();
  const meetings = useMeetings();
  const rawTab = params.get('tab');
  const tab: Tab = isTab(rawTab) ? rawTab : 'meeting';
  const [creating, setCreating] = useState(false);
  // The meeting in the link, else the newest one; none while a new one is being set up.
  const meetingId = creating ? null : (fromUrl ?? meetings.data?.[0]?.id ?? null);
  const live = useLiveMeeting(meetingId);
  const delegations = useDelegations(meetingId);
  // A roll-call in progress: the secretariat calls the roll from the desk, whatever the tab.
  const rollCall =
    live.snapshot?.vote?.method === 'roll-call' && live.snapshot.vote.status === 'open'
      ? live.snapshot.vote
      : null;
  const roll = useRollCallAnswer(meetingId, rollCall?.id ?? null);

  const list = meetings.data ?? [];
  const meeting: MeetingView | null = live.snapshot?.meeting ?? list.find((m) => m.id === meetingId) ?? null;

  /** One URL update for both, so neither overwrites the other. */
  function go(next: Tab, meeting?: string | null) {
    setParams((p) => {
      const q = new URLSearchParams(p);
      q.set('tab', next);
      if (meeting) q.set('meeting', meeting);
      else if (meeting === null) q.delete('meeting');
      return q;
    });
  }

  const needsMeeting = tab !== 'meeting' && tab !== 'register';
  const showQuorum = tab === 'delegations' || tab === 'presence';
  const warning = live.snapshot ? decisionWarning(live.snapshot.quorum) : null;

  return (
    <>
      <header className="page__header">
        <h1>{t('desk.title')}</h1>
        <div className="page__tools">
          {meetingId && <ConnectionBadge state={live.connection} />}
          {meetings.data && (
            <MeetingPicker
              meetings={list.map((m) => (m.id === meeting?.id ? meeting : m))}
              value={meetingId}
              allowNone
              onChange={(id) => {
                setCreating(id === null);
                if (id === null) go('meeting', null);
                else select(id);
              }}
            />
          )}
        </div>
      </header>
      <nav className="tabs" aria-label={t('desk.tabs.label')}>
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            className="tabs__tab"
            aria-current={id === tab ? 'page' : undefined}
            data-testid={`tab-${id}`}
            onClick={() => go(id)}
          >
            {t('desk.tab', { tab: id })}
          </button>
        ))}
      </nav>

      {meetings.isError && (
        <LoadError
          what={t('desk.error.meetings')}
          error={meetings.error}
          onRetry={() => void meetings.refetch()}
        />
      )}
      <div className={showQuorum ? 'desk desk--with-quorum' : 'desk'}>
        <div className="desk__main">
          {rollCall && (
            <>
              <RollCallRecorder vote={rollCall} busy={roll.busy} onAnswer={roll.answer} level={2} />
              {roll.error && (
                <p className="notice notice--error" role="alert">
                  {roll.error}
                </p>
              )}
            </>
          )}
          {tab === 'meeting' && meetings.isPending && !creating && (
            <Loading>{t('desk.loading.meetings')}</Loading>
          )}
          {tab === 'meeting' &&
            !(meetings.isPending && !creating) &&
            (creating || !meeting ? (
              <MeetingSetupForm
                onCreated={(m) => {
                  setCreating(false);
                  qc.setQueryData(keys.meetings.list(), upsertById(m));
                  void qc.invalidateQueries({ queryKey: keys.meetings.list() });
                  go('delegations', m.id);
                }}
              />
            ) : (
              <>
                <MeetingSummary
                  key={`${meeting.id}:${meeting.version}`}
                  meeting={meeting}
                  onChanged={(m) => {
                    qc.setQueryData(keys.meetings.list(), upsertById(m));
                    void qc.invalidateQueries({ queryKey: keys.meetings.live(m.id) });
                  }}
                />
                <p>
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      setCreating(true);
                      select(null);
                    }}
                  >
                    {t('desk.meeting.another')}
                  </button>
                </p>
              </>
            ))}
          {needsMeeting && !meeting && !meetings.isPending && (
            <p className="notice">{t('desk.meeting.first')}</p>
          )}
          {(tab === 'delegations' || tab === 'presence') && meeting && delegations.status === 'loading' && (
            <Loading>{t('desk.loading.delegations')}</Loading>
          )}
          {tab === 'delegations' && meeting && delegations.status === 'ready' && (
            <>
              <RegisterDelegationForm
                meeting={meeting}
                registered={delegations.list}
                onRegistered={delegations.upsert}
                onBulk={delegations.replaceAll}
              />
              <DelegationsTable
                meeting={meeting}
                delegations={delegations.list}
                onChanged={delegations.upsert}
                onInvalidate={delegations.reload}
              />
            </>
          )}
          {tab === 'presence' && meeting && delegations.status === 'ready' && (
            <>
              <PresenceCheckIn delegations={delegations.list} onChanged={delegations.upsert} />
              <DeskSpeakers
                meeting={meeting}
                floor={live.snapshot?.floor ?? null}
                delegations={delegations.list}
              />
            </>
          )}
          {tab === 'register' && <RegisterMaintenance />}
          {tab === 'record' && meeting && <RecordPanel meeting={meeting} />}
          {delegations.status === 'error' && needsMeeting && tab !== 'record' && (
            <LoadError
              what={t('desk.error.delegations')}
              error={{ message: delegations.error ?? '' }}
              onRetry={delegations.reload}
            />
          )}
        </div>
        {showQuorum && meeting && (
          <aside className="desk__quorum" aria-label={t('desk.quorum.label')} data-testid="desk-quorum">
            {live.snapshot ? (
              <>
                {warning && (
                  <p className="warning" role="alert">
                    {warning}
                  </p>
                )}
                <QuorumGauge quorum={live.snapshot.quorum} />
              </>
            ) : (
              <p className="muted">
                <span className="spinner" aria-hidden="true" /> {t('desk.quorum.loading')}
              </p>
            )}
          </aside>
        )}
      </div>
    </>
  );
}

/** The secretariat prepares and runs the meeting's paperwork here. */
export function DeskPage() {
  const t = useT();
  return (
    <div className="page desk-page">
      <title>{`${t('desk.title')} · Plenary`}</title>
      <StaffGate role="secretariat" title={t('desk.title')}>
        <Desk />
      </StaffGate>
    </div>
  );
}
