import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { toTally } from '@plenary/shared';
import type { ReactNode } from 'react';
import { SocketSourceContext } from '../../../lib/useSocketEvent';
import { FakeSocket } from '../../../testing/fakeSocket';
import { liveSnapshot, MEETING, QUORUM, voteSnapshot } from '../../../testing/liveFixtures';
import { mockFetch } from '../../../testing/mockFetch';
import { testQueryClient } from '../../../testing/render';
import { REJOIN_MS, useLiveMeeting } from './useLiveMeeting';

let fetchMock: ReturnType<typeof mockFetch>;
let httpAnswers: number;

beforeEach(() => {
  httpAnswers = 0;
  fetchMock = mockFetch({
    'GET /api/meetings/m1/live': () => {
      httpAnswers += 1;
      return { body: liveSnapshot() };
    },
  });
});
afterEach(() => fetchMock.restore());

function setup() {
  const socket = new FakeSocket();
  const client = testQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <SocketSourceContext.Provider value={socket.source}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </SocketSourceContext.Provider>
  );
  const hook = renderHook(() => useLiveMeeting('m1'), { wrapper });
  return { socket, client, hook, live: () => hook.result.current };
}

/** Brings the hook to "live": HTTP snapshot, socket up, meeting.watch answered. */
async function goLive(s: ReturnType<typeof setup>) {
  await waitFor(() => expect(s.live().snapshot).not.toBeNull());
  act(() => s.socket.serverConnect());
  await waitFor(() => expect(s.socket.watches).toHaveLength(1));
  await act(async () => {
    s.socket.answerWatch(liveSnapshot());
    await Promise.resolve();
  });
  await waitFor(() => expect(s.live().connection).toBe('live'));
}

