import type { AmendmentView } from '@plenary/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { dateProblem } from '../../../lib/dates';
import { stateName } from '@plenary/shared';
import { useFormat, useT } from '../../../lib/locale/context';
import { SLOT, Sentence } from '../../../lib/components/Sentence';
import { boundQuery } from '../api';
import { CountMeter } from './CountMeter';
import { FormField } from '../../../lib/components/FormField';

/** Art. 13.5: who is bound by the amendment on a chosen date, and since when. */
export function BoundPanel({ amendment: a, today }: { amendment: AmendmentView; today: string }) {
  const [on, setOn] = useState(today);
  const valid = dateProblem(on) === null;
  const fmt = useFormat();
  const t = useT();
  const bound = useQuery({ ...boundQuery(a.id, on), enabled: valid, placeholderData: keepPreviousData });
  return (
    <section aria-labelledby="bound-h" data-testid="bound-panel">
      <h3 id="bound-h">{t('procedures.bound.title')}</h3>
      <div className="proc-explain">
        <p>
          <strong>{t('procedures.bound.eifTitle')}</strong> {t('procedures.bound.eif')}
        </p>
        <p>
          {a.entryIntoForce ? (
            <Sentence text={t('procedures.bound.inForce', { date: SLOT })}>
              <strong>{fmt.date(a.entryIntoForce)}</strong>
            </Sentence>
          ) : (
            t('procedures.bound.notInForce')
          )}
        </p>
      </div>
      <FormField
        label={t('procedures.bound.on')}
        error={valid ? undefined : t('procedures.bound.mustBeDate')}
      >
        {(p) => (
          <input {...p} type="date" className="mono" value={on} onChange={(e) => setOn(e.target.value)} />
        )}
      </FormField>
      {bound.isError ? (
        <p className="field__error" role="alert">
          {bound.error.message}
        </p>
      ) : !bound.data ? (
        <p className="muted" role="status">
          <span className="spinner" aria-hidden="true" /> Loading…
        </p>
      ) : (
        <>
          <CountMeter
            title={t('procedures.bound.acceptancesOn', { date: fmt.date(bound.data.on) })}
            progress={bound.data.acceptances}
            source="Art. 13.5"
            testId="acceptance-counter"
          />
          {bound.data.bound.length === 0 ? (
            <p className="empty proc-empty">
              {t('procedures.bound.none', { date: fmt.date(bound.data.on) })}
            </p>
          ) : (
            <div
              className="table-wrap proc-acts"
              tabIndex={0}
              role="region"
              aria-label={t('procedures.bound.region')}
            >
              <table className="table" data-testid="bound-list">
                <thead>
                  <tr>
                    <th scope="col">{t('procedures.acts.state')}</th>
                    <th scope="col">{t('procedures.bound.since')}</th>
                  </tr>
                </thead>
                <tbody>
                  {bound.data.bound.map((b) => (
                    <tr key={b.iso3}>
                      <th scope="row">
                        {stateName(b.iso3, fmt.locale, 'short', { registerName: b.name })}{' '}
                        <span className="muted mono">{b.iso3}</span>
                      </th>
                      <td data-label={t('procedures.bound.since')}>{fmt.dateShort(b.since)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
