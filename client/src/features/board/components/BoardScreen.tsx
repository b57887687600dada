import type { LiveSnapshot, RecordHead } from '@plenary/shared';
import { useEffect, useRef, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useT } from '../../../lib/locale/context';
import type { ConnectionState } from '../../live/connection';
import { BoardView } from './BoardView';

/** How often a board that cannot show an update asks for a fresh snapshot. */
const RETRY_AFTER_MS = 10_000;

/** Runs `onCommit` after its children rendered and committed without throwing. */
function Committed({ onCommit, children }: { onCommit: () => void; children: ReactNode }) {
  useEffect(() => {
    onCommit();
  });
  return children;
}

/**
 * The board that cannot go blank: if a snapshot cannot be shown (a malformed tally makes the
 * shared rules throw), the room keeps the last state that rendered, with a line saying so, while
 * the board asks for a fresh snapshot. The next good update replaces it.
 */
export function BoardScreen({
  snapshot,
  connection,
  error,
  onRenderError,
  recordHead,
}: {
  snapshot: LiveSnapshot | null;
  connection: ConnectionState;
  error: string | null;
  onRenderError: () => void;
  recordHead?: RecordHead | null;
}) {
  const t = useT();
  const lastGood = useRef<LiveSnapshot | null>(null);
  const lastRetry = useRef(0);
  return (
    <ErrorBoundary
      resetKeys={[snapshot]}
      onError={() => {
        const now = Date.now();
        if (now - lastRetry.current < RETRY_AFTER_MS) return;
        lastRetry.current = now;
        onRenderError();
      }}
      fallbackRender={() => (
        <BoardView snapshot={lastGood.current} connection={connection} notice={t('board.notice.lastGood')} />
      )}
    >
      <Committed
        onCommit={() => {
          lastGood.current = snapshot;
        }}
      >
        <BoardView snapshot={snapshot} connection={connection} error={error} recordHead={recordHead} />
      </Committed>
    </ErrorBoundary>
  );
}
