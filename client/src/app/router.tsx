import { Route, Routes } from 'react-router';
import { BoardPage } from '../pages/BoardPage';
import { ConsolePage } from '../pages/ConsolePage';
import { DeskPage } from '../pages/DeskPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ProceduresPage } from '../pages/ProceduresPage';
import { RegisterPage } from '../pages/RegisterPage';
import { SignInPage } from '../pages/SignInPage';
import { VotePage } from '../pages/VotePage';
import { AppLayout } from './AppLayout';

/** Every screen; rendered inside a BrowserRouter in the app and a MemoryRouter in the specs. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<RegisterPage />} />
        <Route path="desk" element={<DeskPage />} />
        <Route path="console" element={<ConsolePage />} />
        <Route path="vote" element={<VotePage />} />
        <Route path="board" element={<BoardPage />} />
        <Route path="procedures" element={<ProceduresPage />} />
        <Route path="signin" element={<SignInPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
