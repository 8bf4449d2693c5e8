import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from './testing/eventually';
import { signUp } from './testing/sign-up';
import {
  applyTo,
  completeCourse,
  hireFor,
  publishChallenge,
  publishCourse,
  solve,
} from './testing/skills-world';
import { startTestServer, type TestServer, WireClient } from './testing/test-server';

// Verified skills through the real server, embedded mode with its in-process worker: a completed
// course and an accepted submission become evidence (the skill-evidence consumer), the employer ranks
// applicants by it, a stranger cannot, and a candidate sees their gap and what closes it.

const JOB_SKILLS = [
  { name: 'sql', level: 'intermediate' },
  { name: 'typescript', level: 'advanced' },
] as const;

describe('verified skills through the real server', () => {
  let t: TestServer;
  let instructor: WireClient;
  let employer: WireClient;
  let proven: WireClient;
  let novice: WireClient;
  let jobId: string;
  let sqlCourseId: string;

  beforeAll(async () => {
    t = await startTestServer({}, { withWorker: true });
    [instructor, employer, proven, novice] = await Promise.all([
      signUp(t, 'instructor', 'Ines Instructor'),
      signUp(t, 'employer', 'Erin Employer'),
      signUp(t, 'jobseeker', 'Priya Proven'),
      signUp(t, 'jobseeker', 'Nico Novice'),
    ]);
    const course = await publishCourse(instructor, 'SQL that scales', [
      { name: 'SQL', level: 'intermediate' },
    ]);
    sqlCourseId = course.courseId;
    const challengeId = await publishChallenge(
      instructor,
      'Typed doubling',
      [{ name: 'TypeScript', level: 'advanced' }],
      'hard',
    );
    ({ jobId } = await hireFor(employer, 'Data engineer', [...JOB_SKILLS]));
    await completeCourse(proven, course.courseId, course.lessonIds);
    await solve(proven, challengeId);
    await applyTo(novice, jobId);
    await applyTo(proven, jobId);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('turns the completed course, certificate and accepted submission into evidence on the profile', async () => {
    const mine = await eventually(
      () => proven.call('query', 'profiles.me'),
      (res) => res.body.result?.data.verifiedSkills?.length === 2,
    );
    const skills = mine.body.result?.data.verifiedSkills;
    expect(skills.map((s: { skill: string; verifiedLevel: string }) => [s.skill, s.verifiedLevel])).toEqual([
      ['typescript', 'advanced'],
      ['sql', 'intermediate'],
    ]);
    const sql = skills.find((s: { skill: string }) => s.skill === 'sql');
    expect(sql.evidence.map((e: { kind: string }) => e.kind).sort()).toEqual([
      'certificate',
      'course-completed',
    ]);
    expect(sql.evidence.find((e: { kind: string }) => e.kind === 'certificate').link).toMatch(
      /^\/certificates\//,
    );

    const visitor = await new WireClient(t.baseUrl).call('query', 'profiles.get', {
      userId: mine.body.result?.data.userId,
    });
    expect(visitor.body.result?.data).toMatchObject({ name: 'Priya Proven', isOwner: false });
  });

  it('ranks the proven applicant first with an explanation, for the company only', async () => {
    const ranked = await eventually(
      () => employer.call('query', 'matching.pipeline', { jobId }),
      (res) => res.body.result?.data.applicants[0]?.score === 100,
    );
    const applicants = ranked.body.result?.data.applicants;
    expect(
      applicants.map((a: { candidate: { name: string }; score: number }) => [a.candidate.name, a.score]),
    ).toEqual([
      ['Priya Proven', 100],
      ['Nico Novice', 0],
    ]);
    expect(applicants[0].requirements).toMatchObject([
      { skill: 'sql', status: 'met', points: 50 },
      {
        skill: 'typescript',
        status: 'met',
        points: 50,
        evidence: [{ kind: 'challenge-passed', difficulty: 'hard' }],
      },
    ]);

    const blind = await employer.call('query', 'matching.pipeline', { jobId, anonymous: true, minScore: 1 });
    expect(blind.body.result?.data.applicants).toEqual([
      expect.objectContaining({ candidate: null, alias: 'Applicant 2', score: 100 }),
    ]);
    expect(JSON.stringify(blind.body)).not.toContain('Priya');

    const stranger = await signUp(t, 'employer', 'Sly Stranger');
    const refused = await stranger.call('query', 'matching.pipeline', { jobId });
    expect(refused.status).toBe(403);
    expect(refused.body.error?.data.appCode).toBe('MATCH_001');
    const signedOut = await new WireClient(t.baseUrl).call('query', 'matching.pipeline', { jobId });
    expect(signedOut.status).toBe(401);
    const bad = await employer.call('query', 'matching.pipeline', { jobId, minScore: 101 });
    expect(bad.status).toBe(400);
  });

  it('shows a candidate their gap and the course that closes it first', async () => {
    const gap = await novice.call('query', 'matching.myGap', { jobId });
    expect(gap.body.result?.data).toMatchObject({
      score: 0,
      requirements: [
        { skill: 'sql', status: 'missing' },
        { skill: 'typescript', status: 'missing' },
      ],
      path: [
        { kind: 'course', id: sqlCourseId, closes: ['sql'] },
        { kind: 'challenge', closes: ['typescript'] },
      ],
      uncovered: [],
    });
  });

  it('lets the owner edit their profile and refuses a bad link with the field named', async () => {
    const visibility = {
      about: 'public',
      links: 'private',
      experience: 'public',
      education: 'public',
      skills: 'public',
    };
    const saved = await novice.call('mutation', 'profiles.update', {
      headline: 'Aspiring data engineer',
      links: { website: '', github: 'https://github.com/nico', linkedin: '' },
      visibility,
    });
    expect(saved.body.result?.data.about.headline).toBe('Aspiring data engineer');
    const seen = await employer.call('query', 'profiles.get', { userId: saved.body.result?.data.userId });
    expect(seen.body.result?.data.links).toBeNull();

    const refused = await novice.call('mutation', 'profiles.update', {
      links: { website: 'javascript:alert(1)', github: '', linkedin: '' },
      visibility,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.data.fields).toHaveProperty(['links.website']);
  });
});
