import { applyCountToAmendment, type AmendmentView } from '@plenary/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useFormat, useT } from '../../../lib/locale/context';
import { keys, upsertById } from '../../../lib/query/keys';
import { useSocketEvent } from '../../../lib/useSocketEvent';
import { meetingsQuery } from '../../meetings/api';
import { amendmentsQuery } from '../api';
import { phaseLabel } from '../figures';
import { fallbackInterval } from '../hooks/useConveningLive';
import { AmendmentDetail } from './AmendmentDetail';
import { AmendmentForm } from './AmendmentForm';
import { PhasePill } from './PhasePill';
import { LoadState, ProcList } from './ProcList';
import type { TabProps } from './tabProps';

type Props = TabProps;

export function AmendmentsTab({ reference, canWrite, selection, select, live }: Props) {
  const fmt = useFormat();
  const t = useT();
  const qc = useQueryClient();
  const amendments = useQuery({ ...amendmentsQuery(), refetchInterval: fallbackInterval(live) });
  const meetings = useQuery(meetingsQuery());

  // Support and earlier requests are written into the cached list, with the phase from the
  // shared rule on the server's today; acceptances (and unknown amendments) are re-read.
  useSocketEvent('convening.counted', (c) => {
    if (c.procedure === 'special-meeting') return;
    const list = qc.getQueryData<AmendmentView[]>(keys.convening.amendments());
    const patched = list?.map((a) => applyCountToAmendment(a, c, reference.today));
    if (!list?.some((a) => a.id === c.id) || !patched || patched.includes(null))
      void qc.invalidateQueries({ queryKey: keys.convening.amendments() });
    else qc.setQueryData<AmendmentView[]>(keys.convening.amendments(), patched as AmendmentView[]);
  });

  if (!amendments.data) {
    return (
      <LoadState
        status={amendments.isError ? 'error' : 'loading'}
        error={amendments.error}
        what={t('procedures.loadError', { what: 'amendments' })}
        whatCode="amendments"
        onRetry={() => void amendments.refetch()}
      />
    );
  }
  const items = amendments.data;
  const chosen = items.find((a) => a.id === selection);
  const onChanged = (a: AmendmentView) => {
    qc.setQueryData(keys.convening.amendments(), upsertById(a));
    void qc.invalidateQueries({ queryKey: keys.convening.amendment(a.id) });
    // Scheduling a conference creates a meeting.
    if (a.conferenceMeetingId) void qc.invalidateQueries({ queryKey: keys.meetings.list() });
  };

  return (
    <div className={`proc-layout${selection ? ' proc-layout--chosen' : ''}`}>
      <div className="proc-layout__side">
        <ProcList
          title={t('procedures.amendments.list')}
          testId="amendment-list"
          items={items.map((a) => ({
            key: a.id,
            title: t('procedures.amendments.by', { name: reference.nameOf(a.proposedBy) }),
            meta: t('procedures.amendments.meta', {
              date: fmt.dateShort(a.circulatedOn),
              count: a.support.count,
              required: a.support.required,
            }),
            badge: (
              <PhasePill
                phase={a.phase}
                label={
                  a.adoption
                    ? t('procedures.amendments.adopted')
                    : phaseLabel(a.phase, a.support.metOn, fmt, t)
                }
              />
            ),
          }))}
          selected={selection}
          onSelect={select}
          empty={t('procedures.amendments.none')}
          newLabel={canWrite ? t('procedures.amendments.new') : undefined}
          onNew={() => select('new')}
        />
      </div>
      <div className="proc-layout__main">
        {selection === 'new' && canWrite ? (
          <AmendmentForm
            reference={reference}
            onCreated={(a) => {
              onChanged(a);
              select(a.id);
            }}
            onCancel={() => select(null)}
          />
        ) : chosen ? (
          <AmendmentDetail
            key={chosen.id}
            amendment={chosen}
            meetings={meetings.data ?? []}
            reference={reference}
            canWrite={canWrite}
            onChanged={onChanged}
          />
        ) : (
          <div className="empty proc-empty proc-placeholder">
            <p>
              <strong>{t('procedures.amendments.choose')}</strong>
            </p>
            <p className="muted">{t('procedures.amendments.about')}</p>
          </div>
        )}
      </div>
    </div>
  );
}
