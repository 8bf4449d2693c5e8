import { createBrowserRouter } from 'react-router';
import { RequireAuth, RequireGuest } from './auth/route-guards';
import { AppLayout } from './components/app-layout';
import { RouteError } from './components/route-error';
import { LandingPage } from './pages/landing-page';
import { NotFoundPage } from './pages/not-found-page';
import { ProfilePage } from './pages/profile-page';
import { SignInPage } from './pages/sign-in-page';
import { SignUpPage } from './pages/sign-up-page';

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <LandingPage /> },
      {
        element: <RequireGuest />,
        children: [
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'sign-up', element: <SignUpPage /> },
        ],
      },
      { element: <RequireAuth />, children: [{ path: 'profile', element: <ProfilePage /> }] },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
