import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { DateField } from '../features/register/components/DateField';
import { PartyFigures } from '../features/register/components/PartyFigures';
import { RegionalGroupBars } from '../features/register/components/RegionalGroupBars';
import { NO_FILTER, StatesTable } from '../features/register/components/StatesTable';
import type { StateFilter } from '../features/register/filterStates';
import { useRegister } from '../features/register/hooks/useRegister';
import { dateProblem, formatLongDate, todayIso } from '../lib/dates';
import { formatCount } from '../lib/formatNumber';

/** "States Parties on <date>": the register, the count and the thresholds that follow from it. */
export function RegisterPage() {
  const [params, setParams] = useSearchParams();
  const on = params.get('on') ?? todayIso();
  const valid = dateProblem(on) === null;
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

  const title = valid ? `States Parties on ${formatLongDate(on)}` : 'States Parties';

  return (
    <div className="page register">
      <title>{`${title} · Plenary`}</title>
      <header className="page__header">
        <h1>
          States Parties on{' '}
          {valid ? (
            <time dateTime={on}>{formatLongDate(on)}</time>
          ) : (
            <span className="muted">an invalid date</span>
          )}
        </h1>
        <DateField value={on} onApply={apply} />
      </header>

      {!valid ? (
        <p className="notice">Correct the date above to see the register.</p>
      ) : register.status === 'loading' ? (
        <div className="notice" role="status" aria-live="polite" data-testid="register-loading">
          <span className="spinner" aria-hidden="true" /> Loading the register for {formatLongDate(on)}…
        </div>
      ) : register.status === 'error' ? (
        <div className="notice notice--error" role="alert" data-testid="register-error">
          <p>
            <strong>The register could not be loaded.</strong> {register.error.message}
          </p>
          <p className="muted">Code: {register.error.code}</p>
          <button type="button" className="button" onClick={register.reload}>
            Try again
          </button>
        </div>
      ) : (
        <>
          <section className="overview" aria-labelledby="count-heading">
            <div className="count-card">
              <h2 id="count-heading" className="visually-hidden">
                Number of States Parties
              </h2>
              <p className="count-card__value" data-testid="party-count">
                {formatCount(register.data.summary.count)}
              </p>
              <p className="count-card__label">States Parties</p>
              <p className="count-card__date">
                on <time dateTime={on}>{formatLongDate(on)}</time>
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
              on={on}
              filter={filter}
              onFilterChange={setFilter}
            />
          </section>
        </>
      )}
    </div>
  );
}
