import '../../../testing/jsdom-polyfills';
import { cleanup, screen } from '@testing-library/react';
import { renderError, type ElectionView } from '@plenary/shared';
import { LocaleContext } from '../../../lib/locale/context';
import { createFormat } from '../../../lib/locale/format';
import type { LocaleCode } from '../../../lib/locale/locales';
import { createT } from '../../../lib/locale/translate';
import { keys } from '../../../lib/query/keys';
import { ELECTION } from '../../../testing/electionFixtures';
import { mockFetch } from '../../../testing/mockFetch';
import { renderWithClient, testQueryClient } from '../../../testing/render';
import { ElectionPanel } from './ElectionPanel';

/** The President's panel between two ballots: nobody elected on the first, a restricted ballot next. */
const between: ElectionView = {
  ...ELECTION,
  places: 1,
  office: { kind: 'president' },
  rounds: [
    {
      ...ELECTION.rounds[0],
      round: { ...ELECTION.rounds[0].round, placesLeft: 1 },
      count: {
        ...ELECTION.rounds[0].count!,
        results: ELECTION.rounds[0].count!.results.map((r) => ({ ...r, majority: false })),
        elected: [],
      },
    },
  ],
  openRound: null,
  elected: [],
  placesLeft: 1,
  next: {
    step: 'ballot',
    round: {
      number: 2,
      kind: 'restricted',
      inSeries: 1,
      candidates: ['P-BRA', 'P-NOR'],
      placesLeft: 1,
      tieBreak: 'further-ballot',
    },
  },
  acclamation: { available: true, reason: null },
};

function renderIn(lang: LocaleCode, election: ElectionView = between) {
  const client = testQueryClient();
  client.setQueryData(keys.meetings.elections('m1'), [election]);
  const value = { fmt: createFormat(lang), t: createT(lang), choice: lang, setLocale: () => undefined };
  return renderWithClient(
    <LocaleContext.Provider value={value}>
      <ElectionPanel meetingId="m1" />
    </LocaleContext.Provider>,
    { client },
  );
}

let fetchMock: ReturnType<typeof mockFetch>;
beforeEach(() => {
  fetchMock = mockFetch({ 'GET /api/meetings/m1/elections': () => ({ body: [between] }) });
});
afterEach(() => {
  cleanup();
  fetchMock.restore();
});

describe('ElectionPanel in the reader’s language', () => {
  it('words the steps, the count and what comes next in French, with UN State names', () => {
    renderIn('fr');
    expect(screen.getByRole('heading', { name: 'Élections' })).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Ouvrir le deuxième tour de scrutin (restreint)' }),
    ).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Se retire' })).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Élire par acclamation' })).toBeTruthy();
    expect(screen.getByTestId('election-next').textContent).toBe(
      'Conformément au règlement, il est procédé à un scrutin restreint entre Ana Alves (Brésil) et Bo Berg (Norvège) pour 1 siège.',
    );
    expect(screen.getByText('Majorité requise')).toBeTruthy();
    expect(screen.getByText('Aucun candidat n’a obtenu la majorité requise.')).toBeTruthy();
    expect(screen.getAllByText('Thaïlande').length).toBeGreaterThan(0);
  });

  it('says the same in Arabic and English, each in its own words', () => {
    renderIn('ar');
    expect(screen.getByTestId('election-next').textContent).toBe(
      'وفقا للنظام الداخلي، يُجرى اقتراع مقيّد بين Ana Alves (البرازيل) وBo Berg (النرويج) لشغل مقعد واحد.',
    );
    cleanup();
    renderIn('en');
    expect(screen.getByRole('button', { name: 'Open the second ballot (restricted)' })).toBeTruthy();
    expect(screen.getByTestId('election-next').textContent).toBe(
      'In accordance with the rules, a restricted ballot is held between Ana Alves (Brazil) and Bo Berg (Norway) for 1 place.',
    );
  });

  it('says why the elected were not entered in the register of officeholders, in the reader’s language', () => {
    const refused: ElectionView = {
      ...between,
      termsRefusal: {
        code: 'TERM_OVERLAP',
        message: 'Brazil already holds the office from 2026-12-04.',
        field: 'terms',
      },
    };
    renderIn('fr', refused);
    expect(screen.getByTestId('election-terms-refused').textContent).toBe(
      `Les élus n’ont pas pu être inscrits au registre des titulaires de charges : ${renderError('fr', refused.termsRefusal!)}`,
    );
    expect(screen.getByTestId('election-terms-refused').textContent).toContain(
      'Le mandat chevauche un autre mandat à la même fonction.',
    );
    cleanup();
    renderIn('en', refused);
    expect(screen.getByTestId('election-terms-refused').textContent).toBe(
      'The elected could not be entered in the register of officeholders: Brazil already holds the office from 2026-12-04.',
    );
  });
});
