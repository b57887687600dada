import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { keys } from '../../../lib/query/keys';
import { MEETING, QUESTION } from '../../../testing/liveFixtures';
import { mockFetch } from '../../../testing/mockFetch';
import { renderWithClient } from '../../../testing/render';
import { QuestionForm } from './QuestionForm';

let fetchMock: ReturnType<typeof mockFetch>;
afterEach(() => {
  cleanup();
  fetchMock.restore();
});

const AGENDA = [
  {
    id: '7d8f6c1e-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
    position: 4,
    title: 'Cooperative Compliance',
    conclusionsOf: null,
  },
];

describe('QuestionForm', () => {
  it('shows the rule the question will get before anything is sent, from the meeting’s own rules', () => {
    fetchMock = mockFetch({});
    const meeting = {
      ...MEETING,
      rules: { ...MEETING.rules, votingRules: { procedural: 'two-thirds-present-voting' as const } },
    };
    renderWithClient(<QuestionForm meeting={meeting} />);
    const rule = screen.getByTestId('rule-sentence');
    expect(rule.textContent).toContain(
      'Two-thirds majority of States Parties present and voting — Rules of procedure (UN model)',
    );
    fireEvent.change(screen.getByLabelText('Matter'), { target: { value: 'procedural' } });
    // Raised by this meeting's rules from a majority to two-thirds.
    expect(rule.textContent).toMatch(/^Two-thirds majority/);
    fireEvent.change(screen.getByLabelText('Matter'), { target: { value: 'art8-measures' } });
    expect(rule.textContent).toContain(
      'Consensus, else a two-thirds majority of States Parties present and voting — Convention, Article 8.20',
    );
  });

  it('checks the text with the shared schema and sends nothing when it is too short', () => {
    fetchMock = mockFetch({});
    renderWithClient(<QuestionForm meeting={MEETING} />);
    fireEvent.change(screen.getByLabelText('Text of the question'), { target: { value: 'No' } });
    fireEvent.click(screen.getByRole('button', { name: 'Put the question' }));
    expect(screen.getByText('Text of the question must have at least 3 characters')).toBeTruthy();
    expect(screen.getByLabelText('Text of the question').getAttribute('aria-invalid')).toBe('true');
    expect(fetchMock.calls).toHaveLength(0);
  });

  it('puts the question, clears the text and invalidates the live snapshot (no manual refresh)', async () => {
    const sent: unknown[] = [];
    fetchMock = mockFetch({
      'POST /api/meetings/m1/questions': (c) => {
        sent.push(c.body);
        return { status: 201, body: QUESTION };
      },
    });
    const { client } = renderWithClient(<QuestionForm meeting={{ ...MEETING, agenda: AGENDA }} />);
    client.setQueryData(keys.meetings.live('m1'), { snapshot: null, meetingVersion: 0, early: [] });
    fireEvent.change(screen.getByLabelText('Text of the question'), {
      target: { value: 'Adopt the report' },
    });
    fireEvent.change(screen.getByLabelText('Agenda item'), { target: { value: AGENDA[0].id } });
    fireEvent.click(screen.getByRole('button', { name: 'Put the question' }));
    await waitFor(() =>
      expect(sent).toEqual([
        { matter: 'other-substance', text: 'Adopt the report', agendaItemId: AGENDA[0].id },
      ]),
    );
    await waitFor(() => expect(client.getQueryState(keys.meetings.live('m1'))?.isInvalidated).toBe(true));
    expect(screen.getByLabelText<HTMLTextAreaElement>('Text of the question').value).toBe('');
  });

  it('shows the server’s refusal on its field', async () => {
    fetchMock = mockFetch({
      'POST /api/meetings/m1/questions': () => ({
        status: 409,
        body: {
          statusCode: 409,
          code: 'QUESTION_ACTIVE',
          message: 'Another question is before the meeting: decide it first',
          field: 'meetingId',
        },
      }),
    });
    renderWithClient(<QuestionForm meeting={MEETING} />);
    fireEvent.change(screen.getByLabelText('Text of the question'), {
      target: { value: 'Adopt the report' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Put the question' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Another question is before the meeting: decide it first',
    );
  });

  it('offers to put a question only while the meeting is in session', () => {
    fetchMock = mockFetch({});
    renderWithClient(<QuestionForm meeting={{ ...MEETING, status: 'suspended' }} />);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Put the question' }).disabled).toBe(true);
    expect(screen.getByText('Questions are put while the meeting is in session.')).toBeTruthy();
  });
});
