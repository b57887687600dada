import { Link, useLocation } from 'react-router';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <div className="page">
      <title>Not found · Plenary</title>
      <header className="page__header">
        <h1>No such page</h1>
      </header>
      <p className="notice">
        Nothing lives at <code>{pathname}</code>. Go to the <Link to="/">register of States Parties</Link>.
      </p>
    </div>
  );
}
