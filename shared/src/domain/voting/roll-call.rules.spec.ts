import { inEnglishOrder } from '../../i18n/state-names';
import { lotKey } from '../elections/lot.rules';
import {
  checkRollCallAnswer,
  drawRollCallStart,
  rollCallNow,
  rollCallSequence,
  type RollCallCall,
} from './roll-call.rules';

const STATES = ['TUR', 'TKM', 'CIV', 'CRI', 'PRK', 'DNK', 'AFG', 'ZWE'];

describe('roll-call', () => {
  it('draws the first State by lot, reproducibly from the recorded seed (lowest SHA-256 key)', () => {
    const seed = 'msp23-vote-7';
    const drawn = drawRollCallStart(seed, STATES)!;
    const lowest = [...STATES].sort((a, b) => (lotKey(seed, a) < lotKey(seed, b) ? -1 : 1))[0];
    expect(drawn).toBe(lowest);
    expect(drawRollCallStart(seed, [...STATES].reverse())).toBe(drawn);
    expect(drawRollCallStart('another-seed', STATES)).toBeDefined();
    expect(drawRollCallStart(seed, [])).toBeNull();
  });

  it('calls in UN English alphabetical order from the State drawn, wrapping round', () => {
    const english = inEnglishOrder(STATES);
    // Côte d'Ivoire after Costa Rica; DPRK under D; Türkiye before Turkmenistan.
    expect(english).toEqual(['AFG', 'CRI', 'CIV', 'PRK', 'DNK', 'TUR', 'TKM', 'ZWE']);
    expect(rollCallSequence(english, 'DNK')).toEqual([
      'DNK',
      'TUR',
      'TKM',
      'ZWE',
      'AFG',
      'CRI',
      'CIV',
      'PRK',
    ]);
    expect(rollCallSequence(english, 'AFG')).toEqual(english);
  });

  it('calls those that passed again at the end, in order; a second pass is final', () => {
    const order = ['DNK', 'TUR', 'TKM', 'ZWE'];
    const calls: RollCallCall[] = [];
    const answer = (iso3: string, a: RollCallCall['answer']) => {
      const ok = checkRollCallAnswer(order, calls, iso3);
      if (!ok.ok) throw new Error(`out of turn: ${iso3}, called ${ok.called}`);
      calls.push({ iso3, round: ok.round, answer: a });
    };
    expect(rollCallNow(order, calls)).toMatchObject({ round: 1, called: 'DNK' });
    answer('DNK', 'pass');
    answer('TUR', 'yes');
    expect(checkRollCallAnswer(order, calls, 'ZWE')).toEqual({ ok: false, called: 'TKM' });
    answer('TKM', 'pass');
    answer('ZWE', 'no');
    expect(rollCallNow(order, calls)).toEqual({
      round: 2,
      called: 'DNK',
      passed: ['DNK', 'TKM'],
      declined: [],
    });
    answer('DNK', 'abstain');
    answer('TKM', 'pass');
    expect(rollCallNow(order, calls)).toEqual({ round: null, called: null, passed: [], declined: ['TKM'] });
    expect(checkRollCallAnswer(order, calls, 'TKM')).toEqual({ ok: false, called: null });
  });
});
