import type { EventEnvelope } from '@talentsphere/application/events';
import { createNetworkServices, type NetworkDeps } from '@talentsphere/application/networking';
import type { EventHandler, RequestContext } from '@talentsphere/application/shared';
import type { UserRole } from '@talentsphere/domain/identity';
import { InMemoryLiveUpdates } from '../live/in-memory-live-updates';
import { ManualClock } from '../system/system-clock';
import { uuidV7Ids } from '../system/uuid-v7-ids';
import { InMemoryDatabase } from './in-memory-database';
import { InMemoryNetworkQueries } from './in-memory-network';
import { InMemoryUnitOfWork } from './in-memory-unit-of-work';
import { handleInUnitOfWork, storeTestUser, type TestUser } from './testbed-support';

/** Everything the networking use cases depend on, in memory, for tests. */
export class NetworkTestbed implements NetworkDeps {
  readonly db = new InMemoryDatabase();
  readonly clock = new ManualClock();
  readonly ids = uuidV7Ids;
  readonly uow = new InMemoryUnitOfWork(this.db, { ids: this.ids, clock: this.clock });
  readonly queries = new InMemoryNetworkQueries(this.db);
  readonly live = new InMemoryLiveUpdates();
  readonly services = createNetworkServices(this);
  readonly ctx: RequestContext = { correlationId: 'corr-test', ipAddress: '127.0.0.1' };
  private userCount = 0;

  user(name: string, role: UserRole = 'jobseeker'): TestUser {
    this.userCount += 1;
    return storeTestUser(this.db, { role, name, sequence: this.userCount, now: this.clock.now() });
  }

  /** The outbox events of one type, oldest first. */
  events(type: string): EventEnvelope[] {
    return this.db.tables.outbox.filter((e) => e.eventType === type);
  }

  /** Runs an event handler the way the consumer runner does: inside one unit of work. */
  handle(handler: EventHandler, envelope: EventEnvelope): Promise<void> {
    return handleInUnitOfWork(this, handler, envelope);
  }
}
