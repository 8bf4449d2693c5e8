import { RecruitingTestbed, type TestUser } from '@talentsphere/adapters/in-memory';
import { okAsync, type ResultAsync } from 'neverthrow';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventType } from '../events';
import type { AppError } from '../shared';
import { recruitingNotifications } from './recruiting-notifications.handler';

interface World {
  bed: RecruitingTestbed;
  owner: TestUser;
  candidate: TestUser;
  applicationId: string;
}

type Scenario = [
  string,
  EventType,
  'company' | 'candidate',
  (w: World) => ResultAsync<unknown, AppError>,
  { title: string; body: RegExp },
];

const scenarios: Scenario[] = [
  [
    'a candidate applies',
    'jobs.application.submitted',
    'company',
    () => okAsync(undefined),
    { title: 'New applicant for Backend Engineer', body: /^Grace Hopper applied\.$/ },
  ],
  [
    'the candidate withdraws',
    'jobs.application.withdrawn',
    'company',
    ({ bed, candidate, applicationId }) =>
      bed.services.withdrawApplication.execute(candidate, { applicationId }, bed.ctx),
    { title: 'Application withdrawn: Backend Engineer', body: /Grace Hopper withdrew/ },
  ],
  [
    'the candidate declines',
    'jobs.application.rejected',
    'company',
    ({ bed, candidate, applicationId }) =>
      bed.services.rejectApplication.execute(
        candidate,
        { applicationId, reason: 'Accepted another offer' },
        bed.ctx,
      ),
    { title: 'Candidate declined: Backend Engineer', body: /^Accepted another offer$/ },
  ],
  [
    'a member views the application',
    'jobs.application.viewed',
    'candidate',
    ({ bed, owner, applicationId }) =>
      bed.services.viewApplication.execute(owner, { applicationId }, bed.ctx),
    { title: 'Your application was viewed', body: /Backend Engineer/ },
  ],
  [
    'the employer moves it to interview',
    'jobs.application.stage_changed',
    'candidate',
    ({ bed, owner, applicationId }) =>
      bed.services.moveApplication.execute(owner, { applicationId, stage: 'interview' }, bed.ctx),
    { title: 'Moved to Interview', body: /Backend Engineer is now at Interview/ },
  ],
  [
    'the employer rejects it',
    'jobs.application.rejected',
    'candidate',
    ({ bed, owner, applicationId }) =>
      bed.services.rejectApplication.execute(owner, { applicationId, reason: 'We need more Go' }, bed.ctx),
    { title: 'Update on Backend Engineer', body: /We need more Go/ },
  ],
  [
    'the employer un-rejects it',
    'jobs.application.unrejected',
    'candidate',
    ({ bed, owner, applicationId }) =>
      bed.services.rejectApplication
        .execute(owner, { applicationId, reason: 'We need more Go' }, bed.ctx)
        .andThen(() => bed.services.unrejectApplication.execute(owner, { applicationId }, bed.ctx)),
    { title: 'Back in the running for Backend Engineer', body: /undone/ },
  ],
  [
    'the employer hires',
    'jobs.application.hired',
    'candidate',
    ({ bed, owner, applicationId }) =>
      bed.services.moveApplication
        .execute(owner, { applicationId, stage: 'offer' }, bed.ctx)
        .andThen(() => bed.services.hireApplicant.execute(owner, { applicationId }, bed.ctx)),
    { title: "You're hired!", body: /hired for Backend Engineer/ },
  ],
];

describe('recruitingNotifications', () => {
  let world: World;
  let recruiter: TestUser;
  let companyId: string;
  let jobId: string;
  beforeEach(async () => {
    const bed = new RecruitingTestbed();
    const owner = bed.user('employer');
    recruiter = bed.user('employer');
    const candidate = bed.user('jobseeker', 'Grace Hopper');
    companyId = await bed.company(owner);
    await bed.recruiter(owner, companyId, recruiter);
    jobId = await bed.job(owner, companyId, { title: 'Backend Engineer' });
    const applicationId = await bed.apply(candidate, jobId);
    world = { bed, owner, candidate, applicationId };
  });

  it('listens to every application event that has a notification', () => {
    expect([...recruitingNotifications.eventTypes].sort()).toEqual(
      [...new Set(scenarios.map(([, type]) => type))].sort(),
    );
  });

  it.each(scenarios)(
    'Given %s, When its %s event is handled, Then the %s side is notified with a link',
    async (_, eventType, side, act, text) => {
      const { bed, owner, candidate, applicationId } = world;
      expect((await act(world)).isOk()).toBe(true);
      const envelope = bed.db.tables.outbox.filter((e) => e.eventType === eventType).at(-1);
      if (!envelope) throw new Error(`no ${eventType} in the outbox`);

      await bed.handle(recruitingNotifications, envelope);

      const notifications = [...bed.db.tables.notifications.values()];
      const recipients = side === 'company' ? [owner.userId, recruiter.userId] : [candidate.userId];
      const link =
        side === 'company'
          ? `/employer/jobs/${jobId}/applications/${applicationId}`
          : `/applications/${applicationId}`;
      expect(notifications.map((n) => n.userId).sort()).toEqual([...recipients].sort());
      for (const n of notifications) {
        expect(n).toMatchObject({
          category: 'recruiting',
          title: text.title,
          link,
          createdAt: bed.clock.now(),
        });
        expect(n.body).toMatch(text.body);
      }
    },
  );

  it('Given an envelope breaking its contract, When handled, Then it throws and nothing is written', async () => {
    const { bed } = world;
    const last = bed.db.tables.outbox.at(-1);
    if (!last) throw new Error('no envelope');
    await expect(
      bed.handle(recruitingNotifications, { ...last, data: { applicationId: 'nope' } }),
    ).rejects.toThrow();
    expect(bed.db.tables.notifications.size).toBe(0);
  });
});
