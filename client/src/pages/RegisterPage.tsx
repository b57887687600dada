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
import { useFormat, useT } from '../lib/locale/context';
import { useServerToday } from '../lib/serverTime';
import { SLOT, Sentence } from '../lib/components/Sentence';

/** "States Parties on <date>": the register, the count and the thresholds that follow from it. */
export function RegisterPage() {
  const fmt = useFormat();
  const t = useT();
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

  const title = valid ? t('register.title.on', { date: fmt.date(on) }) : t('register.title.plain');

  return (
    <div className="page register">
      <title>{`${title} · Plenary`}</title>
      <header className="page__header">
        <h1>
          {valid ? (
            <Sentence text={t('register.title.on', { date: SLOT })}>
              <time dateTime={on}>{fmt.date(on)}</time>
            </Sentence>
          ) : on === null ? (
            t('register.title.today')
          ) : (
            t('register.title.invalid')
          )}
        </h1>
        {on !== null && <DateField value={on} onApply={apply} today={server.today} />}
      </header>

      {on === null ? (
        server.error ? (
          <LoadError what={t('register.error.today')} error={server.error} testId="register-error" />
        ) : (
          <Loading testId="register-loading">{t('register.loading')}</Loading>
        )
      ) : !valid ? (
        <p className="notice">{t('register.correctDate')}</p>
      ) : register.status === 'loading' ? (
        <Loading testId="register-loading">{t('register.loadingOn', { date: fmt.date(on) })}</Loading>
      ) : register.status === 'error' ? (
        <LoadError
          what={t('register.error.register')}
          error={register.error}
          onRetry={register.reload}
          testId="register-error"
        />
      ) : (
        <div className="page__body" aria-busy={register.updating}>
          <section className="overview" aria-labelledby="count-heading">
            <div className="count-card">
              <h2 id="count-heading" className="visually-hidden">
                {t('register.count.heading')}
              </h2>
              <p className="count-card__value" data-testid="party-count">
                {fmt.number(register.data.summary.count)}
              </p>
              <p className="count-card__label">
                {t('register.count.label', { count: register.data.summary.count })}
              </p>
              <p className="count-card__date">
                <Sentence text={t('register.count.on', { date: SLOT })}>
                  <time dateTime={register.data.summary.date}>{fmt.date(register.data.summary.date)}</time>
                </Sentence>
              </p>
            </div>
            <div className="panel">
              <h2>{t('register.groups.heading')}</h2>
              <RegionalGroupBars
                groups={register.data.summary.byRegionalGroup}
                total={register.data.summary.count}
              />
            </div>
          </section>

          <section aria-labelledby="figures-heading">
            <h2 id="figures-heading">{t('register.figures.heading')}</h2>
            <PartyFigures summary={register.data.summary} />
          </section>

          <section aria-labelledby="states-heading">
            <h2 id="states-heading">{t('register.states.heading')}</h2>
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
