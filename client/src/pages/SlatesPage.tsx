import { useParams } from 'react-router';
import { SlateReview } from '../features/election/components/SlateReview';
import { useSlates } from '../features/election/hooks/useElections';
import '../features/election/election.css';
import { Loading, LoadError } from '../lib/components/LoadState';
import { useT } from '../lib/locale/context';

/** A meeting's proposed slates of officeholders, each with its review: balance, mix, warnings. */
export function SlatesPage() {
  const t = useT();
  const { meetingId = '' } = useParams();
  const q = useSlates(meetingId);
  return (
    <div className="page">
      <title>{t('election.slate.pageTitle')}</title>
      <header className="page__header">
        <h1>{t('election.slate.title')}</h1>
      </header>
      {q.error ? (
        <LoadError what={t('election.slate.what')} error={q.error} onRetry={() => void q.refetch()} />
      ) : !q.data ? (
        <Loading>{t('election.slate.loading')}</Loading>
      ) : q.data.length === 0 ? (
        <p className="notice">{t('election.slate.none')}</p>
      ) : (
        q.data.map((s) => <SlateReview key={s.id} slate={s} />)
      )}
    </div>
  );
}
