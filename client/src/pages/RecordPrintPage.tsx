import { isLanguage, type Language } from '@plenary/shared';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { Loading, LoadError } from '../lib/components/LoadState';
import { useFormat } from '../lib/locale/context';
import { officialRecordQuery } from '../features/record/api';
import { OfficialRecordView } from '../features/record/components/OfficialRecordView';

/**
 * `/record/:meetingId/print?lang=ar`: the official record for paper, public like the record. The
 * document's `lang` and `dir` follow the record's language while the page is shown, so a browser's
 * print and the server's PDF both lay Arabic out right to left. Without `?lang=` it is the page's
 * language.
 */
export function RecordPrintPage() {
  const { meetingId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asked = params.get('lang');
  const page = useFormat().locale;
  const lang: Language = isLanguage(asked) ? asked : page;
  const record = useQuery(officialRecordQuery(meetingId, lang));

  useEffect(() => {
    const root = document.documentElement;
    const before = { lang: root.lang, dir: root.dir, title: document.title };
    if (record.data) {
      root.lang = record.data.tag;
      root.dir = record.data.dir;
      document.title = `${record.data.labels.title}: ${record.data.meeting.code}`;
    }
    return () => {
      root.lang = before.lang;
      root.dir = before.dir;
      document.title = before.title;
    };
  }, [record.data]);

  if (record.isPending) return <Loading>Loading the record…</Loading>;
  if (record.isError)
    return <LoadError what="The record" error={record.error} onRetry={() => void record.refetch()} />;
  return (
    <OfficialRecordView
      record={record.data}
      onLanguage={(l) => setParams((p) => (p.set('lang', l), p), { replace: true })}
    />
  );
}
