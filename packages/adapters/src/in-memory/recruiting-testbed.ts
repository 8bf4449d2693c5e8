import type { EventEnvelope } from '@talentsphere/application/events';
import {
  type CompanyProfileInputDto,
  createRecruitingServices,
  type JobPostingInputDto,
  type JobSearch,
  type RecruitingDeps,
} from '@talentsphere/application/recruiting';
import type { Actor, EventHandler, RequestContext } from '@talentsphere/application/shared';
import type { PlanCode } from '@talentsphere/domain/billing';
import type { UserRole } from '@talentsphere/domain/identity';
import { InMemoryCache } from '../cache/in-memory-cache';
import { ManualClock } from '../system/system-clock';
import { uuidV7Ids } from '../system/uuid-v7-ids';
import { type GrantedPlan, grantPlan } from './billing-testbed';
import { InMemoryDatabase } from './in-memory-database';
import { InMemoryNotificationInbox } from './in-memory-notification-inbox';
import { InMemoryRecruitingQueries } from './in-memory-recruiting-queries';
import { InMemoryUnitOfWork } from './in-memory-unit-of-work';
import { handleInUnitOfWork, storeTestUser, type TestUser, unwrapStep } from './testbed-support';

/** JobSearch has no in-memory twin: SearchJobs is held to the search contract on PostgreSQL and PGlite. */
const noSearch: JobSearch = {
  search: () => Promise.reject(new Error('RecruitingTestbed has no job search; use the search contract')),
};

export const aCompanyProfile = (o: Partial<CompanyProfileInputDto> = {}): CompanyProfileInputDto => ({
  name: 'Acme Robotics',
  slug: 'acme-robotics',
  description: 'We build robots that sort parcels.',
  website: 'https://acme.example',
  location: 'Berlin',
  size: '11-50',
  logoUrl: null,
  ...o,
});

export const aJobPosting = (o: Partial<JobPostingInputDto> = {}): JobPostingInputDto => ({
  title: 'Backend Engineer',
  description: 'Build and run the services behind our product.',
  requirements: ['Three years of TypeScript'],
  location: 'Berlin',
  remotePolicy: 'hybrid',
  employmentType: 'full-time',
  salary: { min: 6_000_000, max: 8_000_000, currency: 'EUR' },
  skills: [{ name: 'TypeScript', level: 'advanced' }],
  ...o,
});

/**
 * Everything the recruiting use cases depend on, in memory, for tests: pass it as their deps (or use
 * `services`) and read `db.tables` afterwards to assert state and outbox. The helpers set up a world
 * through the use cases themselves and throw if a step is refused.
 */
export class RecruitingTestbed implements RecruitingDeps {
  readonly db = new InMemoryDatabase();
  readonly clock = new ManualClock();
  readonly ids = uuidV7Ids;
  readonly uow = new InMemoryUnitOfWork(this.db, { ids: this.ids, clock: this.clock });
  readonly queries = new InMemoryRecruitingQueries(this.db);
  readonly cache = new InMemoryCache({ clock: this.clock });
  readonly search = noSearch;
  readonly inbox = new InMemoryNotificationInbox(this.db);
  readonly services = createRecruitingServices(this);
  readonly ctx: RequestContext = { correlationId: 'corr-test', ipAddress: '127.0.0.1' };
  private userCount = 0;

  /** A stored account (users are identity's; recruiting only reads them). */
  user(role: UserRole, name = `${role} ${this.userCount + 1}`): TestUser {
    this.userCount += 1;
    return storeTestUser(this.db, { role, name, sequence: this.userCount, now: this.clock.now() });
  }

  async company(owner: Actor, profile: Partial<CompanyProfileInputDto> = {}): Promise<string> {
    const slug = profile.slug ?? `company-${this.ids.next()}`;
    const created = await this.services.createCompany.execute(
      owner,
      aCompanyProfile({ ...profile, slug }),
      this.ctx,
    );
    return unwrapStep(created, 'createCompany').companyId;
  }

  /** Puts `owner` on a paid employer plan (through the provider-event path), e.g. for more open jobs. */
  upgrade(owner: Actor, plan: PlanCode = 'employer-business-monthly'): Promise<GrantedPlan> {
    return grantPlan(this, owner, plan);
  }

  async recruiter(owner: Actor, companyId: string, recruiter: TestUser): Promise<void> {
    const added = await this.services.addRecruiter.execute(
      owner,
      { companyId, email: recruiter.email },
      this.ctx,
    );
    unwrapStep(added, 'addRecruiter');
  }

  async job(
    member: Actor,
    companyId: string,
    options: Partial<JobPostingInputDto> & { publish?: boolean } = {},
  ): Promise<string> {
    const { publish = true, ...posting } = options;
    const posted = await this.services.postJob.execute(
      member,
      { ...aJobPosting(posting), companyId, publish },
      this.ctx,
    );
    return unwrapStep(posted, 'postJob').jobId;
  }

  async apply(candidate: Actor, jobId: string, coverLetter = 'I would love to join.'): Promise<string> {
    const applied = await this.services.applyToJob.execute(
      candidate,
      { jobId, coverLetter, resumeUrl: null },
      this.ctx,
    );
    return unwrapStep(applied, 'applyToJob').applicationId;
  }

  /** Runs an event handler the way the consumer runner does: inside one unit of work. */
  handle(handler: EventHandler, envelope: EventEnvelope): Promise<void> {
    return handleInUnitOfWork(this, handler, envelope);
  }
}
