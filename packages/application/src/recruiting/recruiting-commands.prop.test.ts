import { aJobPosting, RecruitingTestbed, type TestUser } from '@talentsphere/adapters/in-memory';
import { APPLICATION_STAGES } from '@talentsphere/domain/recruiting';
import fc from 'fast-check';
import type { ResultAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { eventContracts, eventEnvelopeSchema, isKnownEventType } from '../events';
import type { AppError } from '../shared';

/**
 * Each command names a target (a job or an application) and how it is sent: mostly by the rightful
 * side, sometimes by any of the six actors (an intruder, maybe) or against a guessed id.
 */
const command = fc.record({
  // Posting and applying weigh more, so sequences reach the later stages.
  kind: fc.constantFrom(
    'post',
    'post',
    'publish',
    'close',
    'edit',
    'apply',
    'apply',
    'apply',
    'move',
    'move',
    'reject',
    'unreject',
    'hire',
    'withdraw',
    'view',
    'wait',
  ),
  target: fc.nat(),
  who: fc.nat(5),
  /** 0: any actor; 1: a guessed id; otherwise the rightful side. */
  mode: fc.nat(7),
  byCandidate: fc.boolean(),
  publish: fc.boolean(),
  stage: fc.constantFrom(...APPLICATION_STAGES, 'offer'),
  seconds: fc.integer({ min: 1, max: 3600 }),
});

describe('recruiting commands (property)', () => {
  it('Property: for any sequence of recruiting commands by two companies and three candidates, every outbox envelope honours its contract and no application crosses companies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 10, maxLength: 60, size: 'max' }), async (commands) => {
        const bed = new RecruitingTestbed();
        const [ownerA, recruiterA, ownerB] = [
          bed.user('employer'),
          bed.user('employer'),
          bed.user('employer'),
        ];
        const candidates = [bed.user('jobseeker'), bed.user('jobseeker'), bed.user('jobseeker')];
        const actors = [ownerA, recruiterA, ownerB, ...candidates];
        const companies = [await bed.company(ownerA), await bed.company(ownerB)];
        await bed.recruiter(ownerA, companies[0] ?? '', recruiterA);
        const jobs: string[] = [];
        const apps: string[] = [];
        const { services: s, ctx, db } = bed;
        const memberOf = (companyId: string | undefined, n: number): TestUser | undefined => {
          const members = (companyId && db.tables.companies.get(companyId)?.members) || [];
          const userId = members[n % Math.max(members.length, 1)]?.userId;
          return actors.find((a) => a.userId === userId);
        };

        for (const c of commands) {
          if (c.kind === 'wait') {
            bed.clock.advance(c.seconds);
            continue;
          }
          const anyone = actors[c.who] ?? ownerA;
          const guess = bed.ids.next();
          const jobId = c.mode === 1 ? guess : (jobs[c.target % Math.max(jobs.length, 1)] ?? guess);
          const appId = c.mode === 1 ? guess : (apps[c.target % Math.max(apps.length, 1)] ?? guess);
          const app = db.tables.applications.get(appId);
          const rightful = (fallback: TestUser | undefined) => (c.mode === 0 ? anyone : (fallback ?? anyone));
          const jobMember = rightful(memberOf(db.tables.jobs.get(jobId)?.companyId, c.who));
          const appEmployer = rightful(memberOf(app?.companyId, c.who));
          const appCandidate = rightful(actors.find((a) => a.userId === app?.candidateId));
          let run: ResultAsync<unknown, AppError>;
          switch (c.kind) {
            case 'post': {
              const companyId = c.mode === 1 ? guess : (companies[c.target % 2] ?? guess);
              run = s.postJob
                .execute(
                  rightful(memberOf(companyId, c.who)),
                  { ...aJobPosting(), companyId, publish: c.publish },
                  ctx,
                )
                .map((posted) => jobs.push(posted.jobId));
              break;
            }
            case 'publish':
              run = s.publishJob.execute(jobMember, { jobId }, ctx);
              break;
            case 'close':
              run = s.closeJob.execute(jobMember, { jobId }, ctx);
              break;
            case 'edit':
              run = s.editJob.execute(jobMember, { ...aJobPosting({ title: 'Edited role' }), jobId }, ctx);
              break;
            case 'apply':
              run = s.applyToJob
                .execute(rightful(candidates[c.who % 3]), { jobId, coverLetter: '', resumeUrl: null }, ctx)
                .map((applied) => apps.push(applied.applicationId));
              break;
            case 'move':
              run = s.moveApplication.execute(appEmployer, { applicationId: appId, stage: c.stage }, ctx);
              break;
            case 'reject':
              run = s.rejectApplication.execute(
                c.byCandidate ? appCandidate : appEmployer,
                { applicationId: appId, reason: 'Not now' },
                ctx,
              );
              break;
            case 'unreject':
              run = s.unrejectApplication.execute(
                c.byCandidate ? appCandidate : appEmployer,
                { applicationId: appId },
                ctx,
              );
              break;
            case 'hire':
              run = s.hireApplicant.execute(appEmployer, { applicationId: appId }, ctx);
              break;
            case 'withdraw':
              run = s.withdrawApplication.execute(appCandidate, { applicationId: appId }, ctx);
              break;
            case 'view':
              run = s.viewApplication.execute(
                c.byCandidate ? appCandidate : appEmployer,
                { applicationId: appId },
                ctx,
              );
              break;
          }
          const result = await run;
          if (result.isErr())
            expect(result.error.code).toMatch(/^((JOB|COMPANY|APPLICATION|BILLING)_00\d|FORBIDDEN)$/);
        }

        const { outbox, jobs: storedJobs, applications } = db.tables;
        for (const envelope of outbox) {
          expect(eventEnvelopeSchema.safeParse(envelope).success).toBe(true);
          if (!isKnownEventType(envelope.eventType)) throw new Error(`unknown ${envelope.eventType}`);
          const contract = eventContracts[envelope.eventType];
          expect(envelope.version).toBe(contract.version);
          expect(contract.schema.safeParse(envelope.data).success).toBe(true);
          const data = envelope.data as { jobId?: string; companyId?: string };
          if (envelope.eventType.startsWith('jobs.application.') && data.jobId) {
            expect(storedJobs.get(data.jobId)?.companyId).toBe(data.companyId);
          }
        }
        // Both owners are on the Starter plan: never more open jobs than it allows.
        for (const companyId of companies) {
          const open = [...storedJobs.values()].filter(
            (j) => j.companyId === companyId && j.status === 'open',
          );
          expect(open.length).toBeLessThanOrEqual(3);
        }
        const live = new Set<string>();
        for (const app of applications.values()) {
          expect(storedJobs.get(app.jobId)?.companyId).toBe(app.companyId);
          if (app.status === 'withdrawn') continue;
          const key = `${app.jobId}/${app.candidateId}`;
          expect(live.has(key)).toBe(false);
          live.add(key);
        }
      }),
      { numRuns: 100 },
    );
  });
});
