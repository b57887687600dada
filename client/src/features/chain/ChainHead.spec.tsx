import { cleanup, screen } from '@testing-library/react';
import { mockFetch } from '../../testing/mockFetch';
import { renderWithClient } from '../../testing/render';
import { ChainHead } from './ChainHead';

const MEETING = '6f1d2c3b-0000-4000-8000-000000000001';
const HASH = '7b2f1c6dfc71526bbb933c6a461d4f3fabb625d72e9fe0b57499ce7c47cf14c0';

describe('ChainHead', () => {
  afterEach(cleanup);

  it("shows the record's last entry number and the start of its hash, the whole hash on hover", async () => {
    const f = mockFetch({
      [`GET /api/meetings/${MEETING}/record/head`]: () => ({
        body: { meetingId: MEETING, seq: 42, hash: HASH, at: '2026-03-02T09:00:00.000001Z' },
      }),
    });
    try {
      renderWithClient(<ChainHead meetingId={MEETING} meetingVersion={1} />);
      const head = await screen.findByTestId('record-head');
      expect(head.textContent).toBe('Record chain head: entry no. 42, sha256 7b2f1c6dfc71526b…');
      expect(head.getAttribute('title')).toBe(HASH);
    } finally {
      f.restore();
    }
  });

  it('says so when the record is still empty', async () => {
    const f = mockFetch({
      [`GET /api/meetings/${MEETING}/record/head`]: () => ({
        body: { meetingId: MEETING, seq: 0, hash: null, at: null },
      }),
    });
    try {
      renderWithClient(<ChainHead meetingId={MEETING} meetingVersion={1} />);
      expect((await screen.findByTestId('record-head')).textContent).toBe(
        'Record chain head: no entries yet',
      );
    } finally {
      f.restore();
    }
  });
});
