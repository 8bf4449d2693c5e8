import type { AppRouter } from '@talentsphere/adapters/trpc';
import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, httpLink, type TRPCLink } from '@trpc/client';
import { observable, type Unsubscribable } from '@trpc/server/observable';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import { SessionStore } from './auth/session-store';
import { isSessionError } from './lib/app-error';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

const url = '/trpc';

// These calls establish or end the session themselves; retrying them after a refresh is meaningless.
const sessionProcedures = new Set(['auth.login', 'auth.register', 'auth.refresh', 'auth.logout']);

/** Refresh goes through its own link-free client so it can never recurse into the retry below. */
const refreshClient = createTRPCClient<AppRouter>({ links: [httpLink({ url })] });

export const session = new SessionStore(() => refreshClient.auth.refresh.mutate());

/** On 401 from any other call: refresh once (shared with concurrent callers), then replay the call. */
function refreshOnUnauthorized(store: SessionStore): TRPCLink<AppRouter> {
  return () =>
    ({ op, next }) =>
      observable((observer) => {
        let current: Unsubscribable | undefined;
        let closed = false;
        current = next(op).subscribe({
          next: (value) => observer.next(value),
          complete: () => observer.complete(),
          error: (error) => {
            if (sessionProcedures.has(op.path) || !isSessionError(error)) {
              observer.error(error);
              return;
            }
            void store.refresh().then((renewed) => {
              if (closed) return;
              if (!renewed) {
                observer.error(error);
                return;
              }
              current = next(op).subscribe(observer);
            });
          },
        });
        return () => {
          closed = true;
          current?.unsubscribe();
        };
      });
}

export const trpcClient = createTRPCClient<AppRouter>({
  links: [
    refreshOnUnauthorized(session),
    httpBatchLink({
      url,
      headers: () => {
        const token = session.getAccessToken();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
    }),
  ],
});

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors (4xx) will not fix themselves; retry only what might be transient.
        retry: (failureCount, error) => failureCount < 2 && !isClientError(error),
      },
      mutations: { retry: false },
    },
  });
}

function isClientError(error: unknown): boolean {
  const status = (error as { data?: { httpStatus?: unknown } }).data?.httpStatus;
  return typeof status === 'number' && status >= 400 && status < 500;
}
