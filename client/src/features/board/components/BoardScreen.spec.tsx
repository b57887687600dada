import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { toTally } from '@plenary/shared';
import { FakeSocket } from '../../../testing/fakeSocket';
import { liveSnapshot, voteSnapshot } from '../../../testing/liveFixtures';
import { mockFetch } from '../../../testing/mockFetch';
import { renderApp } from '../../../testing/renderApp';
import { renderWithClient } from '../../../testing/render';
import { BoardScreen } from './BoardScreen';

let fetchMock: ReturnType<typeof mockFetch>;
let consoleError: jest.SpyInstance;
beforeEach(() => {
  // React reports the caught render error on the console; the spec checks what the room sees.
  consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  fetchMock?.restore();
  consoleError.mockRestore();
});

const good = liveSnapshot({ vote: voteSnapshot({ version: 2 }, { X00: 'yes', X01: 'no' }) });
/** A tally no rule can read: the shared figures throw on it, inside the board's render. */
const malformed = liveSnapshot({
  vote: voteSnapshot({ version: 3, counts: { yes: -1, no: 0, abstain: 0, notVoted: 162 } }),
});

describe('BoardScreen: the board cannot go blank', () => {
  it('keeps the last good state when an update throws while rendering, says so, and asks for a fresh snapshot', () => {
    const refetch = jest.fn();
    const view = (snapshot: typeof good) => (
      <BoardScreen snapshot={snapshot} connection="live" error={null} onRenderError={refetch} />
    );
    const { rerender } = renderWithClient(view(good));
    expect(screen.getByTestId('board-yes').textContent).toBe('1');
    expect(screen.queryByTestId('board-notice')).toBeNull();

    rerender(view(malformed));
    // Still the question, the lights and the last good totals, not an empty page.
    expect(screen.getByTestId('board-question').textContent).toContain('Cooperative Compliance');
    expect(screen.getByTestId('board-yes').textContent).toBe('1');
    expect(screen.getByTestId('board-no').textContent).toBe('1');
    expect(screen.getByTestId('board-notice').textContent).toMatch(/keeps the last good state/);
    expect(refetch).toHaveBeenCalledTimes(1);

    // The next good snapshot replaces it.
    const next = liveSnapshot({ vote: voteSnapshot({ version: 4 }, { X00: 'yes', X01: 'yes', X02: 'no' }) });
    rerender(view(next));
    expect(screen.getByTestId('board-yes').textContent).toBe('2');
    expect(screen.queryByTestId('board-notice')).toBeNull();
  });

  it('keeps showing the meeting when a malformed tally arrives live over the socket', async () => {
    fetchMock = mockFetch({
      'GET /api/auth/me': () => ({
        status: 401,
        body: { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Not signed in' },
      }),
    });
    const socket = new FakeSocket();
    socket.serverConnect();
    renderApp('/board?meeting=m1', { socket });
    await waitFor(() => expect(socket.watches).toHaveLength(1));
    await act(async () => {
      socket.answerWatch(good);
      await Promise.resolve();
    });
    await waitFor(() => expect(screen.getByTestId('connection').textContent).toBe('Live'));
    expect(screen.getByTestId('board-yes').textContent).toBe('1');

    act(() => socket.emit('vote.tallied', { tally: toTally(malformed.vote!) }));
    await screen.findByTestId('board-notice');
    expect(screen.getByTestId('board-yes').textContent).toBe('1');
    expect(screen.getAllByRole('listitem', { hidden: true }).length).toBeGreaterThanOrEqual(161);
    // It asked the room for a fresh snapshot.
    await waitFor(() => expect(socket.watches).toHaveLength(1));
  });
});
