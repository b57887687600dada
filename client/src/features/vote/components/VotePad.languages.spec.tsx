import '../../../testing/jsdom-polyfills';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { LocaleProvider } from '../../../lib/locale/LocaleProvider';
import type { LocaleCode } from '../../../lib/locale/locales';
import { liveSnapshot, voteSnapshot } from '../../../testing/liveFixtures';
import { VotePad } from './VotePad';
import { castOk, delegation, fakeCast, type Call } from './votePad.fixtures';

function renderPad(lang: LocaleCode, snapshot = liveSnapshot()) {
  const { calls, cast } = fakeCast();
  let n = 0;
  render(
    <LocaleProvider initial={lang}>
      <VotePad
        snapshot={snapshot}
        connection="live"
        principal={delegation}
        cast={cast}
        newOpId={() => `op-${++n}`}
        now={() => 1_000_000}
      />
    </LocaleProvider>,
  );
  return calls;
}

const reply = (c: Call) =>
  act(async () => {
    c.answer(castOk(c));
    await Promise.resolve();
  });

afterEach(cleanup);

describe('the voting pad in French and Arabic', () => {
  it('speaks French: the choices, the press on its way, the vote recorded', async () => {
    const calls = renderPad('fr');
    expect(screen.getByTestId('vote-yes').textContent).toBe('YOui');
    expect(screen.getByTestId('vote-abstain').textContent).toBe('AAbstention');
    expect(screen.getByRole('group', { name: 'Votre vote' })).toBeTruthy();
    expect(screen.getByText('Vote enregistré · Vote ouvert')).toBeTruthy();
    expect(
      screen.getByText("Vous pouvez modifier votre vote jusqu'à ce que le Président clôture le vote."),
    ).toBeTruthy();
    fireEvent.click(screen.getByTestId('vote-yes'));
    expect(screen.getByTestId('vote-yes').textContent).toContain('Oui : en attente…');
    expect(screen.getByTestId('vote-sending').textContent).toBe('Envoi de OUI…');
    await reply(calls[0]);
    expect(screen.getByTestId('vote-recorded').textContent).toMatch(
      /^Votre vote : OUI — enregistré à \d\d:\d\d:\d\d$/,
    );
    expect(screen.getByTestId('pad-announce').textContent).toBe(
      'Le vote est ouvert. Votre vote OUI est enregistré.',
    );
    expect(screen.getByTestId('pad-shortcuts').parentElement?.textContent).toBe(
      'Raccourcis clavier Y, N, A (chacun demande confirmation)',
    );
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('speaks Arabic right to left, the secret ballot’s confirmation included', async () => {
    const calls = renderPad(
      'ar',
      liveSnapshot({ vote: voteSnapshot({ method: 'secret', counts: null, votes: null, voted: [] }) }),
    );
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(screen.getByText('اقتراع سري · التصويت مفتوح')).toBeTruthy();
    expect(screen.getByTestId('vote-no').textContent).toBe('Nلا');
    fireEvent.click(screen.getByTestId('vote-no'));
    expect(calls).toHaveLength(0);
    expect(screen.getByRole('heading', { name: 'الإدلاء باقتراعكم السري: «لا»؟' })).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByTestId('confirm-ok'));
      await Promise.resolve();
    });
    await reply(calls[0]);
    expect(screen.getByTestId('vote-recorded').textContent).toBe(
      'أُدلي باقتراعكم السري: «لا» (يظهر على هذا الجهاز فقط).',
    );
  });

  it('says the meeting’s state in the language shown', () => {
    renderPad('ru', liveSnapshot({ meeting: { ...liveSnapshot().meeting, status: 'suspended' } }));
    expect(screen.getByText('Заседание приостановлено.')).toBeTruthy();
    expect(screen.getByTestId('connection').textContent).toBe('В эфире');
  });
});
