import './jsdom-polyfills';
import { render } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { Providers } from '../app/providers';
import { AppRoutes } from '../app/router';

/** Where the router is, for specs that follow a navigation. */
export const location: { current: string } = { current: '' };

function LocationProbe() {
  const l = useLocation();
  location.current = `${l.pathname}${l.search}`;
  return null;
}

export function renderApp(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <Providers>
        <AppRoutes />
        <LocationProbe />
      </Providers>
    </MemoryRouter>,
  );
}
