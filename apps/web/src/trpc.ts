import type { AppRouter } from '@talentsphere/adapters/trpc';
import { QueryClient } from '@tanstack/react-query';
import {
  createTRPCClient,
  httpBatchLink,
  httpLink,
  httpSubscriptionLink,
  type Operation,
  splitLink,
  type TRPCLink,
} from '@trpc/client';
import { observable, type Unsubscribable } from '@trpc/server/observable';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import { EventSource } from 'eventsource';
import { SessionStore } from './auth/session-store';
import { isSessionError } from './lib/app-error';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

const url = '/trpc';

// These calls establish or end the session themselves; retrying them after a refresh is meaningless.
const sessionProcedures = new Set(['auth.login', 'auth.register', 'auth.refresh', 'auth.logout']);

/** Refresh goes through its own link-free client so it can never recurse into the retry below. */
const refreshClient = createTRPCClient<AppRouter>({ links: [httpLink({ url })] });

export const session = new SessionStore(() => refreshClient.auth.refresh.mutate());

/** What the links need of the session: the current access token, and a way to renew it. */
export type LinkSession = Pick<SessionStore, 'getAccessToken' | 'refresh'>;

/**
 * On 401 from any other call: refresh once (shared with concurrent callers), then replay the call. A
 * subscription lives long enough to outlast tokens: it is replayed after each lapse, provided it
 * received data since the last one (so a refusal that a refresh does not cure ends it), and resumes
 * after the last tracked id it received rather than from the start.
 */
function refreshOnUnauthorized(store: LinkSession): TRPCLink<AppRouter> {
  return () =>
    ({ op, next }) =>
      observable((observer) => {
        let current: Unsubscribable | undefined;
        let closed = false;
        let lastEventId: string | undefined;
        let mayRefresh = true;
        const attempt = (operation: Operation) => {
          current = next(operation).subscribe({
            next: (value) => {
              const result = value.result;
              if (op.type === 'subscription' && 'data' in result) {
                mayRefresh = true;
                if ('id' in result && typeof result.id === 'string') lastEventId = result.id;
              }
              observer.next(value);
            },
            complete: () => observer.complete(),
            error: (error) => {
              if (sessionProcedures.has(op.path) || !isSessionError(error) || !mayRefresh) {
                observer.error(error);
                return;
              }
              mayRefresh = false;
              void store.refresh().then((renewed) => {
                if (closed) return;
                if (!renewed) {
                  observer.error(error);
                  return;
                }
                attempt(resumedAfter(op, lastEventId));
              });
            },
          });
        };
        attempt(op);
        return () => {
          closed = true;
          current?.unsubscribe();
        };
      });
}

/** The same input with `lastEventId`, as httpSubscriptionLink sends it when it reconnects itself. */
function resumedAfter(op: Operation, lastEventId: string | undefined): Operation {
  if (op.type !== 'subscription' || lastEventId === undefined) return op;
  if (op.input !== undefined && op.input !== null && typeof op.input !== 'object') return op;
  return { ...op, input: { ...(op.input ?? {}), lastEventId } };
}

/**
 * Subscriptions as server-sent events, everything else batched; both send the access token as a
 * Bearer header. The browser's EventSource cannot send headers, so a fetch-based one does: each
 * (re)connection carries the token current at that moment, and the token never lands in a URL (server
 * logs, proxies). Reconnects after a dropped stream resume after the last tracked id by themselves.
 */
export function createApiLinks(options: {
  readonly url: string;
  readonly session: LinkSession;
}): TRPCLink<AppRouter>[] {
  const authorization = (): Record<string, string> => {
    const token = options.session.getAccessToken();
    return token ? { authorization: `Bearer ${token}` } : {};
  };
  return [
    refreshOnUnauthorized(options.session),
    splitLink({
      condition: (op) => op.type === 'subscription',
      true: httpSubscriptionLink({
        url: options.url,
        EventSource,
        eventSourceOptions: () => ({
          fetch: (input, init) => fetch(input, { ...init, headers: { ...init.headers, ...authorization() } }),
        }),
      }),
      false: httpBatchLink({ url: options.url, headers: authorization }),
    }),
  ];
}

export const trpcClient = createTRPCClient<AppRouter>({ links: createApiLinks({ url, session }) });

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
