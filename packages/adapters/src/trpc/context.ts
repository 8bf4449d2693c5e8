import type { BillingServices } from '@talentsphere/application/billing';
import type { ChallengeServices } from '@talentsphere/application/challenges';
import type {
  GamificationService,
  GetAnalyticsDashboard,
  NotificationCenter,
} from '@talentsphere/application/engagement';
import type {
  AccessTokenClaims,
  AccessTokenService,
  CreateAdmin,
  GetCurrentUser,
  Login,
  Logout,
  RefreshSession,
  RegisterUser,
} from '@talentsphere/application/identity';
import type { LearningServices } from '@talentsphere/application/learning';
import type { NetworkServices } from '@talentsphere/application/networking';
import type { ProfileServices } from '@talentsphere/application/profile';
import type { RecruitingServices } from '@talentsphere/application/recruiting';
import type { LiveUpdates, RateLimiter, RequestContext } from '@talentsphere/application/shared';
import type { AppError } from '@talentsphere/domain/shared';
import type { Result } from 'neverthrow';
import type { LiveStreamSlots } from './live-stream-slots';

/** Use cases and services the procedures call; built once by the composition root. */
export interface TrpcServices {
  readonly registerUser: RegisterUser;
  readonly login: Login;
  readonly refreshSession: RefreshSession;
  readonly logout: Logout;
  readonly getCurrentUser: GetCurrentUser;
  readonly createAdmin?: CreateAdmin;
  readonly accessTokens: AccessTokenService;
  readonly rateLimiter: RateLimiter;
  readonly recruiting: RecruitingServices;
  readonly learning: LearningServices;
  readonly challenges: ChallengeServices;
  readonly notifications: NotificationCenter;
  /** Admin only: daily series, totals and the hiring funnel from the analytics consumer's tables. */
  readonly analyticsDashboard: GetAnalyticsDashboard;
  readonly billing: BillingServices;
  readonly gamification: GamificationService;
  readonly profiles: ProfileServices;
  readonly network: NetworkServices;
  /** Messages for open subscriptions, published by any process (Redis in full mode). */
  readonly live: LiveUpdates;
  /** This process's count of each user's open subscriptions, capped per user. */
  readonly liveStreams: LiveStreamSlots;
}

/** The refresh token travels in an httpOnly cookie so page scripts never see it. */
export interface SessionCookie {
  read(): string | undefined;
  write(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface TrpcContext {
  readonly services: TrpcServices;
  readonly request: RequestContext;
  readonly sessionCookie: SessionCookie;
  /** Verifies the Bearer token once per request, on first use. */
  readonly authenticate: () => Promise<Result<AccessTokenClaims, AppError>>;
}

export function createTrpcContext(input: {
  services: TrpcServices;
  request: RequestContext;
  authorization: string | undefined;
  sessionCookie: SessionCookie;
}): TrpcContext {
  let verified: Promise<Result<AccessTokenClaims, AppError>> | undefined;
  return {
    services: input.services,
    request: input.request,
    sessionCookie: input.sessionCookie,
    authenticate: () => {
      verified ??= verifyBearer(input.services.accessTokens, input.authorization);
      return verified;
    },
  };
}

async function verifyBearer(tokens: AccessTokenService, authorization: string | undefined) {
  const token = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : '';
  return tokens.verify(token);
}
