import type { QuorumView } from '@plenary/shared';
import { decisionWarning } from './consoleFigures';

describe('console figures', () => {
  const q = (present: number, required: number | null = 81): QuorumView => ({
    meetingId: 'm1',
    date: '2026-03-02',
    parties: 161,
    participants: 161,
    present,
    opening: { required: 54, met: present >= 54, explanation: '' },
    decision: {
      required,
      met: required !== null && present >= required,
      explanation: 'No quorum: 60 of 161.',
    },
  });

  it('warns when no decision could be taken, with how many more are needed', () => {
    expect(decisionWarning(q(81))).toBeNull();
    expect(decisionWarning(q(60))).toBe('No decision can be taken: 60 present, 81 needed (21 more).');
  });

  it('says when a meeting takes no decisions at all', () => {
    expect(decisionWarning(q(60, null))).toBe('This meeting takes no decisions.');
  });
});
