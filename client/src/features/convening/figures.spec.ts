import {
  countArithmetic,
  daysRemainingText,
  extensionPreview,
  progressPercent,
  thresholdArithmetic,
} from './figures';
import { createT } from '../../lib/locale/translate';

const t = createT('en');
const fr = createT('fr');
const ar = createT('ar');

describe('convening figures', () => {
  it.each([
    ['one-third-of-parties', 54, 161, '54 of 161: 3 × 54 = 162 ≥ 161'],
    ['majority-of-parties', 81, 161, '81 of 161: 2 × 81 = 162 > 161'],
    ['one-third-of-parties', 54, 162, '54 of 162: 3 × 54 = 162 ≥ 162'],
  ] as const)('shows the threshold %s of %i as arithmetic', (rule, required, parties, text) => {
    expect(thresholdArithmetic({ rule, required, parties }, t)).toBe(text);
  });
  it('shows an unmet count with the comparison that fails', () => {
    expect(countArithmetic({ rule: 'majority-of-parties', count: 80, parties: 161 }, t)).toBe(
      '80 of 161: 2 × 80 = 160 ≤ 161',
    );
  });
  it.each([
    [14, '14 days remaining'],
    [1, '1 day remaining'],
    [0, 'last day today'],
    [-3, 'passed 3 days ago'],
    [-1, 'passed 1 day ago'],
  ])('says %i days as "%s"', (n, text) => expect(daysRemainingText(n, t)).toBe(text));
  it('says the days in French and Arabic, with every plural form', () => {
    expect(daysRemainingText(1, fr)).toBe('1 jour restant');
    expect(daysRemainingText(14, fr)).toBe('14 jours restants');
    expect(daysRemainingText(0, fr)).toBe('dernier jour aujourd’hui');
    expect(daysRemainingText(2, ar)).toBe('يتبقى يومان');
    expect(daysRemainingText(5, ar)).toBe('يتبقى 5 أيام');
    expect(daysRemainingText(11, ar)).toBe('يتبقى 11 يوما');
    expect(daysRemainingText(-1, ar)).toBe('انقضى منذ يوم واحد');
  });
  it('caps the bar at the threshold', () => {
    expect(progressPercent(27, 54)).toBe(50);
    expect(progressPercent(60, 54)).toBe(100);
  });
  it('previews an extension with the shared rule (clamped at month end)', () => {
    expect(extensionPreview('2027-03-01', 5)).toEqual({ ok: true, deadline: '2032-03-01' });
    expect(extensionPreview('', 5)).toMatchObject({ ok: false });
    expect(extensionPreview('2027-03-01', 0)).toMatchObject({ ok: false });
  });
});
