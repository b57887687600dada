import type { ReactNode } from 'react';
import { SessionProvider } from '../features/auth/components/SessionProvider';

/** App-wide context; the router is outside so the specs can swap in a MemoryRouter. */
export function Providers({ children }: { children: ReactNode }) {
  return <SessionProvider>{children}</SessionProvider>;
}
