import { aJobPosting, ProfileTestbed, type TestUser } from '@talentsphere/adapters/in-memory';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordSkillEvidence } from './skill-evidence.handler';

describe('matching use cases', () => {
  let bed: ProfileTestbed;
  let author: TestUser;
  let owner: TestUser;
  let strong: TestUser;
  let weak: TestUser;
  let jobId: string;
  beforeEach(async () => {
    bed = new ProfileTestbed();
    author = bed.user('instructor', 'Ines Instructor');
    owner = bed.user('employer', 'Olga Owner');
    strong = bed.user('jobseeker', 'Sam Strong');
    weak = bed.user('jobseeker', 'Wes Weak');
    ({ jobId } = await bed.hiring(owner, [
      { name: 'typescript', level: 'advanced' },
      { name: 'sql', level: 'intermediate' },
    ]));
  });

  async function prove(
    learner: TestUser,
    skills: { name: string; level: 'beginner' | 'advanced' | 'intermediate' }[],
  ) {
    const challengeId = bed.skilledChallenge(author, skills);
    await bed.handle(recordSkillEvidence, bed.pass(learner, challengeId));
  }

  it('ranks applicants by score with an explanation that sums to it', async () => {
    await bed.applyTo(weak, jobId);
    await bed.applyTo(strong, jobId);
    await prove(strong, [
      { name: 'typescript', level: 'advanced' },
      { name: 'sql', level: 'intermediate' },
    ]);
    await prove(weak, [{ name: 'typescript', level: 'beginner' }]);

    const matches = (
      await bed.profiles.pipelineMatches.execute(owner, {
        jobId,
        sort: 'score',
        minScore: 0,
        anonymous: false,
      })
    )._unsafeUnwrap();
    expect(matches.applicants.map((a) => [a.candidate?.name, a.alias, a.score])).toEqual([
      ['Sam Strong', 'Applicant 2', 100],
      ['Wes Weak', 'Applicant 1', 16],
    ]);
    for (const applicant of matches.applicants)
      expect(applicant.requirements.reduce((s, r) => s + r.points, 0)).toBe(applicant.score);
    expect(matches.applicants[1]?.requirements.map((r) => r.status)).toEqual(['partly', 'missing']);

    const byDate = (
      await bed.profiles.pipelineMatches.execute(owner, {
        jobId,
        sort: 'applied',
        minScore: 50,
        anonymous: false,
      })
    )._unsafeUnwrap();
    expect(byDate.applicants.map((a) => a.alias)).toEqual(['Applicant 2']);
  });

  it('Given anonymous screening, Then no names, photos or evidence links leave the server', async () => {
    await bed.profiles.updateMyProfile.execute(
      strong,
      {
        headline: '',
        summary: '',
        location: '',
        photoUrl: 'https://example.com/sam.png',
        links: { website: '', github: '', linkedin: '' },
        experience: [],
        education: [],
        skills: [],
        visibility: {
          about: 'public',
          links: 'public',
          experience: 'public',
          education: 'public',
          skills: 'public',
          leaderboards: 'public',
        },
      },
      bed.ctx,
    );
    await bed.applyTo(strong, jobId);
    await prove(strong, [{ name: 'typescript', level: 'advanced' }]);
    const { courseId, lessonIds } = await bed.course(author, {
      details: { skills: [{ name: 'typescript', level: 'advanced' }] },
    });
    await bed.completeCourse(strong, courseId, lessonIds);
    await bed.drain(recordSkillEvidence);
    // The enrollment, certificate and submission ids inside the stored evidence ids, and its links.
    const stored = [...bed.db.tables.skillEvidence.values()];
    const sourceIds = stored.map((e) => e.id.split(':')[1] ?? '');
    expect(new Set(stored.map((e) => e.kind))).toEqual(
      new Set(['challenge-passed', 'course-completed', 'certificate']),
    );
    const named = (
      await bed.profiles.pipelineMatches.execute(owner, {
        jobId,
        sort: 'score',
        minScore: 0,
        anonymous: false,
      })
    )._unsafeUnwrap();
    expect(named.applicants[0]?.candidate?.photoUrl).toBe('https://example.com/sam.png');

    const blind = (
      await bed.profiles.pipelineMatches.execute(owner, {
        jobId,
        sort: 'score',
        minScore: 0,
        anonymous: true,
      })
    )._unsafeUnwrap();
    const text = JSON.stringify(blind);
    expect(text).not.toContain('Sam Strong');
    expect(text).not.toContain(strong.userId);
    expect(text).not.toContain('sam.png');
    expect(text).not.toContain(strong.email);
    for (const id of sourceIds) expect(text).not.toContain(id);
    expect(blind.applicants[0]).toMatchObject({ candidate: null, alias: 'Applicant 1', score: 50 });
    const evidence = blind.applicants[0]?.requirements[0]?.evidence ?? [];
    expect(evidence.map((e) => e.kind).sort()).toEqual([
      'certificate',
      'challenge-passed',
      'course-completed',
    ]);
    expect(evidence.map((e) => [e.id, e.link])).toEqual([
      ['typescript-1', null],
      ['typescript-2', null],
      ['typescript-3', null],
    ]);
  });

  it('Given a non-member employer, Then MATCH_001; an admin may look', async () => {
    const outsider = bed.user('employer', 'Otto Outsider');
    const refused = await bed.profiles.pipelineMatches.execute(outsider, {
      jobId,
      sort: 'score',
      minScore: 0,
      anonymous: false,
    });
    expect(refused._unsafeUnwrapErr()).toMatchObject({ code: 'MATCH_001', kind: 'Forbidden' });
    const admin = bed.user('admin', 'Ada Admin');
    const allowed = await bed.profiles.pipelineMatches.execute(admin, {
      jobId,
      sort: 'score',
      minScore: 0,
      anonymous: true,
    });
    expect(allowed.isOk()).toBe(true);
  });

  it('gives a candidate their gap and a learning path that closes it, courses first', async () => {
    await prove(weak, [{ name: 'typescript', level: 'advanced' }]);
    const sqlCourse = await bed.course(author, {
      details: { title: 'SQL in depth', skills: [{ name: 'sql', level: 'advanced' }] },
    });
    bed.skilledChallenge(author, [{ name: 'sql', level: 'intermediate' }], 'easy', 'Join tables');
    await bed.course(author, {
      details: { title: 'Draft SQL', skills: [{ name: 'sql', level: 'expert' }] },
      publish: false,
    });

    const gap = (await bed.profiles.mySkillGap.execute(weak, { jobId }))._unsafeUnwrap();
    expect(gap.score).toBe(50);
    expect(gap.requirements.map((r) => [r.skill, r.status])).toEqual([
      ['typescript', 'met'],
      ['sql', 'missing'],
    ]);
    expect(gap.path).toEqual([
      { kind: 'course', id: sqlCourse.courseId, title: 'SQL in depth', closes: ['sql'] },
    ]);
    expect(gap.uncovered).toEqual([]);
  });

  it('Given a draft job, Then the gap answers JOB_001', async () => {
    const { companyId } = await bed.hiring(owner, []);
    const draft = await bed.recruiting.postJob.execute(
      owner,
      { ...aJobPosting({ skills: [{ name: 'go', level: 'beginner' }] }), companyId, publish: false },
      bed.ctx,
    );
    const gap = await bed.profiles.mySkillGap.execute(weak, { jobId: draft._unsafeUnwrap().jobId });
    expect(gap._unsafeUnwrapErr()).toMatchObject({ code: 'JOB_001' });
  });
});
