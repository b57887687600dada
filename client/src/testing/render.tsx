import './jsdom-polyfills';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { createQueryClient } from '../lib/query/queryClient';
import { SocketSourceContext } from '../lib/useSocketEvent';
import { FakeSocket } from './fakeSocket';

/** A fresh cache per spec (nothing carried over, no retries, no background re-reads). */
export function testQueryClient(): QueryClient {
  const client = createQueryClient({ retry: false });
  // No garbage-collection timers left behind after a spec unmounts.
  client.setDefaultOptions({
    queries: {
      ...client.getDefaultOptions().queries,
      refetchOnWindowFocus: false,
      staleTime: Infinity,
      gcTime: Infinity,
    },
  });
  return client;
}

export interface WithClientOptions extends Omit<RenderOptions, 'wrapper'> {
  client?: QueryClient;
  /** The stand-in socket the spec drives (a silent one by default). */
  socket?: FakeSocket;
  route?: string;
}

/** Renders a component with the cache (and a router, and a fake socket when given) it needs. */
export function renderWithClient(ui: ReactElement, opts: WithClientOptions = {}) {
  const client = opts.client ?? testQueryClient();
  // Never the real socket in a spec: it would try to connect, and keep timers alive after it.
  const socket = opts.socket ?? new FakeSocket();
  const Wrapper = ({ children }: { children: ReactNode }) => (
    <SocketSourceContext.Provider value={socket.source}>
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[opts.route ?? '/']}>{children}</MemoryRouter>
      </QueryClientProvider>
    </SocketSourceContext.Provider>
  );
  return { client, ...render(ui, { ...opts, wrapper: Wrapper }) };
}
