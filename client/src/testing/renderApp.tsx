import './jsdom-polyfills';
import { render } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { Providers } from '../app/providers';
import { AppRoutes } from '../app/router';
import { SocketSourceContext } from '../lib/useSocketEvent';
import { FakeSocket } from './fakeSocket';
import { testQueryClient } from './render';

/** Where the router is, for specs that follow a navigation. */
export const location: { current: string } = { current: '' };

function LocationProbe() {
  const l = useLocation();
  location.current = `${l.pathname}${l.search}`;
  return null;
}

/** The whole app at `url`, with its own cache, and a fake socket for screens that go live. */
export function renderApp(url: string, opts: { socket?: FakeSocket } = {}) {
  const client = testQueryClient();
  const app = (
    <MemoryRouter initialEntries={[url]}>
      <Providers queryClient={client}>
        <AppRoutes />
        <LocationProbe />
      </Providers>
    </MemoryRouter>
  );
  // Never the real socket in a spec: it would try to connect, and keep timers alive after it.
  const socket = opts.socket ?? new FakeSocket();
  return {
    client,
    socket,
    ...render(<SocketSourceContext.Provider value={socket.source}>{app}</SocketSourceContext.Provider>),
  };
}
