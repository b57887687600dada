import './jsdom-polyfills';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { createQueryClient } from '../lib/query/queryClient';
import { SocketSourceContext } from '../lib/useSocketEvent';
import type { FakeSocket } from './fakeSocket';

/** A fresh cache per spec (nothing carried over, no retries, no background re-reads). */
export function testQueryClient(): QueryClient {
  const client = createQueryClient({ retry: false });
  client.setDefaultOptions({
    queries: { ...client.getDefaultOptions().queries, refetchOnWindowFocus: false, staleTime: Infinity },
  });
  return client;
}

export interface WithClientOptions extends Omit<RenderOptions, 'wrapper'> {
  client?: QueryClient;
  /** A stand-in socket; without one, hooks would open a real connection. */
  socket?: FakeSocket;
  route?: string;
}

/** Renders a component with the cache (and a router, and a fake socket when given) it needs. */
export function renderWithClient(ui: ReactElement, opts: WithClientOptions = {}) {
  const client = opts.client ?? testQueryClient();
  const Wrapper = ({ children }: { children: ReactNode }) => {
    const inner = (
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[opts.route ?? '/']}>{children}</MemoryRouter>
      </QueryClientProvider>
    );
    return opts.socket ? (
      <SocketSourceContext.Provider value={opts.socket.source}>{inner}</SocketSourceContext.Provider>
    ) : (
      inner
    );
  };
  return { client, ...render(ui, { ...opts, wrapper: Wrapper }) };
}
