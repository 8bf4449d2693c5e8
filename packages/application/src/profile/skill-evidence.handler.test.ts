import { ProfileTestbed, type TestUser } from '@talentsphere/adapters/in-memory';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordSkillEvidence } from './skill-evidence.handler';

describe('skill-evidence consumer and rebuild', () => {
  let bed: ProfileTestbed;
  let author: TestUser;
  let learner: TestUser;
  beforeEach(() => {
    bed = new ProfileTestbed();
    author = bed.user('instructor', 'Ines Instructor');
    learner = bed.user('jobseeker', 'Lena Learner');
  });

  const stored = () =>
    [...bed.db.tables.skillEvidence.values()].map((e) => [e.kind, e.skill, e.level, e.link]).sort();

  it('Given a completed course and an accepted submission, Then evidence per skill with links, once however often delivered', async () => {
    const { courseId, lessonIds } = await bed.course(author, {
      details: { title: 'SQL basics', skills: [{ name: 'sql', level: 'intermediate' }] },
    });
    await bed.completeCourse(learner, courseId, lessonIds);
    const challengeId = bed.skilledChallenge(author, [{ name: 'typescript', level: 'advanced' }], 'hard');
    const approved = bed.pass(learner, challengeId);

    await bed.drain(recordSkillEvidence);
    await bed.handle(recordSkillEvidence, approved);
    await bed.drain(recordSkillEvidence);
    await bed.handle(recordSkillEvidence, approved);

    const code = [...bed.db.tables.enrollments.values()][0]?.certificate?.verificationCode;
    expect(stored()).toEqual([
      ['certificate', 'sql', 'intermediate', `/certificates/${code}`],
      ['challenge-passed', 'typescript', 'advanced', `/challenges/${challengeId}`],
      ['course-completed', 'sql', 'intermediate', `/courses/${courseId}`],
    ]);
    const hard = [...bed.db.tables.skillEvidence.values()].find((e) => e.kind === 'challenge-passed');
    expect(hard?.difficulty).toBe('hard');
  });

  it('Given an author passing their own challenge and someone else’s, Then only the other one is evidence, live and rebuilt', async () => {
    const colleague = bed.user('instructor', 'Carl Colleague');
    const own = bed.skilledChallenge(author, [{ name: 'typescript', level: 'advanced' }]);
    const theirs = bed.skilledChallenge(colleague, [{ name: 'sql', level: 'expert' }]);
    for (const approved of [bed.pass(author, own), bed.pass(author, theirs), bed.pass(learner, own)])
      await bed.handle(recordSkillEvidence, approved);

    const evidenceOf = (who: TestUser) =>
      [...bed.db.tables.skillEvidence.values()]
        .filter((e) => e.userId === who.userId)
        .map((e) => [e.skill, e.sourceId]);
    expect(evidenceOf(author)).toEqual([['sql', theirs]]);
    expect(evidenceOf(learner)).toEqual([['typescript', own]]);

    const fromEvents = new Map(bed.db.tables.skillEvidence);
    const rebuilt = (
      await bed.profiles.rebuildEvidence.execute({ correlationId: 'rebuild' })
    )._unsafeUnwrap();
    expect(rebuilt).toEqual({ facts: 2, evidence: 2 });
    expect(bed.db.tables.skillEvidence).toEqual(fromEvents);
  });

  it('Given evidence lost, When rebuilt from the tables, Then the same rows as the consumer wrote', async () => {
    const { courseId, lessonIds } = await bed.course(author, {
      details: {
        skills: [
          { name: 'typescript', level: 'beginner' },
          { name: 'node', level: 'beginner' },
        ],
      },
    });
    await bed.completeCourse(learner, courseId, lessonIds);
    const approved = bed.pass(learner, bed.skilledChallenge(author, [{ name: 'sql', level: 'expert' }]));
    bed.skilledChallenge(author, [{ name: 'rust', level: 'expert' }]);
    await bed.drain(recordSkillEvidence);
    await bed.handle(recordSkillEvidence, approved);
    const fromEvents = new Map(bed.db.tables.skillEvidence);
    expect(fromEvents.size).toBe(5);

    bed.db.tables.skillEvidence.clear();
    const rebuilt = (
      await bed.profiles.rebuildEvidence.execute({ correlationId: 'rebuild' })
    )._unsafeUnwrap();
    expect(rebuilt).toEqual({ facts: 3, evidence: 5 });
    expect(bed.db.tables.skillEvidence).toEqual(fromEvents);
    const again = (await bed.profiles.rebuildEvidence.execute({ correlationId: 'rebuild' }))._unsafeUnwrap();
    expect(again.evidence).toBe(5);
    expect(bed.db.tables.skillEvidence).toEqual(fromEvents);
  });
});
