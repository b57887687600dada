import { FixedClock, startTestApp, type TestApp } from '../support/app';

describe('the server’s today (GET /api/time)', () => {
  let t: TestApp;
  // 23:30 UTC on 1 March is already 2 March in Geneva (UTC+1): the date screens must count from.
  const clock = new FixedClock(new Date('2026-03-01T23:30:00Z'));
  beforeAll(async () => {
    t = await startTestApp({ clock });
  });
  afterAll(() => t.close());

  it('answers the calendar date in Geneva, not in UTC, and the instant, without a sign-in', async () => {
    const res = await t.http.get('/api/time').expect(200);
    expect(res.body).toEqual({ today: '2026-03-02', now: '2026-03-01T23:30:00.000Z' });
  });
});
