import { cleanup, render, screen, within } from '@testing-library/react';
import type { Principal, SignInSlip } from '@plenary/shared';
import { SlipSheet } from '../features/delegations/components/SlipSheet';
import { LANGUAGE_STORAGE_KEY, LocaleProvider } from '../lib/locale/LocaleProvider';
import { delegation, STATES } from '../testing/fixtures';
import { FakeSocket } from '../testing/fakeSocket';
import { liveSnapshot, MEETING } from '../testing/liveFixtures';
import { mockFetch } from '../testing/mockFetch';
import { renderApp } from '../testing/renderApp';

const secretariat: Principal = {
  role: 'secretariat',
  displayName: 'Implementation Support Unit',
  userId: 'u1',
  delegationId: null,
  meetingId: null,
  stateIso3: null,
};

const DELEGATIONS = [
  delegation('DEU', 'Germany', { present: true }),
  delegation('POL', 'Poland'),
  delegation(null, 'International Committee of the Red Cross'),
];

let fetchMock: ReturnType<typeof mockFetch>;
beforeEach(() => {
  fetchMock = mockFetch({
    'GET /api/auth/me': () => ({ body: secretariat }),
    'GET /api/meetings': () => ({ body: [MEETING] }),
    'GET /api/meetings/m1/live': () => ({ body: liveSnapshot() }),
    'GET /api/meetings/m1/delegations': () => ({ body: DELEGATIONS }),
    'GET /api/states': () => ({ body: STATES }),
  });
});
afterEach(() => {
  cleanup();
  fetchMock.restore();
  window.localStorage.removeItem(LANGUAGE_STORAGE_KEY);
});

describe('the desk in other languages', () => {
  it('speaks French: tabs, headings, columns, statuses and State names as the UN writes them', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    renderApp('/desk?meeting=m1&tab=delegations', { socket: new FakeSocket() });
    const table = await screen.findByTestId('delegations-table');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Bureau du secrétariat');
    expect(screen.getByTestId('tab-presence').textContent).toBe('Enregistrement');
    expect(screen.getByRole('heading', { name: 'Inscrire une délégation' })).toBeTruthy();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Délégation', 'Le jour de la réunion', 'Pouvoirs', 'Qualité', 'Présent', 'Connexion']);
    const names = within(table)
      .getAllByRole('rowheader')
      .map((th) => (th.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(names).toEqual(
      expect.arrayContaining(['Allemagne DEU', 'Pologne POL', 'International Committee of the Red Cross']),
    );
    expect(within(table).getByRole('combobox', { name: 'Pouvoirs de Pologne' })).toBeTruthy();
    expect(within(table).getAllByText('État partie')).toHaveLength(2);
    expect(screen.getByText('Délégations affichées : 3 sur 3')).toBeTruthy();
  });

  it('speaks Arabic right to left at the door, with Western digits and Arabic State names', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'ar');
    renderApp('/desk?meeting=m1&tab=presence', { socket: new FakeSocket() });
    const list = await screen.findByRole('listbox', { name: 'الوفود' });
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('مكتب الأمانة');
    const row = (iso3: string) =>
      within(list)
        .getAllByRole('option')
        .find((r) => r.textContent?.startsWith(iso3))?.textContent;
    expect(row('DEU')).toBe('DEUألمانيادولة طرفحاضر');
    expect(row('POL')).toBe('POLبولندادولة طرفغائب');
    expect(screen.getByTestId('presence-count').textContent).toBe('الدول الأطراف المسجل حضورها: 1');
    expect(screen.getByLabelText('تسجيل الحضور أو المغادرة: الاسم أو رمز ISO')).toBeTruthy();
  });

  it('prints sign-in slips in the language chosen', () => {
    const slips: SignInSlip[] = [
      {
        delegationId: 'd1',
        name: 'Germany',
        stateIso3: 'DEU',
        code: 'ABCDEFGHJKLM',
        slipUrl: 'https://x.test/s#c',
      },
      {
        delegationId: 'd2',
        name: 'Poland',
        stateIso3: 'POL',
        code: 'NPQRSTUVWXYZ',
        slipUrl: 'https://x.test/s#d',
      },
    ];
    render(
      <LocaleProvider initial="fr">
        <SlipSheet meeting={MEETING} slips={slips} onClose={() => undefined} />
      </LocaleProvider>,
    );
    expect(screen.getByRole('heading', { name: '2 fiches de connexion à imprimer' })).toBeTruthy();
    expect(screen.getByTestId('print-slips').textContent).toBe('Imprimer les 2 fiches');
    const printed = screen.getByTestId('slip-print');
    expect(
      within(printed)
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(['Allemagne', 'Pologne']);
    expect(within(printed).getAllByText('Code de connexion de la délégation')).toHaveLength(2);
    expect(within(printed).getByRole('img', { name: 'Lien de connexion pour Pologne' })).toBeTruthy();
  });

  it('prints sign-in slips in Arabic', () => {
    render(
      <LocaleProvider initial="ar">
        <SlipSheet
          meeting={MEETING}
          slips={[
            {
              delegationId: 'd1',
              name: 'Germany',
              stateIso3: 'DEU',
              code: 'ABCDEFGHJKLM',
              slipUrl: 'https://x.test/s#c',
            },
          ]}
          onClose={() => undefined}
        />
      </LocaleProvider>,
    );
    const printed = screen.getByTestId('slip-print');
    expect(within(printed).getByRole('heading').textContent).toBe('ألمانيا');
    expect(within(printed).getByText('رمز تسجيل دخول الوفد')).toBeTruthy();
    expect(screen.getByTestId('print-slips').textContent).toBe('طباعة القسيمة');
  });
});
