import { Center, Loader } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from './use-session';

/** Where to go after signing in: the page that sent the visitor to sign-in, else the profile. */
export interface ReturnState {
  readonly from?: string;
  readonly expired?: boolean;
  readonly signedOut?: boolean;
}

export function RequireAuth() {
  const state = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <PageLoader />;
  if (state.status === 'anonymous') {
    // After an explicit sign-out there is nowhere to return to; otherwise come back here after sign-in.
    const returnState: ReturnState =
      state.reason === 'signed-out'
        ? { signedOut: true }
        : {
            from: `${location.pathname}${location.search}${location.hash}`,
            expired: state.reason === 'expired',
          };
    return <Navigate to="/sign-in" replace state={returnState} />;
  }
  return <Outlet />;
}

/** Sign-in and sign-up make no sense with a session: send the visitor on to where they were going. */
export function RequireGuest() {
  const state = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <PageLoader />;
  if (state.status === 'authenticated') {
    const from = (location.state as ReturnState | null)?.from;
    return <Navigate to={safeReturnPath(from)} replace />;
  }
  return <Outlet />;
}

export function safeReturnPath(from: string | undefined): string {
  // Only same-origin paths; never bounce back into the auth pages.
  if (!from?.startsWith('/') || from.startsWith('//') || /^\/sign-(in|up)/.test(from)) return '/profile';
  return from;
}

function PageLoader() {
  return (
    <Center py={120}>
      <Loader aria-label="Loading your session" />
    </Center>
  );
}
