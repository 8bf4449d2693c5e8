import type { RecruitingQueries } from '../recruiting/recruiting-read-models';
import type { Clock, IdGenerator, UnitOfWork } from '../shared/ports';
import type { ProfileQueries } from './profile-read-models';

/** What the profile and matching use cases need; the composition root builds one and shares it. */
export interface ProfileDeps {
  readonly uow: UnitOfWork;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly queries: ProfileQueries;
  readonly recruiting: Pick<RecruitingQueries, 'jobDetail' | 'memberRole' | 'applicationsOfJob'>;
}
