import '../../../testing/jsdom-polyfills';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { Ack, ElectionCastResult, ElectionView } from '@plenary/shared';
import { ElectionBallot } from './ElectionBallot';

const election: ElectionView = {
  id: 'e1',
  meetingId: 'm1',
  title: 'Election of two Vice-Presidents',
  places: 2,
  electionDate: '2026-03-02',
  office: { kind: 'vice-president' },
  termFrom: '2026-03-02',
  termUntil: null,
  status: 'open',
  candidates: ['BRA', 'NOR', 'THA'].map((s, i) => ({
    id: s,
    state: s,
    stateName: ['Brazil', 'Norway', 'Thailand'][i],
    person: null,
    regionalGroup: null,
  })),
  withdrawals: [],
  acclaimedBeforeRound: null,
  rounds: [
    {
      id: 'r1',
      round: {
        number: 1,
        kind: 'first',
        inSeries: 1,
        candidates: ['BRA', 'NOR', 'THA'],
        placesLeft: 2,
        tieBreak: 'further-ballot',
      },
      status: 'open',
      eligible: 161,
      voted: 0,
      count: null,
      lot: null,
    },
  ],
  openRound: 1,
  elected: [],
  placesLeft: 2,
  standing: ['BRA', 'NOR', 'THA'],
  next: {
    step: 'ballot',
    round: {
      number: 1,
      kind: 'first',
      inSeries: 1,
      candidates: ['BRA', 'NOR', 'THA'],
      placesLeft: 2,
      tieBreak: 'further-ballot',
    },
  },
  acclamation: { available: false, reason: null },
  termsRefusal: null,
  version: 2,
};

type Call = { marks: string[]; opId: string; answer: (a: Ack<ElectionCastResult>) => void };

function fakeCast() {
  const calls: Call[] = [];
  const cast = (_e: string, _r: number, marks: string[], opId: string) =>
    new Promise<Ack<ElectionCastResult>>((answer) => calls.push({ marks, opId, answer }));
  return { calls, cast };
}

afterEach(cleanup);

describe('ElectionBallot (the pad)', () => {
  it('offers at most the places left, sends the marks, and retries a lost answer with the same opId', async () => {
    const { calls, cast } = fakeCast();
    let n = 0;
    render(<ElectionBallot election={election} canVote cast={cast} newOpId={() => `op-${++n}`} />);
    fireEvent.click(screen.getByLabelText('Brazil'));
    fireEvent.click(screen.getByLabelText('Thailand'));
    expect(screen.getByLabelText<HTMLInputElement>('Norway').disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Cast the ballot' }));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ marks: ['BRA', 'THA'], opId: 'op-1' });
    await act(async () => {
      calls[0].answer({
        ok: false,
        error: { code: 'TIMEOUT', message: 'The server did not answer in time.' },
      });
      await Promise.resolve();
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send again' }));
    expect(calls[1]).toMatchObject({ marks: ['BRA', 'THA'], opId: 'op-1' });
    await act(async () => {
      calls[1].answer({ ok: true, data: { electionId: 'e1', round: 1, opId: 'op-1', replayed: true } });
      await Promise.resolve();
    });
    expect(screen.getByTestId('ballot-recorded')).toBeTruthy();
  });

  it('casts a blank ballot as an abstention, and shows observers no button', () => {
    const { calls, cast } = fakeCast();
    const { unmount } = render(
      <ElectionBallot election={election} canVote cast={cast} newOpId={() => 'op'} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cast a blank ballot (abstention)' }));
    expect(calls[0].marks).toEqual([]);
    unmount();
    render(<ElectionBallot election={election} canVote={false} cast={cast} newOpId={() => 'op'} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('Observers follow the ballot; they do not vote.')).toBeTruthy();
  });
});
