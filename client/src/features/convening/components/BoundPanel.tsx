import type { AmendmentView } from '@plenary/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { dateProblem } from '../../../lib/dates';
import { useFormat } from '../../../lib/locale/context';
import { boundQuery } from '../api';
import { CountMeter } from './CountMeter';
import { FormField } from '../../../lib/components/FormField';

/** Art. 13.5: who is bound by the amendment on a chosen date, and since when. */
export function BoundPanel({ amendment: a, today }: { amendment: AmendmentView; today: string }) {
  const [on, setOn] = useState(today);
  const valid = dateProblem(on) === null;
  const fmt = useFormat();
  const bound = useQuery({ ...boundQuery(a.id, on), enabled: valid, placeholderData: keepPreviousData });
  return (
    <section aria-labelledby="bound-h" data-testid="bound-panel">
      <h3 id="bound-h">Who is bound on a date</h3>
      <div className="proc-explain">
        <p>
          <strong>Entry into force (Art. 13.5).</strong> The amendment enters into force for the States that
          accepted it when a majority of the States Parties have deposited instruments of acceptance; for
          every State that accepts later, on the day it deposits its own.
        </p>
        <p>
          {a.entryIntoForce ? (
            <>
              In force since <strong>{fmt.date(a.entryIntoForce)}</strong>.
            </>
          ) : (
            'Not yet in force.'
          )}
        </p>
      </div>
      <FormField label="On" error={valid ? undefined : 'must be a date'}>
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
            title={`Acceptances on ${fmt.date(bound.data.on)}`}
            progress={bound.data.acceptances}
            source="Art. 13.5"
            testId="acceptance-counter"
          />
          {bound.data.bound.length === 0 ? (
            <p className="empty proc-empty">No State Party is bound on {fmt.date(bound.data.on)}.</p>
          ) : (
            <div
              className="table-wrap proc-acts"
              tabIndex={0}
              role="region"
              aria-label="States Parties bound"
            >
              <table className="table" data-testid="bound-list">
                <thead>
                  <tr>
                    <th scope="col">State</th>
                    <th scope="col">Bound since</th>
                  </tr>
                </thead>
                <tbody>
                  {bound.data.bound.map((b) => (
                    <tr key={b.iso3}>
                      <th scope="row">
                        {b.name} <span className="muted mono">{b.iso3}</span>
                      </th>
                      <td data-label="Bound since">{fmt.dateShort(b.since)}</td>
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
