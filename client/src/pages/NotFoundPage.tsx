import { Link, useLocation } from 'react-router';
import { useT } from '../lib/locale/context';

export function NotFoundPage() {
  const { pathname } = useLocation();
  const t = useT();
  return (
    <div className="page">
      <title>{t('common.notFound.pageTitle')}</title>
      <header className="page__header">
        <h1>{t('common.notFound.title')}</h1>
      </header>
      <p className="notice">
        {t('common.notFound.nothingAt', { path: pathname })}{' '}
        <Link to="/">{t('common.notFound.goRegister')}</Link>
      </p>
    </div>
  );
}
