import { isSessionError } from '../lib/app-error';

export type Role = 'jobseeker' | 'employer' | 'instructor' | 'admin';

export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
}

/** What auth.login, auth.register and auth.refresh answer. */
export interface SessionGrant {
  readonly user: SessionUser;
  readonly accessToken: string;
  readonly accessTokenExpiresAt: string;
}

/** none: never signed in on this load; expired: the server ended it; signed-out: the user did. */
export type SignedOutReason = 'none' | 'expired' | 'signed-out';

export type SessionState =
  | { readonly status: 'loading' }
  | { readonly status: 'anonymous'; readonly reason: SignedOutReason }
  | { readonly status: 'authenticated'; readonly user: SessionUser };

// Renew a minute before the access token runs out, never sooner than a few seconds from now.
const RENEW_BEFORE_MS = 60_000;
const MIN_DELAY_MS = 5_000;
const RETRY_AFTER_NETWORK_ERROR_MS = 30_000;
// Not a secret, only a hint that a refresh cookie may exist, so anonymous visits skip a doomed call.
const SESSION_HINT_KEY = 'talentsphere.has-session';

/**
 * The access token lives here, in memory only; the refresh token is an httpOnly cookie the browser
 * sends to /trpc. Concurrent refreshes share one request, and across tabs a Web Lock serialises
 * them: the server rotates the cookie on every use and treats a replayed one as theft.
 */
export class SessionStore {
  private state: SessionState = { status: 'loading' };
  private accessToken: string | undefined;
  private inFlight: Promise<boolean> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly requestRefresh: () => Promise<SessionGrant>) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): SessionState => this.state;

  getAccessToken(): string | undefined {
    return this.accessToken;
  }

  /** On page load: trade the refresh cookie (if there may be one) for an access token. */
  restore(): void {
    if (readHint()) void this.refresh();
    else this.signedOut();
  }

  signedIn(grant: SessionGrant): void {
    writeHint(true);
    this.accessToken = grant.accessToken;
    this.schedule(Date.parse(grant.accessTokenExpiresAt) - Date.now() - RENEW_BEFORE_MS);
    this.set({ status: 'authenticated', user: grant.user });
  }

  signedOut(reason: SignedOutReason = 'none'): void {
    writeHint(false);
    this.accessToken = undefined;
    clearTimeout(this.timer);
    this.set({ status: 'anonymous', reason });
  }

  /** Resolves true when a fresh access token is in hand, false when the session is gone. */
  refresh(): Promise<boolean> {
    if (this.state.status === 'anonymous') return Promise.resolve(false);
    this.inFlight ??= this.runRefresh().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async runRefresh(): Promise<boolean> {
    const wasSignedIn = this.state.status === 'authenticated';
    try {
      const grant = await withCrossTabLock(this.requestRefresh);
      this.signedIn(grant);
      return true;
    } catch (error) {
      if (isSessionError(error)) {
        this.signedOut(wasSignedIn ? 'expired' : 'none');
      } else if (this.state.status === 'loading') {
        // Server unreachable on start-up: show the app signed out rather than spin forever.
        this.signedOut();
      } else {
        this.schedule(RETRY_AFTER_NETWORK_ERROR_MS);
      }
      return false;
    }
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), Math.max(delayMs, MIN_DELAY_MS));
  }

  private set(next: SessionState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}

async function withCrossTabLock<T>(task: () => Promise<T>): Promise<T> {
  if (typeof navigator === 'undefined' || !navigator.locks) return task();
  return await navigator.locks.request('talentsphere-session-refresh', task);
}

function readHint(): boolean {
  try {
    return localStorage.getItem(SESSION_HINT_KEY) === '1';
  } catch {
    return true; // storage blocked: fall back to asking the server
  }
}

function writeHint(present: boolean): void {
  try {
    if (present) localStorage.setItem(SESSION_HINT_KEY, '1');
    else localStorage.removeItem(SESSION_HINT_KEY);
  } catch {
    // storage blocked: restore() then always asks the server
  }
}
