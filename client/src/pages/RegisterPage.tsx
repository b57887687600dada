import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { DateField } from '../features/register/components/DateField';
import { PartyFigures } from '../features/register/components/PartyFigures';
import { RegionalGroupBars } from '../features/register/components/RegionalGroupBars';
import { NO_FILTER, StatesTable } from '../features/register/components/StatesTable';
import type { StateFilter } from '../features/register/filterStates';
import { useRegister } from '../features/register/hooks/useRegister';
import '../features/register/register.css';
import { Loading, LoadError } from '../lib/components/LoadState';
import { dateProblem } from '../lib/dates';
import { useFormat } from '../lib/locale/context';
import { useServerToday } from '../lib/serverTime';

/** "States Parties on <date>": the register, the count and the thresholds that follow from it. */
export function RegisterPage() {
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const server = useServerToday();
  // The date in the link, else the server's today in Geneva (never the device's date).
  const on = params.get('on') ?? server.today;
  const valid = on !== null && dateProblem(on) === null;
  const register = useRegister(valid ? on : null);
  const [filter, setFilter] = useState<StateFilter>(NO_FILTER);

  function apply(iso: string) {
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set('on', iso);
        return next;
      },
      { replace: false },
    );
  }

  const title = valid ? `States Parties on ${fmt.date(on)}` : 'States Parties';

  return (
    <div className="page register">
      <title>{`${title} · Plenary`}</title>
      <header className="page__header">
        <h1>
          States Parties on{' '}
          {valid ? (
            <time dateTime={on}>{fmt.date(on)}</time>
          ) : on === null ? (
            <span className="muted">today</span>
          ) : (
            <span className="muted">an invalid date</span>
          )}
        </h1>
        {on !== null && <DateField value={on} onApply={apply} today={server.today} />}
      </header>

      {on === null ? (
        server.error ? (
          <LoadError what="today’s date from the server" error={server.error} testId="register-error" />
        ) : (
          <Loading testId="register-loading">Loading the register…</Loading>
        )
      ) : !valid ? (
        <p className="notice">Correct the date above to see the register.</p>
      ) : register.status === 'loading' ? (
        <Loading testId="register-loading">Loading the register for {fmt.date(on)}…</Loading>
      ) : register.status === 'error' ? (
        <LoadError
          what="The register"
          error={register.error}
          onRetry={register.reload}
          testId="register-error"
        />
      ) : (
        <div className="page__body" aria-busy={register.updating}>
          <section className="overview" aria-labelledby="count-heading">
            <div className="count-card">
              <h2 id="count-heading" className="visually-hidden">
                Number of States Parties
              </h2>
              <p className="count-card__value" data-testid="party-count">
                {fmt.number(register.data.summary.count)}
              </p>
              <p className="count-card__label">States Parties</p>
              <p className="count-card__date">
                on <time dateTime={register.data.summary.date}>{fmt.date(register.data.summary.date)}</time>
              </p>
            </div>
            <div className="panel">
              <h2>By regional group</h2>
              <RegionalGroupBars
                groups={register.data.summary.byRegionalGroup}
                total={register.data.summary.count}
              />
            </div>
          </section>

          <section aria-labelledby="figures-heading">
            <h2 id="figures-heading">Quorums and thresholds</h2>
            <PartyFigures summary={register.data.summary} />
          </section>

          <section aria-labelledby="states-heading">
            <h2 id="states-heading">The register</h2>
            <StatesTable
              states={register.data.states.states}
              on={register.data.states.date}
              filter={filter}
              onFilterChange={setFilter}
            />
          </section>
        </div>
      )}
    </div>
  );
}
