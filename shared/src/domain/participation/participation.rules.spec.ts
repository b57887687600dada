import { isParticipant } from './participation.rules';

describe('isParticipant', () => {
  it.each([
    ['accepted', 'party', true],
    ['provisional', 'party', true],
    ['none', 'party', false],
    ['accepted', 'pending', false],
    ['accepted', 'withdrawn', false],
    ['accepted', 'non-party', false],
  ] as const)(
    'a State with credentials %s and status %s participates: %s',
    (credentials, status, expected) => {
      expect(isParticipant({ kind: 'state', credentials }, status)).toBe(expected);
    },
  );

  it('never counts an organisation, whatever its credentials', () => {
    expect(isParticipant({ kind: 'organisation', credentials: 'accepted' }, null)).toBe(false);
  });
});
