import { decide } from '../domain/decisions/decisions.rules';
import { ReasonSchema } from './reason.contract';

describe('ReasonSchema', () => {
  it('accepts a reason the rules produce, as stored and sent', () => {
    const reason = decide('two-thirds-present-voting', { yes: 91, no: 45, abstain: 4 }).reason;
    expect(ReasonSchema.parse(JSON.parse(JSON.stringify(reason)))).toEqual(reason);
  });

  it.each([
    [{ code: 'decision.madeUp', params: {} }],
    [{ code: 'decision.adopted', params: { yes: { nested: 1 } } }],
    [{ code: 'decision.adopted' }],
  ])('refuses %j', (value) => {
    expect(ReasonSchema.safeParse(value).success).toBe(false);
  });
});