describe('useLiveMeeting: the connection machine', () => {
  it('fills the screen over HTTP, then joins the room on connect and says live only once it answered', async () => {
    const s = setup();
    expect(s.live().connection).toBe('connecting');
    // The socket was asked to connect, and the snapshot came over HTTP meanwhile.
    expect(s.socket.connectCalls).toBe(1);
    await waitFor(() => expect(s.live().snapshot?.meeting.id).toBe('m1'));
    expect(httpAnswers).toBe(1);
    expect(s.live().connection).toBe('connecting');

    act(() => s.socket.serverConnect());
    await waitFor(() => expect(s.socket.watches.map((w) => w.meetingId)).toEqual(['m1']));
    expect(s.live().connection).toBe('connecting');
    await act(async () => {
      s.socket.answerWatch(liveSnapshot());
      await Promise.resolve();
    });
    await waitFor(() => expect(s.live().connection).toBe('live'));
  });

  it('writes the room’s events into the snapshot, in version order', async () => {
    const s = setup();
    await goLive(s);
    const v = voteSnapshot({ version: 2 }, { X00: 'yes', X01: 'no' });
    act(() => s.socket.emit('vote.tallied', { tally: toTally(v) }));
    await waitFor(() => expect(s.live().snapshot?.vote?.counts).toMatchObject({ yes: 1, no: 1 }));
    // An older tally never goes back.
    act(() =>
      s.socket.emit('vote.tallied', { tally: toTally(voteSnapshot({ version: 1 }, { X00: 'yes' })) }),
    );
    expect(s.live().snapshot?.vote?.counts).toMatchObject({ yes: 1, no: 1 });
    // The next meeting version applies without a new snapshot.
    act(() =>
      s.socket.emit('meeting.presenceChanged', {
        meetingVersion: MEETING.version + 1,
        quorum: { ...QUORUM, present: 151 },
      }),
    );
    await waitFor(() => expect(s.live().snapshot?.quorum.present).toBe(151));
    expect(s.socket.watches).toHaveLength(0);
  });

  it('asks for a fresh snapshot when a version is skipped, and keeps what it shows meanwhile', async () => {
    const s = setup();
    await goLive(s);
    act(() =>
      s.socket.emit('meeting.presenceChanged', {
        meetingVersion: MEETING.version + 2,
        quorum: { ...QUORUM, present: 152 },
      }),
    );
    await waitFor(() => expect(s.socket.watches).toHaveLength(1));
    expect(s.live().snapshot?.quorum.present).toBe(152);
    const fresh = liveSnapshot({
      meeting: { ...MEETING, version: MEETING.version + 2 },
      quorum: { ...QUORUM, present: 153 },
    });
    await act(async () => {
      s.socket.answerWatch(fresh);
      await Promise.resolve();
    });
    await waitFor(() => expect(s.live().snapshot?.quorum.present).toBe(153));
    expect(s.live().connection).toBe('live');
  });

  it('says reconnecting when the connection drops, keeps the last snapshot, and is live again after the rejoin', async () => {
    const s = setup();
    await goLive(s);
    act(() => s.socket.drop('transport close', true));
    expect(s.live().connection).toBe('reconnecting');
    expect(s.live().snapshot).not.toBeNull();

    act(() => s.socket.serverConnect());
    // Connected again, but not live until the room answered with a snapshot.
    expect(s.live().connection).toBe('reconnecting');
    await waitFor(() => expect(s.socket.watches).toHaveLength(1));
    await act(async () => {
      s.socket.answerWatch(liveSnapshot());
      await Promise.resolve();
    });
    await waitFor(() => expect(s.live().connection).toBe('live'));
  });

  it('says offline when nothing will reconnect, and reconnects when the browser is back online', async () => {
    const s = setup();
    await goLive(s);
    act(() => s.socket.drop('io client disconnect', false));
    expect(s.live().connection).toBe('offline');
    const before = s.socket.connectCalls;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(s.live().connection).toBe('reconnecting');
    expect(s.socket.connectCalls).toBe(before + 1);
  });

  it('tries again itself after the server closed the socket', () => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
    try {
      const s = setup();
      act(() => s.socket.serverConnect());
      act(() => s.socket.drop('io server disconnect', false));
      // Never live yet, so still connecting; not offline, since it will try again.
      expect(s.live().connection).toBe('connecting');
      const before = s.socket.connectCalls;
      act(() => jest.advanceTimersByTime(1000));
      expect(s.socket.connectCalls).toBe(before + 1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('joins at once when the socket is already up as the screen opens', async () => {
    const socket = new FakeSocket();
    socket.serverConnect();
    const client = testQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <SocketSourceContext.Provider value={socket.source}>
        <QueryClientProvider client={client}>{children}</QueryClientProvider>
      </SocketSourceContext.Provider>
    );
    const hook = renderHook(() => useLiveMeeting('m1'), { wrapper });
    await waitFor(() => expect(socket.watches.length).toBeGreaterThan(0));
    await act(async () => {
      while (socket.watches.length) socket.answerWatch(liveSnapshot());
      await Promise.resolve();
    });
    await waitFor(() => expect(hook.result.current.connection).toBe('live'));
    expect(httpAnswers).toBe(0);
  });

  it('asks the room again on a timer when it refused to let a connected screen in', async () => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
    try {
      const socket = new FakeSocket();
      socket.serverConnect();
      const client = testQueryClient();
      const wrapper = ({ children }: { children: ReactNode }) => (
        <SocketSourceContext.Provider value={socket.source}>
          <QueryClientProvider client={client}>{children}</QueryClientProvider>
        </SocketSourceContext.Provider>
      );
      const hook = renderHook(() => useLiveMeeting('m1'), { wrapper });
      await waitFor(() => expect(socket.watches.length).toBeGreaterThan(0));
      await act(async () => {
        while (socket.watches.length)
          socket.watches.shift()!.answer({ ok: false, error: { code: 'FORBIDDEN', message: 'Not now' } });
        await Promise.resolve();
      });
      expect(hook.result.current.connection).toBe('connecting');
      // A refusal is not retried at once (it is not a lost message)…
      await act(async () => {
        await jest.advanceTimersByTimeAsync(REJOIN_MS - 500);
      });
      expect(socket.watches).toHaveLength(0);
      // …but asked again once the rejoin delay has passed.
      await act(async () => {
        await jest.advanceTimersByTimeAsync(1000);
      });
      await waitFor(() => expect(socket.watches.length).toBeGreaterThan(0));
      await act(async () => {
        while (socket.watches.length) socket.answerWatch(liveSnapshot());
        await Promise.resolve();
      });
      await waitFor(() => expect(hook.result.current.connection).toBe('live'));
    } finally {
      jest.useRealTimers();
    }
  });

  it('stops listening to the socket when the screen goes away', async () => {
    const s = setup();
    await waitFor(() => expect(s.live().snapshot).not.toBeNull());
    expect(s.socket.listenerCount('vote.tallied')).toBe(1);
    s.hook.unmount();
    expect(s.socket.listenerCount('vote.tallied')).toBe(0);
    expect(s.socket.listenerCount('connect')).toBe(0);
  });
});
