import { cleanup, render, screen, within } from '@testing-library/react';
import type { SlateView } from '@plenary/shared';
import { LocaleProvider } from '../../../lib/locale/LocaleProvider';
import { SlateReview } from './SlateReview';

const profile = {
  article5: false,
  affected: false,
  implementingKeyObligations: false,
  providingAssistance: true,
};

const slate: SlateView = {
  id: 's1',
  meetingId: 'm1',
  questionId: 'q1',
  agendaItemId: null,
  from: '2026-03-02',
  terms: [
    {
      office: { kind: 'committee-member', committee: 'article-5-implementation' },
      holder: { state: 'NOR', person: null },
      from: '2026-03-02',
      until: '2028-03-02',
      stateName: 'Norway',
    },
  ],
  profiles: { NOR: profile },
  status: 'proposed',
  refusal: null,
  review: {
    on: '2026-03-02',
    committees: [],
    regionalGroups: [
      { regionalGroup: 'Western European and Others Group', count: 3 },
      { regionalGroup: null, count: 1 },
    ],
    mix: { implementing: 2, providing: 3, both: 0, others: 1, unknown: 1 },
    warnings: [
      {
        code: 'ARTICLE5_COMMITTEE_WITHOUT_ARTICLE5_STATE',
        message:
          'Committee on Article 5 Implementation: no member implementing or having completed Article 5 clearance',
        committee: 'article-5-implementation',
        state: null,
      },
      {
        code: 'COOPERATION_COMMITTEE_WITHOUT_AFFECTED_STATE',
        message: 'Committee on the Enhancement of Cooperation and Assistance: no affected State',
        committee: 'cooperation-and-assistance',
        state: null,
      },
    ],
  },
  createdAt: '2026-03-02T09:00:00.000Z',
  decidedAt: null,
};

describe('SlateReview', () => {
  afterEach(cleanup);

  it('shows the warnings, the regional balance and the mix of States', () => {
    render(
      <LocaleProvider initial="en">
        <SlateReview slate={slate} />
      </LocaleProvider>,
    );
    const warnings = within(screen.getByTestId('slate-warnings')).getAllByRole('listitem');
    expect(warnings.map((w) => w.textContent)).toEqual([
      'Committee on Article 5 Implementation: no member implementing or having completed Article 5 clearance',
      'Committee on the Enhancement of Cooperation and Assistance: no affected State',
    ]);
    const regions = within(screen.getByTestId('slate-regions')).getAllByRole('row');
    expect(regions.map((r) => r.textContent)).toEqual([
      'Western European and Others Group3',
      'No regional group1',
    ]);
    const mix = within(screen.getByTestId('slate-mix')).getAllByRole('row');
    expect(mix.map((r) => r.textContent)).toEqual([
      'Implementing key obligations2',
      'Providing assistance3',
      'Both0',
      'Others1',
      'No profile given1',
    ]);
    expect(screen.getByTestId('slate-status').textContent).toMatch(/consensus or by a vote/);
  });

  it('speaks the screen’s language, not the server’s English', () => {
    render(
      <LocaleProvider initial="fr">
        <SlateReview slate={slate} />
      </LocaleProvider>,
    );
    const warnings = within(screen.getByTestId('slate-warnings')).getAllByRole('listitem');
    expect(warnings[1].textContent).toBe(
      'Comité sur le renforcement de la coopération et de l’assistance : aucun État touché',
    );
    expect(screen.getByText('2 mars 2028')).toBeTruthy();
  });
});
