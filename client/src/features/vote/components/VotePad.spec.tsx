import '../../../testing/jsdom-polyfills';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { Ack, CastResult } from '@plenary/shared';
import { liveSnapshot, voteSnapshot } from '../../../testing/liveFixtures';
import type { ConnectionState } from '../../live/connection';
import { VotePad } from './VotePad';
import { castOk as ok, delegation, fakeCast, ME, type Call } from './votePad.fixtures';

/** The server's answer to a cast, inside act() so React applies it. */
const reply = (c: Call, a: Ack<CastResult>) =>
  act(async () => {
    c.answer(a);
    await Promise.resolve();
  });

let n = 0;
const newOpId = () => `op-${++n}`;
/** The device clock: fixed unless a test moves it. */
let clockMs = 1_000_000;
const now = () => clockMs;

function renderPad(
  cast: ReturnType<typeof fakeCast>['cast'],
  connection: ConnectionState = 'live',
  snapshot = liveSnapshot(),
  principal = delegation,
) {
  const ui = (c: ConnectionState, s = snapshot) => (
    <VotePad snapshot={s} connection={c} principal={principal} cast={cast} newOpId={newOpId} now={now} />
  );
  const r = render(ui(connection));
  return { ...r, rerenderWith: (c: ConnectionState, s = snapshot) => r.rerender(ui(c, s)) };
}

afterEach(() => {
  cleanup();
  jest.useRealTimers();
});

