import type { LiveStatus } from '../hooks/useConveningLive';
import type { Reference } from '../hooks/useReference';

/** What the Procedures page hands every tab. */
export interface TabProps {
  reference: Reference;
  canWrite: boolean;
  selection: string | null;
  select: (key: string | null) => void;
  live: LiveStatus;
}
