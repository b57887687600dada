import { lazy, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout, BareLayout } from './AppLayout';
import { Screen } from './Screen';

/** A page as its own chunk: the board and the pad download only what they show. */
function lazyPage<M>(load: () => Promise<M>, pick: (m: M) => ComponentType) {
  return lazy(async () => ({ default: pick(await load()) }));
}

const RegisterPage = lazyPage(
  () => import('../pages/RegisterPage'),
  (m) => m.RegisterPage,
);
const DeskPage = lazyPage(
  () => import('../pages/DeskPage'),
  (m) => m.DeskPage,
);
const ConsolePage = lazyPage(
  () => import('../pages/ConsolePage'),
  (m) => m.ConsolePage,
);
const VotePage = lazyPage(
  () => import('../pages/VotePage'),
  (m) => m.VotePage,
);
const BoardPage = lazyPage(
  () => import('../pages/BoardPage'),
  (m) => m.BoardPage,
);
const ProceduresPage = lazyPage(
  () => import('../pages/ProceduresPage'),
  (m) => m.ProceduresPage,
);
const OfficeholdersPage = lazyPage(
  () => import('../pages/OfficeholdersPage'),
  (m) => m.OfficeholdersPage,
);
const SlatesPage = lazyPage(
  () => import('../pages/SlatesPage'),
  (m) => m.SlatesPage,
);
const SignInPage = lazyPage(
  () => import('../pages/SignInPage'),
  (m) => m.SignInPage,
);
const RecordPrintPage = lazyPage(
  () => import('../pages/RecordPrintPage'),
  (m) => m.RecordPrintPage,
);
const NotFoundPage = lazyPage(
  () => import('../pages/NotFoundPage'),
  (m) => m.NotFoundPage,
);

/** Every screen; rendered inside a BrowserRouter in the app and a MemoryRouter in the specs. */
export function AppRoutes() {
  return (
    <Routes>
      {/* The board fills the screen on its own: no header or menu behind it to tab into. */}
      <Route path="board" element={<BareLayout />}>
        <Route
          index
          element={
            <Screen name="board">
              <BoardPage />
            </Screen>
          }
        />
      </Route>
      {/* The official record for paper: no header or menu to print. */}
      <Route path="record/:meetingId/print" element={<BareLayout />}>
        <Route
          index
          element={
            <Screen name="record">
              <RecordPrintPage />
            </Screen>
          }
        />
      </Route>
      <Route element={<AppLayout />}>
        <Route
          index
          element={
            <Screen name="register">
              <RegisterPage />
            </Screen>
          }
        />
        <Route
          path="desk"
          element={
            <Screen name="desk">
              <DeskPage />
            </Screen>
          }
        />
        <Route
          path="console"
          element={
            <Screen name="console">
              <ConsolePage />
            </Screen>
          }
        />
        <Route
          path="officeholders"
          element={
            <Screen name="officeholders">
              <OfficeholdersPage />
            </Screen>
          }
        />
        <Route
          path="officeholders/slates/:meetingId"
          element={
            <Screen name="slates">
              <SlatesPage />
            </Screen>
          }
        />
        <Route
          path="vote"
          element={
            <Screen name="vote">
              <VotePage />
            </Screen>
          }
        />
        <Route
          path="procedures"
          element={
            <Screen name="procedures">
              <ProceduresPage />
            </Screen>
          }
        />
        <Route
          path="signin"
          element={
            <Screen name="signin">
              <SignInPage />
            </Screen>
          }
        />
        <Route
          path="*"
          element={
            <Screen name="notFound">
              <NotFoundPage />
            </Screen>
          }
        />
      </Route>
    </Routes>
  );
}
