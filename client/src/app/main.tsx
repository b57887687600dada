// First: no schema may be built before zod is told not to compile parsers (CSP, no eval).
import '../lib/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { initProjectorMode } from '../lib/projector';
import { Providers } from './providers';
import { AppRoutes } from './router';
import './styles/tokens.css';
import './styles/base.css';

initProjectorMode(window.location.search);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <Providers>
        <AppRoutes />
      </Providers>
    </BrowserRouter>
  </StrictMode>,
);
