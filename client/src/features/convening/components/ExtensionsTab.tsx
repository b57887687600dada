import type { ExtensionRequestView } from '@plenary/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useFormat, useT } from '../../../lib/locale/context';
import { keys, upsertById } from '../../../lib/query/keys';
import { meetingsQuery } from '../../meetings/api';
import { extensionsQuery } from '../api';
import { ExtensionDetail } from './ExtensionDetail';
import { ExtensionForm } from './ExtensionForm';
import { LoadState, ProcList } from './ProcList';
import type { TabProps } from './tabProps';

type Props = Pick<TabProps, 'reference' | 'canWrite' | 'selection' | 'select'>;

export function ExtensionsTab({ reference, canWrite, selection, select }: Props) {
  const fmt = useFormat();
  const t = useT();
  const qc = useQueryClient();
  const requests = useQuery(extensionsQuery());
  const meetings = useQuery(meetingsQuery());
  if (!requests.data) {
    return (
      <LoadState
        status={requests.isError ? 'error' : 'loading'}
        error={requests.error}
        what={t('procedures.loadError', { what: 'extensions' })}
        whatCode="extensions"
        onRetry={() => void requests.refetch()}
      />
    );
  }
  const items = requests.data;
  const chosen = items.find((r) => r.id === selection);
  const meetingOf = (id: string) => meetings.data?.find((m) => m.id === id) ?? null;
  const onChanged = (r: ExtensionRequestView) => {
    qc.setQueryData(keys.convening.extensions(), upsertById(r));
    // A request goes on a meeting's agenda; a decision sets the State's clearance deadline.
    void qc.invalidateQueries({ queryKey: keys.meetings.list() });
    void qc.invalidateQueries({ queryKey: keys.convening.clearance(r.stateIso3) });
  };

  return (
    <div className={`proc-layout${selection ? ' proc-layout--chosen' : ''}`}>
      <div className="proc-layout__side">
        <ProcList
          title={t('procedures.tab', { tab: 'extensions' })}
          testId="extension-list"
          items={items.map((r) => ({
            key: r.id,
            title: reference.nameOf(r.stateIso3),
            meta: t('procedures.extensions.meta', {
              years: r.years,
              date: fmt.dateShort(r.requestedDeadline),
              status: r.status,
            }),
          }))}
          selected={selection}
          onSelect={select}
          empty={t('procedures.extensions.none')}
          newLabel={canWrite ? t('procedures.newRequest') : undefined}
          onNew={() => select('new')}
        />
      </div>
      <div className="proc-layout__main">
        {selection === 'new' && canWrite ? (
          <ExtensionForm
            reference={reference}
            onCreated={(r) => {
              onChanged(r);
              select(r.id);
            }}
            onCancel={() => select(null)}
          />
        ) : chosen ? (
          <ExtensionDetail
            key={chosen.id}
            request={chosen}
            meeting={meetingOf(chosen.meetingId)}
            canWrite={canWrite}
            onChanged={onChanged}
          />
        ) : (
          <div className="empty proc-empty proc-placeholder">
            <p>
              <strong>{t('procedures.extensions.choose')}</strong>
            </p>
            <p className="muted">{t('procedures.extensions.about')}</p>
          </div>
        )}
      </div>
    </div>
  );
}
