import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { SessionProvider } from '../features/auth/components/SessionProvider';
import { LocaleProvider } from '../lib/locale/LocaleProvider';
import { createQueryClient } from '../lib/query/queryClient';
import { onSessionChange } from '../lib/session-token';

/** What was read as one principal is not shown to the next: drop it on sign-in and sign-out. */
function useForgetOnSessionChange(client: QueryClient): void {
  useEffect(
    () =>
      onSessionChange(() => {
        client.removeQueries({ type: 'inactive' });
        void client.invalidateQueries();
      }),
    [client],
  );
}

/** App-wide context; the router is outside so the specs can swap in a MemoryRouter. */
export function Providers({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  useForgetOnSessionChange(client);
  return (
    <QueryClientProvider client={client}>
      <LocaleProvider>
        <SessionProvider>{children}</SessionProvider>
      </LocaleProvider>
    </QueryClientProvider>
  );
}
