import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MeetingView } from '@plenary/shared';
import { SUMMARY } from '../../../testing/fixtures';
import { MEETING } from '../../../testing/liveFixtures';
import { mockFetch } from '../../../testing/mockFetch';
import { renderWithClient } from '../../../testing/render';
import { MeetingSetupForm } from './MeetingSetupForm';

let fetchMock: ReturnType<typeof mockFetch>;
afterEach(() => {
  cleanup();
  fetchMock.restore();
});

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label, { exact: true }), { target: { value } });
}

describe('MeetingSetupForm', () => {
  it('shows the shared schema’s messages inline and sends nothing', () => {
    fetchMock = mockFetch({});
    renderWithClient(<MeetingSetupForm onCreated={() => undefined} />);
    fill('Title', 'MS');
    fireEvent.click(screen.getByRole('button', { name: 'Set up the meeting' }));
    expect(screen.getByText('Title must have at least 3 characters')).toBeTruthy();
    expect(screen.getByText('First day must be a date in the form YYYY-MM-DD')).toBeTruthy();
    expect(screen.getByLabelText('Title', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(fetchMock.calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('previews each quorum on the first day with the shared rule and the register’s count', async () => {
    fetchMock = mockFetch({ 'GET /api/register/summary': () => ({ body: SUMMARY }) });
    renderWithClient(<MeetingSetupForm onCreated={() => undefined} />);
    fill('First day', '2026-02-20');
    const decision = screen.getByTestId('rules-decision');
    await within(decision).findByText(/81 of 161 States Parties/);
    expect(within(screen.getByTestId('rules-opening')).getByText(/54 of 161 States Parties/)).toBeTruthy();
    expect(fetchMock.calls.find((c) => c.path === '/api/register/summary')?.query.get('on')).toBe(
      '2026-02-20',
    );
    expect(screen.getByText(/States Parties on 20 February 2026: 161\./)).toBeTruthy();
  });

  it('sends the checked body and hands the created meeting on; a refusal lands on its field', async () => {
    const created: MeetingView[] = [];
    let refuse = true;
    fetchMock = mockFetch({
      'GET /api/register/summary': () => ({ body: SUMMARY }),
      'POST /api/meetings': (c) =>
        refuse
          ? {
              status: 400,
              body: { statusCode: 400, code: 'VALIDATION', message: 'is already used', field: 'title' },
            }
          : { status: 201, body: { ...MEETING, title: (c.body as { title: string }).title } },
    });
    renderWithClient(<MeetingSetupForm onCreated={(m) => created.push(m)} />);
    fill('Number', '23');
    fill('Title', 'Twenty-Third Meeting of the States Parties');
    fill('First day', '2026-03-02');
    fill('Last day', '2026-03-06');
    fill('Agenda', 'Opening\n\nAdoption of the agenda');
    fireEvent.click(screen.getByRole('button', { name: 'Set up the meeting' }));
    expect(await screen.findByText('Title is already used')).toBeTruthy();
    refuse = false;
    fireEvent.click(screen.getByRole('button', { name: 'Set up the meeting' }));
    await waitFor(() => expect(created).toHaveLength(1));
    const body = fetchMock.calls.filter((c) => c.method === 'POST').at(-1)!.body as Record<string, unknown>;
    expect(body).toMatchObject({
      kind: 'msp',
      number: 23,
      startDate: '2026-03-02',
      agenda: ['Opening', 'Adoption of the agenda'],
    });
  });

  it('offers the committee for a committee meeting only, requires it, and says why no decisions are taken', async () => {
    fetchMock = mockFetch({
      'GET /api/register/summary': () => ({ body: SUMMARY }),
      'POST /api/meetings': (c) => ({
        status: 201,
        body: { ...MEETING, kind: 'committee', committee: (c.body as { committee: string }).committee },
      }),
    });
    const created: MeetingView[] = [];
    renderWithClient(<MeetingSetupForm onCreated={(m) => created.push(m)} />);
    const kinds = [...screen.getByLabelText<HTMLSelectElement>('Kind of meeting').options].map(
      (o) => o.textContent,
    );
    expect(kinds).toEqual(
      expect.arrayContaining(['Committee meeting', 'Meeting of the Coordinating Committee']),
    );
    expect(screen.queryByTestId('setup-committee')).toBeNull();
    fill('Kind of meeting', 'committee');
    expect(screen.getByText(/A committee takes no decisions: it seeks general agreement/)).toBeTruthy();
    fill('Title', 'Committee on Victim Assistance, June 2026');
    fill('First day', '2026-06-15');
    fill('Last day', '2026-06-15');
    fireEvent.click(screen.getByRole('button', { name: 'Set up the meeting' }));
    expect(screen.getByText('Committee is required for a committee meeting')).toBeTruthy();
    expect(fetchMock.calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    const committees = [...screen.getByLabelText<HTMLSelectElement>('Committee').options].map(
      (o) => o.textContent,
    );
    expect(committees).toContain('Committee on Victim Assistance');
    fill('Committee', 'victim-assistance');
    fireEvent.click(screen.getByRole('button', { name: 'Set up the meeting' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(fetchMock.calls.filter((c) => c.method === 'POST').at(-1)!.body).toMatchObject({
      kind: 'committee',
      committee: 'victim-assistance',
    });
    // Another kind sends no committee, even one chosen before.
    fill('Kind of meeting', 'coordinating-committee');
    expect(screen.queryByTestId('setup-committee')).toBeNull();
    expect(screen.getByText(/no substantive decision-making capacity/)).toBeTruthy();
  });
});
