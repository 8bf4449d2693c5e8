import { IdentityTestbed } from '@talentsphere/adapters/in-memory';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventContracts, eventEnvelopeSchema, isKnownEventType } from '../events';
import { Login } from './login.use-case';
import { Logout } from './logout.use-case';
import { RefreshSession } from './refresh-session.use-case';
import { RegisterUser } from './register-user.use-case';
import { REFRESH_TOKEN_TTL_SECONDS } from './session-issuer';

const EMAILS = ['ada@example.com', 'grace@example.com', 'alan@example.com', 'nobody@example.com'];
const GOOD_PASSWORD = 'correct horse battery staple';

const command = fc.oneof(
  fc.record({
    kind: fc.constant('register' as const),
    who: fc.nat(2),
    weak: fc.boolean(),
    role: fc.constantFrom('jobseeker' as const, 'employer' as const),
  }),
  fc.record({ kind: fc.constant('login' as const), who: fc.nat(3), wrong: fc.boolean() }),
  fc.record({ kind: fc.constant('refresh' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('logout' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('wait' as const),
    seconds: fc.constantFrom(1, 3600, REFRESH_TOKEN_TTL_SECONDS),
  }),
);

describe('identity commands (property)', () => {
  it('Property: for any interleaving of register/login/refresh/logout, every outbox envelope is valid and matches its contract', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { maxLength: 30 }), fc.nat(3), async (commands, ipSeed) => {
        const bed = new IdentityTestbed();
        const [register, login, refresh, logout] = [
          new RegisterUser(bed),
          new Login(bed),
          new RefreshSession(bed),
          new Logout(bed),
        ];
        const refreshTokens: string[] = [];
        const correlationIds = new Set<string>();
        const keep = (session: { refreshToken: string } | undefined) => {
          if (session) refreshTokens.push(session.refreshToken);
        };

        for (const [step, c] of commands.entries()) {
          const ctx = { correlationId: `corr-${step}`, ipAddress: `192.0.2.${(step + ipSeed) % 4}` };
          correlationIds.add(ctx.correlationId);
          const presented =
            refreshTokens[
              c.kind === 'refresh' || c.kind === 'logout' ? c.pick % (refreshTokens.length || 1) : 0
            ];
          switch (c.kind) {
            case 'register':
              keep(
                (
                  await register.execute(
                    {
                      email: EMAILS[c.who] ?? '',
                      password: c.weak ? 'weak' : GOOD_PASSWORD,
                      name: `User ${c.who}`,
                      role: c.role,
                    },
                    ctx,
                  )
                ).unwrapOr(undefined),
              );
              break;
            case 'login':
              keep(
                (
                  await login.execute(
                    { email: EMAILS[c.who] ?? '', password: c.wrong ? 'wrong password!' : GOOD_PASSWORD },
                    ctx,
                  )
                ).unwrapOr(undefined),
              );
              break;
            case 'refresh':
              keep((await refresh.execute(presented, ctx)).unwrapOr(undefined));
              break;
            case 'logout':
              expect((await logout.execute(presented, ctx)).isOk()).toBe(true);
              break;
            case 'wait':
              bed.clock.advance(c.seconds);
              break;
          }
        }

        const outbox = bed.db.tables.outbox.map((envelope) => JSON.parse(JSON.stringify(envelope)));
        for (const envelope of outbox) {
          expect(eventEnvelopeSchema.safeParse(envelope).success).toBe(true);
          expect(isKnownEventType(envelope.eventType)).toBe(true);
          const contract = eventContracts[envelope.eventType as keyof typeof eventContracts];
          expect(envelope.version).toBe(contract.version);
          expect(contract.schema.safeParse(envelope.data).success).toBe(true);
          expect(correlationIds.has(envelope.correlationId)).toBe(true);
        }
        expect(new Set(outbox.map((e) => e.messageId)).size).toBe(outbox.length);
        expect(outbox.filter((e) => e.eventType === 'auth.user.registered')).toHaveLength(
          bed.db.tables.users.size,
        );
      }),
      { numRuns: 60 },
    );
  });
});
