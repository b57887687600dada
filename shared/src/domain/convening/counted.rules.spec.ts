import type {
  AmendmentView,
  ConveningCounted,
  CountProgressView,
  DeadlineViewDto,
  SpecialMeetingProposalView,
} from '../../contracts/http/convening.contract';
import { applyCountToAmendment, applyCountToProposal } from './counted.rules';

const deadline = (lastDay: string, daysRemaining: number): DeadlineViewDto => ({
  lastDay,
  daysRemaining,
  passed: daysRemaining < 0,
  explanation: '',
});
const progress = (count: number, over: Partial<CountProgressView> = {}): CountProgressView => ({
  rule: 'one-third-of-parties',
  countedOn: '2026-03-02',
  count,
  parties: 161,
  required: 54,
  met: count >= 54,
  metOn: count >= 54 ? '2026-03-02' : null,
  explanation: '',
  ...over,
});

const proposal = (over: Partial<SpecialMeetingProposalView> = {}): SpecialMeetingProposalView => ({
  id: 'p1',
  clarificationId: null,
  requestingStates: ['AGO'],
  matter: 'A matter',
  communicatedOn: '2026-02-20',
  favourBy: deadline('2026-03-06', 4),
  conveneBy: deadline('2026-03-20', 18),
  phase: 'collecting',
  progress: progress(10),
  favouring: [],
  meetingId: null,
  lapsed: null,
  missions: [],
  decisions: [],
  ...over,
});

const amendment = (over: Partial<AmendmentView> = {}): AmendmentView => ({
  id: 'a1',
  proposedBy: 'AGO',
  text: 'Amend Article 1',
  circulatedOn: '2026-02-20',
  supportBy: deadline('2026-03-22', 20),
  phase: 'collecting',
  support: progress(10, { rule: 'majority-of-parties', required: 81 }),
  supporters: [],
  earlierRequest: progress(0, { rule: 'majority-of-parties', required: 81 }),
  earlierRequesters: [],
  conferenceMeetingId: null,
  adoption: null,
  acceptances: [],
  entryIntoForce: null,
  ...over,
});

const counted = (
  procedure: ConveningCounted['procedure'],
  p: CountProgressView,
  id = 'p1',
): ConveningCounted => ({
  procedure,
  id,
  progress: p,
});

describe('a live count applied to a Special Meeting proposal', () => {
  it('takes the new count and the phase the shared rule gives on the server’s today', () => {
    const met = applyCountToProposal(proposal(), counted('special-meeting', progress(54)), '2026-03-02');
    expect(met).toMatchObject({ phase: 'met', progress: { count: 54 } });
    const still = applyCountToProposal(proposal(), counted('special-meeting', progress(20)), '2026-03-06');
    expect(still.phase).toBe('collecting');
    // After the last day without the one-third, the proposal has lapsed.
    const late = applyCountToProposal(proposal(), counted('special-meeting', progress(20)), '2026-03-07');
    expect(late.phase).toBe('lapsed');
  });

  it('ignores counts of other procedures or proposals, and keeps a recorded lapse', () => {
    const p = proposal();
    expect(applyCountToProposal(p, counted('amendment-support', progress(60)), '2026-03-02')).toBe(p);
    expect(applyCountToProposal(p, counted('special-meeting', progress(60), 'other'), '2026-03-02')).toBe(p);
    const lapsed = proposal({
      phase: 'lapsed',
      lapsed: { count: 20, parties: 161, required: 54, explanation: '' },
    });
    expect(applyCountToProposal(lapsed, counted('special-meeting', progress(20)), '2026-03-02').phase).toBe(
      'lapsed',
    );
  });
});

describe('a live count applied to a proposed amendment', () => {
  const majority = (n: number) => progress(n, { rule: 'majority-of-parties', required: 81, met: n >= 81 });

  it('moves the phase with support, by the shared rule on today (not by hand)', () => {
    expect(
      applyCountToAmendment(amendment(), counted('amendment-support', majority(81), 'a1'), '2026-03-02'),
    ).toMatchObject({
      phase: 'met',
      support: { count: 81 },
    });
    // Support short of a majority after the 30 days: lapsed, which a hand-made "met or not" missed.
    expect(
      applyCountToAmendment(amendment(), counted('amendment-support', majority(40), 'a1'), '2026-03-23')
        ?.phase,
    ).toBe('lapsed');
    // A conference already convened stays convened.
    expect(
      applyCountToAmendment(
        amendment({ conferenceMeetingId: 'm9', phase: 'convened' }),
        counted('amendment-support', majority(90), 'a1'),
        '2026-03-02',
      )?.phase,
    ).toBe('convened');
  });

  it('patches requests to meet earlier, and asks for a re-read on acceptances', () => {
    const a = amendment();
    expect(
      applyCountToAmendment(a, counted('amendment-earlier', majority(5), 'a1'), '2026-03-02'),
    ).toMatchObject({
      phase: 'collecting',
      earlierRequest: { count: 5 },
    });
    expect(
      applyCountToAmendment(a, counted('amendment-acceptance', majority(5), 'a1'), '2026-03-02'),
    ).toBeNull();
    expect(applyCountToAmendment(a, counted('amendment-support', majority(5), 'a2'), '2026-03-02')).toBe(a);
  });
});
