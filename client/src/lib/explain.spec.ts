import { decide, quorumMet, renderReason } from '@plenary/shared';
import { explainIn } from './explain';

describe('explanations in the page’s language', () => {
  const quorum = quorumMet('msp', 'decision', 80, 161);

  it('renders the reason in a language other than English, from its code and facts', () => {
    const fr = explainIn('fr', quorum);
    expect(fr).toBe(renderReason('fr', quorum.reason));
    expect(fr).toContain('80');
    expect(fr).not.toBe(quorum.explanation);
    const d = decide('two-thirds-present-voting', { yes: 91, no: 45, abstain: 4 });
    expect(explainIn('ar', d)).toBe(renderReason('ar', d.reason));
  });

  it('keeps the rule’s own English sentence in English, and for an older result without a reason', () => {
    expect(explainIn('en', quorum)).toBe(quorum.explanation);
    expect(explainIn('zh', { explanation: 'Adopted: 1 yes of 1.' })).toBe('Adopted: 1 yes of 1.');
    expect(explainIn('fr', { explanation: null, reason: null })).toBe('');
  });
});