describe('VotePad', () => {
  it('sends a press, shows Sending…, and says recorded only when the ack is ok', async () => {
    const { calls, cast } = fakeCast();
    renderPad(cast);
    expect(screen.getByTestId('vote-question').textContent).toContain('Cooperative Compliance');
    fireEvent.click(screen.getByTestId('vote-yes'));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ choice: 'yes', voteId: voteSnapshot().id });
    expect(screen.getByTestId('vote-yes').textContent).toContain('Yes: waiting…');
    expect(screen.getByTestId('vote-sending').textContent).toBe('Sending YES…');
    expect(screen.getByTestId<HTMLButtonElement>('vote-no').disabled).toBe(true);
    expect(screen.queryByTestId('vote-recorded')).toBeNull();
    await reply(calls[0], ok(calls[0]));
    expect(screen.getByTestId('vote-recorded').textContent).toMatch(
      /^Your vote: YES — recorded \d\d:\d\d:\d\d$/,
    );
    expect(screen.getByTestId('vote-yes').getAttribute('aria-pressed')).toBe('true');
  });

  it('changes the vote with another press until the vote closes', async () => {
    const { calls, cast } = fakeCast();
    renderPad(cast);
    fireEvent.click(screen.getByTestId('vote-yes'));
    await reply(calls[0], ok(calls[0]));
    fireEvent.click(screen.getByTestId('vote-abstain'));
    expect(calls[1]).toMatchObject({ choice: 'abstain' });
    expect(calls[1].opId).not.toBe(calls[0].opId);
    await reply(calls[1], ok(calls[1]));
    expect(screen.getByTestId('vote-recorded').textContent).toContain('ABSTAIN');
  });

  it('shows the server’s refusal', async () => {
    const { calls, cast } = fakeCast();
    renderPad(cast);
    fireEvent.click(screen.getByTestId('vote-no'));
    await reply(calls[0], {
      ok: false,
      error: {
        code: 'NOT_ELIGIBLE',
        message: 'Your delegation is not among the States Parties eligible in this vote',
      },
    });
    expect(screen.getByRole('alert').textContent).toBe(
      'Your delegation is not among the States Parties eligible in this vote',
    );
    expect(screen.queryByTestId('vote-recorded')).toBeNull();
  });

  it('after a timeout says "not yet recorded — retrying" and retries with the same opId once reconnected', async () => {
    jest.useFakeTimers();
    const { calls, cast } = fakeCast();
    const pad = renderPad(cast);
    fireEvent.click(screen.getByTestId('vote-yes'));
    pad.rerenderWith('reconnecting');
    await reply(calls[0], {
      ok: false,
      error: { code: 'TIMEOUT', message: 'The server did not answer in time.' },
    });
    expect(screen.getByTestId('vote-retrying').textContent).toBe(
      'Offline: YES is not recorded yet. It is sent when the connection is back.',
    );
    // One message: no button claims a recorded vote meanwhile.
    expect(screen.queryByTestId('vote-recorded')).toBeNull();
    act(() => {
      jest.advanceTimersByTime(10000);
    });
    expect(calls).toHaveLength(1); // nothing sent while disconnected
    pad.rerenderWith('live');
    act(() => {
      jest.advanceTimersByTime(2000);
    });
    expect(calls).toHaveLength(2);
    expect(calls[1].opId).toBe(calls[0].opId);
    expect(calls[1].choice).toBe('yes');
    await reply(calls[1], ok(calls[1]));
    expect(screen.getByTestId('vote-recorded').textContent).toContain('YES');
  });

  it('asks before a secret ballot is cast, and lets it be changed until the close', async () => {
    const { calls, cast } = fakeCast();
    const secret = liveSnapshot({
      vote: voteSnapshot({ method: 'secret', counts: null, votes: null, voted: [] }),
    });
    renderPad(cast, 'live', secret);
    expect(
      screen.getByText(
        'Secret ballot: you are asked to confirm each press. You can change your vote until the President closes the vote.',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByTestId('vote-no'));
    // Nothing is cast before the delegate confirms.
    expect(calls).toHaveLength(0);
    expect(screen.getByRole('heading', { name: 'Cast your secret ballot: NO?' })).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByTestId('confirm-ok'));
      await Promise.resolve();
    });
    expect(calls).toHaveLength(1);
    await reply(calls[0], ok(calls[0]));
    expect(screen.getByTestId('vote-recorded').textContent).toBe(
      'Your secret ballot is cast: NO (shown on this device only).',
    );
    // DOMAIN.md §5: a delegation may change its vote until the close, a secret one too.
    fireEvent.click(screen.getByTestId('vote-yes'));
    expect(calls).toHaveLength(1);
    expect(screen.getByRole('heading', { name: 'Cast your secret ballot: YES?' })).toBeTruthy();
  });

  it('shows observers the vote without buttons', () => {
    const { cast } = fakeCast();
    renderPad(cast, 'live', liveSnapshot(), {
      ...delegation,
      role: 'observer',
      displayName: 'ICRC',
      stateIso3: null,
    });
    expect(screen.getByText('Observers follow the vote but do not vote.')).toBeTruthy();
    expect(screen.queryByTestId('vote-yes')).toBeNull();
  });

  it('shows the outcome sentence once the vote closes, and the empty states', () => {
    const { cast } = fakeCast();
    const result = {
      outcome: 'adopted' as const,
      yes: 1,
      no: 0,
      abstain: 0,
      presentAndVoting: 1,
      required: 1,
      quorumRequired: 81,
      presentAtClose: 150,
      explanation: 'Adopted: 1 yes of 1 present and voting; two-thirds requires 1 (3 × 1 = 3 ≥ 2 × 1 = 2).',
    };
    const closed = liveSnapshot({ vote: voteSnapshot({ status: 'closed', result }, { [ME.iso3]: 'yes' }) });
    const pad = renderPad(cast, 'live', closed);
    // As UN records phrase it, with the arithmetic below.
    expect(screen.getByTestId('vote-outcome').textContent).toBe(
      'The draft decision was adopted by 1 vote to none.Two-thirds of 1 present and voting requires 1.',
    );
    expect(screen.getByTestId('vote-recorded').textContent).toBe('Your vote: YES — recorded');
    expect(screen.queryByTestId('vote-yes')).toBeNull();

    pad.rerenderWith('live', liveSnapshot({ question: null, vote: null }));
    expect(screen.getByText('No question before the meeting.')).toBeTruthy();
    pad.rerenderWith('live', liveSnapshot({ meeting: { ...liveSnapshot().meeting, status: 'suspended' } }));
    expect(screen.getByText('The meeting is suspended.')).toBeTruthy();
  });

  it('takes no new press while one is unresolved: retrying after no answer, keys and buttons alike', async () => {
    const { calls, cast } = fakeCast();
    const pad = renderPad(cast);
    fireEvent.click(screen.getByTestId('vote-yes'));
    pad.rerenderWith('reconnecting');
    await reply(calls[0], { ok: false, error: { code: 'NETWORK', message: 'Could not reach the server.' } });
    expect(screen.getByTestId('vote-retrying')).toBeTruthy();
    // The Yes still waits to be sent: No cannot overtake it (it could reach the server first).
    expect(screen.getByTestId<HTMLButtonElement>('vote-no').disabled).toBe(true);
    fireEvent.click(screen.getByTestId('vote-no'));
    fireEvent.keyDown(document, { key: 'n' });
    expect(calls).toHaveLength(1);
  });

  it('numbers each press, keeps the number on a retry, and a later press gets a higher one', async () => {
    jest.useFakeTimers();
    const { calls, cast } = fakeCast();
    const pad = renderPad(cast);
    fireEvent.click(screen.getByTestId('vote-yes'));
    await reply(calls[0], { ok: false, error: { code: 'TRY_AGAIN', message: 'Busy' } });
    act(() => {
      jest.advanceTimersByTime(2000);
    });
    expect(calls[1]).toMatchObject({ opId: calls[0].opId, seq: calls[0].seq });
    await reply(calls[1], ok(calls[1]));
    clockMs -= 5000; // the device clock stepped back: the order still holds
    pad.rerenderWith('live');
    fireEvent.click(screen.getByTestId('vote-no'));
    expect(calls[2].seq).toBeGreaterThan(calls[0].seq!);
  });

  it('shows the server’s choice when it moves on: another device changed the vote', async () => {
    const { calls, cast } = fakeCast();
    const pad = renderPad(cast);
    fireEvent.click(screen.getByTestId('vote-yes'));
    await reply(calls[0], ok(calls[0]));
    expect(screen.getByTestId('vote-recorded').textContent).toContain('YES');
    pad.rerenderWith('live', liveSnapshot({ vote: voteSnapshot({ version: 5 }, { [ME.iso3]: 'no' }) }));
    expect(screen.getByTestId('vote-recorded').textContent).toBe('Your vote: NO — recorded');
    expect(screen.getByTestId('vote-no').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('vote-yes').getAttribute('aria-pressed')).toBe('false');
  });

  it('says a press that did not land before the close was NOT recorded, and keeps saying it', async () => {
    jest.useFakeTimers();
    const { calls, cast } = fakeCast();
    const pad = renderPad(cast);
    fireEvent.click(screen.getByTestId('vote-yes'));
    pad.rerenderWith('offline');
    await reply(calls[0], { ok: false, error: { code: 'NETWORK', message: 'Could not reach the server.' } });
    // The vote closes meanwhile; the pad learns it on reconnecting and asks about its press again.
    const closed = liveSnapshot({ vote: voteSnapshot({ status: 'closed', version: 9 }) });
    pad.rerenderWith('live', closed);
    act(() => {
      jest.advanceTimersByTime(2000);
    });
    expect(calls[1]).toMatchObject({ opId: calls[0].opId, choice: 'yes' });
    await reply(calls[1], {
      ok: false,
      error: { code: 'VOTE_CLOSED', message: 'The vote is closed: nothing can change now' },
    });
    const lost = screen.getByTestId('vote-lost');
    expect(lost.textContent).toMatch(/^Your vote was NOT recorded\. You pressed YES/);
    expect(lost.getAttribute('role')).toBe('alert');
    pad.rerenderWith('live', liveSnapshot({ vote: voteSnapshot({ status: 'closed', version: 10 }) }));
    expect(screen.getByTestId('vote-lost')).toBeTruthy();
  });

  it('takes no single key as a vote unless shortcuts are on, and then only after confirming', async () => {
    const { calls, cast } = fakeCast();
    renderPad(cast);
    for (const key of ['y', 'n', 'a']) fireEvent.keyDown(document, { key });
    expect(calls).toHaveLength(0);
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    fireEvent.click(screen.getByTestId('pad-shortcuts'));
    fireEvent.keyDown(document, { key: 'n' });
    expect(calls).toHaveLength(0);
    expect(screen.getByRole('heading', { name: 'Vote NO?' })).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByTestId('confirm-ok'));
      await Promise.resolve();
    });
    expect(calls[0]).toMatchObject({ choice: 'no' });
    fireEvent.click(screen.getByTestId('pad-shortcuts')); // off again, remembered
  });

  it('a press refused as stale says so and shows the vote the server holds', async () => {
    const { calls, cast } = fakeCast();
    const pad = renderPad(
      cast,
      'live',
      liveSnapshot({ vote: voteSnapshot({ version: 3 }, { [ME.iso3]: 'no' }) }),
    );
    fireEvent.click(screen.getByTestId('vote-yes'));
    await reply(calls[0], {
      ok: false,
      error: {
        code: 'STALE_CAST',
        message: 'A later press from this device was recorded already: your vote is NO',
      },
    });
    pad.rerenderWith('live');
    expect(screen.getByRole('alert').textContent).toMatch(/your vote is NO/);
    expect(screen.getByTestId('vote-recorded').textContent).toBe('Your vote: NO — recorded');
    expect(screen.getByTestId<HTMLButtonElement>('vote-yes').disabled).toBe(false);
  });
});
