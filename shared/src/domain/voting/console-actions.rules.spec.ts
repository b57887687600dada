import { renderReason } from '../../i18n/reasons.render';
import { consoleActionReasons } from './console-actions.rules';

const LIVE = {
  meeting: { status: 'open' as const },
  quorum: { present: 100, decision: { required: 81, met: true, explanation: '' } },
  vote: null,
};
const rollCall = {
  drawn: 'TUR',
  order: ['TUR', 'TKM', 'UGA'],
  seed: 's',
  passed: [] as string[],
  declined: [],
};

describe('the console’s disabled actions and their reasons', () => {
  it('leaves every action available in an open meeting with its quorum', () => {
    expect(consoleActionReasons(LIVE, false)).toEqual({ consensus: null, openVote: null, closeVote: null });
  });

  it('says why a vote cannot be opened when the quorum is lost', () => {
    const r = consoleActionReasons(
      { ...LIVE, quorum: { present: 70, decision: { required: 81, met: false, explanation: '' } } },
      false,
    );
    expect(r.openVote).toEqual({ code: 'action.noDecisionQuorum', params: { present: 70, required: 81 } });
    expect(renderReason('en', r.openVote!)).toBe('Needs the quorum for decisions: 70 present, 81 required.');
    expect(r.consensus).toEqual(r.openVote);
  });

  it('puts the meeting’s status before the quorum', () => {
    const r = consoleActionReasons({ ...LIVE, meeting: { status: 'suspended' } }, false);
    expect(renderReason('en', r.openVote!)).toBe('The meeting is suspended: resume it first.');
  });

  it('keeps the close until the roll-call has gone round, naming the State called', () => {
    const vote = { status: 'open' as const, votes: { TUR: 'yes' as const }, rollCall };
    expect(renderReason('en', consoleActionReasons({ ...LIVE, vote }, false).closeVote!)).toBe(
      'The roll-call is not finished: Turkmenistan is being called.',
    );
    const again = {
      ...vote,
      votes: { TUR: 'yes' as const, UGA: 'no' as const },
      rollCall: { ...rollCall, passed: ['TKM'] },
    };
    expect(renderReason('en', consoleActionReasons({ ...LIVE, vote: again }, false).closeVote!)).toBe(
      'The roll-call is not finished: Turkmenistan is called again.',
    );
    const done = { ...again, rollCall: { ...rollCall, declined: ['TKM'] } };
    expect(consoleActionReasons({ ...LIVE, vote: done }, false).closeVote).toBeNull();
  });
});
