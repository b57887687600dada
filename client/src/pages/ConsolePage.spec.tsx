import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Principal } from '@plenary/shared';
import { FakeSocket } from '../testing/fakeSocket';
import { liveSnapshot, MEETING, QUESTION, voteSnapshot } from '../testing/liveFixtures';
import { mockFetch, type MockRoutes } from '../testing/mockFetch';
import { renderApp } from '../testing/renderApp';

const president: Principal = {
  role: 'president',
  displayName: 'President',
  userId: 'u2',
  delegationId: null,
  meetingId: null,
  stateIso3: null,
};
const VOTE_ID = voteSnapshot().id;

let fetchMock: ReturnType<typeof mockFetch>;
afterEach(() => {
  cleanup();
  fetchMock.restore();
});

function serve(routes: MockRoutes) {
  fetchMock = mockFetch({ 'GET /api/auth/me': () => ({ body: president }), ...routes });
}

/** The console on m1 with the socket up, after the room answered with `snapshot`. */
async function openConsole(snapshot = liveSnapshot()) {
  const socket = new FakeSocket();
  socket.serverConnect();
  renderApp('/console?meeting=m1', { socket });
  await waitFor(() => expect(socket.watches.length).toBeGreaterThan(0));
  await act(async () => {
    while (socket.watches.length) socket.answerWatch(snapshot);
    await Promise.resolve();
  });
  await screen.findByRole('heading', { name: 'President’s console' });
  return socket;
}

describe('ConsolePage: loading, empty and error states', () => {
  it('says it is loading the meetings while the list is on its way', async () => {
    serve({ 'GET /api/meetings': () => new Promise(() => undefined) });
    renderApp('/console', { socket: new FakeSocket() });
    expect((await screen.findByText('Loading the meetings…')).closest('[role="status"]')).not.toBeNull();
  });

  it('says there is no meeting yet when the list is empty', async () => {
    serve({ 'GET /api/meetings': () => ({ body: [] }) });
    renderApp('/console', { socket: new FakeSocket() });
    expect((await screen.findByTestId('console-empty')).textContent).toMatch(
      /No meeting has been set up yet/,
    );
  });

  it('shows the server’s error with a way to try again', async () => {
    let fail = true;
    serve({
      'GET /api/meetings': () =>
        fail
          ? {
              status: 503,
              body: {
                statusCode: 503,
                code: 'DATABASE_UNAVAILABLE',
                message: 'The database is not reachable.',
              },
            }
          : { body: [] },
    });
    renderApp('/console', { socket: new FakeSocket() });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /The list of meetings could not be loaded\. The database is not reachable\./,
    );
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByTestId('console-empty');
  });

  it('says it is loading the meeting until the room answers', async () => {
    serve({ 'GET /api/meetings': () => ({ body: [MEETING] }) });
    const socket = new FakeSocket();
    socket.serverConnect();
    renderApp('/console?meeting=m1', { socket });
    expect(await screen.findByText('Loading the meeting…')).toBeTruthy();
  });
});

describe('ConsolePage: shortcuts and confirmations', () => {
  it('C asks before closing the vote; Cancel sends nothing; confirming closes it and re-reads the room', async () => {
    const closes: unknown[] = [];
    serve({
      'GET /api/meetings': () => ({ body: [MEETING] }),
      [`POST /api/votes/${VOTE_ID}/close`]: (c) => {
        closes.push(c.body);
        return {
          body: {
            vote: voteSnapshot({ status: 'closed' }),
            question: { ...QUESTION, status: 'rejected' },
          },
        };
      },
    });
    const socket = await openConsole(liveSnapshot({ vote: voteSnapshot({}, { X00: 'yes' }) }));
    await screen.findByTestId('vote-open');

    fireEvent.keyDown(document.body, { key: 'c' });
    const dialog = await screen.findByRole('dialog', { name: 'Close the vote?' });
    expect(dialog.textContent).toMatch(/1 yes, 0 no, 0 abstain; 160 not voted/);
    // While the dialog is open, the letters do nothing.
    fireEvent.keyDown(dialog, { key: 'c' });
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(closes).toEqual([]);

    fireEvent.keyDown(document.body, { key: 'C' });
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Close the vote' }),
    );
    await waitFor(() => expect(closes).toEqual([{}]));
    // No manual refresh: the write invalidates the live snapshot, which is read again from the room.
    await waitFor(() => expect(socket.watches).toHaveLength(1));
  });

  it('O asks before opening a vote on the pending question, with the chosen method', async () => {
    const opened: unknown[] = [];
    serve({
      'GET /api/meetings': () => ({ body: [MEETING] }),
      'POST /api/questions/q1/votes': (c) => {
        opened.push(c.body);
        return { status: 201, body: voteSnapshot() };
      },
    });
    await openConsole(
      liveSnapshot({ question: { ...QUESTION, status: 'pending', voteId: null }, vote: null }),
    );
    await screen.findByTestId('pending-question');
    fireEvent.change(screen.getByLabelText('Method'), { target: { value: 'secret' } });
    fireEvent.keyDown(document.body, { key: 'o' });
    const dialog = await screen.findByRole('dialog', { name: 'Open a secret ballot?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Open the vote' }));
    await waitFor(() => expect(opened).toEqual([{ method: 'secret' }]));
  });

  it('shows the question’s own rule, not one worked out again from its matter', async () => {
    serve({ 'GET /api/meetings': () => ({ body: [MEETING] }) });
    // A procedural matter, which the meeting's rules raised to two-thirds.
    await openConsole(
      liveSnapshot({
        question: {
          ...QUESTION,
          matter: 'procedural',
          rule: 'two-thirds-present-voting',
          ruleSource: 'Rules of procedure (UN model)',
          status: 'pending',
          voteId: null,
        },
        vote: null,
      }),
    );
    const card = await screen.findByTestId('pending-question');
    expect(card.textContent).toContain(
      'Two-thirds majority of States Parties present and voting — Rules of procedure (UN model)',
    );
    expect(card.textContent).not.toMatch(/^Majority/);
  });
});
