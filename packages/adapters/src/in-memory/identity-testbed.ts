import { InMemoryRateLimiter } from '../rate-limit/in-memory-rate-limiter';
import { ManualClock } from '../system/system-clock';
import { uuidV7Ids } from '../system/uuid-v7-ids';
import { FakeAccessTokenService, FakePasswordHasher, FakeTokenSecrets } from './fake-credentials';
import { InMemoryDatabase } from './in-memory-database';
import { InMemoryUnitOfWork } from './in-memory-unit-of-work';
import { InMemoryUserRepository } from './in-memory-user.repository';

/**
 * Everything the identity use cases depend on, in memory, for tests: pass it as their deps and read
 * `db.tables` afterwards to assert state and outbox.
 */
export class IdentityTestbed {
  readonly db = new InMemoryDatabase();
  readonly clock = new ManualClock();
  readonly ids = uuidV7Ids;
  readonly passwords = new FakePasswordHasher();
  readonly accessTokens = new FakeAccessTokenService(this.clock);
  readonly secrets = new FakeTokenSecrets();
  readonly rateLimiter = new InMemoryRateLimiter();
  /** The UserDirectory over committed state, as GetCurrentUser uses it. */
  readonly users = new InMemoryUserRepository(this.db);
  readonly decoyPasswordHash = 'fake-hash:a decoy password nobody has';
  /** How many times the unit of work reported committed events. */
  eventsCommitted = 0;
  readonly uow = new InMemoryUnitOfWork(this.db, {
    ids: this.ids,
    clock: this.clock,
    onEventsCommitted: () => {
      this.eventsCommitted += 1;
    },
  });
}
