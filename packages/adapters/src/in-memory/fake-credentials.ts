import type {
  AccessTokenClaims,
  AccessTokenService,
  PasswordHasher,
  TokenSecrets,
} from '@talentsphere/application/identity';
import type { Clock } from '@talentsphere/application/shared';
import { sessionExpired } from '@talentsphere/domain/identity';
import { type AppError, unauthenticated } from '@talentsphere/domain/shared';
import { err, ok, type Result } from 'neverthrow';

const FAKE_HASH_PREFIX = 'fake-hash:';

/** For tests only: NOT a hash (the password is readable in it), just fast and deterministic. */
export class FakePasswordHasher implements PasswordHasher {
  async hash(password: string): Promise<string> {
    return `${FAKE_HASH_PREFIX}${password}`;
  }

  async verify(hash: string, password: string): Promise<boolean> {
    return hash === `${FAKE_HASH_PREFIX}${password}`;
  }
}

/** For tests only: opaque numbered tokens remembered in a map, expiring on the given clock. */
export class FakeAccessTokenService implements AccessTokenService {
  private readonly issued = new Map<string, { claims: AccessTokenClaims; expiresAt: Date }>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlSeconds = 15 * 60,
  ) {}

  async issue(claims: AccessTokenClaims): Promise<{ token: string; expiresAt: Date }> {
    const token = `fake-access-${this.issued.size + 1}`;
    const expiresAt = new Date(this.clock.now().getTime() + this.ttlSeconds * 1000);
    this.issued.set(token, { claims: { ...claims }, expiresAt });
    return { token, expiresAt };
  }

  async verify(token: string): Promise<Result<AccessTokenClaims, AppError>> {
    const found = this.issued.get(token);
    if (!found) return err(unauthenticated('UNAUTHENTICATED', 'Please sign in.'));
    if (found.expiresAt.getTime() <= this.clock.now().getTime()) return err(sessionExpired());
    return ok(found.claims);
  }
}

/** For tests only: numbered secrets (valid refresh-token syntax) and a readable stand-in hash. */
export class FakeTokenSecrets implements TokenSecrets {
  private counter = 0;

  generate(): string {
    this.counter += 1;
    return `fake-secret-${String(this.counter).padStart(12, '0')}`;
  }

  hash(secret: string): string {
    return `fake-sha:${secret}`;
  }

  equal(a: string, b: string): boolean {
    return a === b;
  }
}
