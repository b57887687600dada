import '../../../testing/jsdom-polyfills';
import { cleanup, render, screen } from '@testing-library/react';
import { consoleActionReasons } from '@plenary/shared';
import { LocaleProvider } from '../../../lib/locale/LocaleProvider';
import type { LocaleCode } from '../../../lib/locale/locales';
import { LIVE, question, vote } from '../consoleFigures.fixtures';
import { Declaration, ShortcutLegend } from './Declaration';
import { VotePanel } from './VotePanel';

const rollCall = vote({
  method: 'roll-call',
  votes: { CHL: 'yes' },
  rollCall: {
    drawn: 'CHL',
    order: ['CHL', 'DNK', 'AFG', 'AGO', 'BEL'],
    seed: 'abc',
    passed: [],
    declined: [],
  },
});

function renderPanel(lang: LocaleCode, v = vote()) {
  return render(
    <LocaleProvider initial={lang}>
      <VotePanel
        vote={v}
        question={question}
        busy={false}
        onClose={() => undefined}
        closeReason={consoleActionReasons({ ...LIVE, vote: v }, false).closeVote}
        onAnswer={() => Promise.resolve(true)}
      />
      <ShortcutLegend />
    </LocaleProvider>,
  );
}

afterEach(cleanup);

describe('the President’s console in French and Arabic', () => {
  it('speaks French: the rule, the counts, what is needed and who has not voted, by their French names', () => {
    renderPanel('fr');
    expect(
      screen.getByText(
        "Majorité des deux tiers des États parties présents et votants — Règlement intérieur (modèle de l'ONU)",
      ),
    ).toBeTruthy();
    expect(screen.getByText('Oui')).toBeTruthy();
    expect(screen.getByTestId('console-needed').textContent).toBe(
      "Présents et votants 3 · voix pour requises maintenant 2 · serait adopté en l'état du vote",
    );
    expect(screen.getByTestId('console-entitled').textContent).toBe(
      '5 États parties présents et admis à voter',
    );
    expect(
      Array.from(screen.getByTestId('console-not-voted').querySelectorAll('li')).map((li) => li.textContent),
    ).toEqual(['Afghanistan', 'Chili']);
    expect(screen.getByTestId('close-vote').textContent).toBe('Clore le vote C');
    expect(screen.getByRole('complementary', { name: 'Raccourcis clavier' }).textContent).toBe(
      'O ouvrir le vote · C clore le vote · D proclamer / suivant · chaque étape demande confirmation (Enter / Esc)',
    );
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('runs the roll-call in French with the States in the roll-call’s own order', () => {
    renderPanel('fr', rollCall);
    expect(screen.getByTestId('roll-call').textContent).toContain(
      'Appel nominal · tiré au sort : Chili (graine abc)',
    );
    expect(screen.getByTestId('roll-call-called').textContent).toBe('Danemark');
    expect(screen.getByRole('group', { name: 'Réponse de : Danemark' })).toBeTruthy();
    // Next in the roll-call's order (drawn by lot, then English alphabetical), not French order.
    expect(screen.getByText(/ensuite : Afghanistan, Angola et Belgique/)).toBeTruthy();
    expect(screen.getByTestId('roll-call-abstain').textContent).toBe('Abstention');
    expect(screen.getByTestId('roll-call-pass').textContent).toBe('Passe');
  });

  it('speaks Arabic right to left, the declaration included', () => {
    const result = {
      outcome: 'rejected' as const,
      yes: 1,
      no: 2,
      abstain: 0,
      presentAndVoting: 3,
      required: 2,
      quorumRequired: 3,
      presentAtClose: 5,
      explanation: 'Rejected: 1 yes of 3 present and voting.',
    };
    render(
      <LocaleProvider initial="ar">
        <Declaration
          question={{ ...question, status: 'rejected' }}
          vote={vote({ status: 'closed', result })}
          onNext={() => undefined}
        />
      </LocaleProvider>,
    );
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByTestId('console-outcome').textContent).toBe('رُفض');
    expect(screen.getByTestId('console-outcome-sentence').textContent).toMatch(/^رُفض/);
    expect(screen.getByText('المطلوب')).toBeTruthy();
    expect(screen.getByTestId('next-question').textContent).toBe('المسألة التالية D');
    expect(screen.getByText(/^تصويت مسجل · الحاضرين والمصوتين: 3 · /)).toBeTruthy();
  });
});
