// Builds the learn → prove → hire world over the wire (any client with `call`), for the api tests and
// the verified-skills browser journey: courses and challenges with skills, completions, accepted
// submissions judged by the real sandbox, and a company hiring for those skills.

type Skill = { name: string; level: 'beginner' | 'intermediate' | 'advanced' | 'expert' };

export interface Caller {
  call(
    kind: 'query' | 'mutation',
    procedure: string,
    input?: unknown,
  ): Promise<{
    status: number;
    // biome-ignore lint/suspicious/noExplicitAny: callers read arbitrary response shapes
    body: { result?: { data: any }; error?: { message: string; data: { appCode: string } } };
  }>;
}

let sequence = 0;
const unique = (stem: string) => `${stem}-${Date.now().toString(36)}-${(sequence++).toString(36)}`;

async function data(caller: Caller, kind: 'query' | 'mutation', procedure: string, input?: unknown) {
  const res = await caller.call(kind, procedure, input);
  if (!res.body.result)
    throw new Error(`${procedure} refused: ${res.status} ${JSON.stringify(res.body.error)}`);
  return res.body.result.data;
}

/** A published course of one article teaching `skills`; answers its id and lesson ids. */
export async function publishCourse(instructor: Caller, title: string, skills: Skill[]) {
  const course = await data(instructor, 'mutation', 'studio.create', {
    title,
    slug: unique('course'),
    summary: `Learn ${skills.map((s) => s.name).join(' and ')}.`,
    description: 'Short and practical.',
    level: 'intermediate',
    skills,
  });
  const section = await data(instructor, 'mutation', 'studio.addSection', {
    courseId: course.id,
    title: 'Basics',
  });
  const withLesson = await data(instructor, 'mutation', 'studio.addLesson', {
    courseId: course.id,
    sectionId: section.sections[0].id,
    lesson: { title: 'Read me', content: { kind: 'article', markdown: 'The essentials.' } },
  });
  await data(instructor, 'mutation', 'studio.publish', { courseId: course.id });
  return {
    courseId: course.id as string,
    lessonIds: withLesson.sections[0].lessons.map((l: { id: string }) => l.id) as string[],
  };
}

/** A validated, published challenge ("return twice n") testing `skills`. */
export async function publishChallenge(
  instructor: Caller,
  title: string,
  skills: Skill[],
  difficulty: 'easy' | 'medium' | 'hard' = 'medium',
): Promise<string> {
  const created = await data(instructor, 'mutation', 'challengeStudio.create', {
    details: {
      title,
      slug: unique('challenge'),
      statement: 'Return twice `n`.',
      difficulty,
      skills,
      starterCode: { javascript: 'function double(n) {\n}\n' },
    },
    grading: {
      entryFunction: 'double',
      tests: [
        { id: 's1', input: [2], expected: 4, comparison: 'exact', visibility: 'sample' },
        { id: 'h1', input: [21], expected: 42, comparison: 'exact', visibility: 'hidden' },
      ],
      limits: { timeMs: 1000, memoryMb: 64, outputBytes: 65536 },
      referenceSolution: { language: 'javascript', source: 'function double(n) { return n * 2; }' },
    },
  });
  const challengeId = created.id as string;
  await data(instructor, 'mutation', 'challengeStudio.validate', { challengeId });
  await data(instructor, 'mutation', 'challengeStudio.publish', { challengeId });
  return challengeId;
}

export async function completeCourse(learner: Caller, courseId: string, lessonIds: readonly string[]) {
  await data(learner, 'mutation', 'courses.enroll', { courseId });
  for (const lessonId of lessonIds) {
    await data(learner, 'mutation', 'courses.visitLesson', { courseId, lessonId });
    await data(learner, 'mutation', 'courses.completeLesson', { courseId, lessonId });
  }
}

/** Submits a correct solution and waits until the worker's sandbox judged it ACCEPTED. */
export async function solve(learner: Caller, challengeId: string): Promise<string> {
  const submitted = await data(learner, 'mutation', 'challenges.submit', {
    challengeId,
    language: 'javascript',
    source: 'function double(n) { return n * 2; }',
  });
  const submissionId = submitted.id as string;
  for (let attempt = 0; attempt < 300; attempt++) {
    const view = await data(learner, 'query', 'challenges.submission', { submissionId });
    if (view.status === 'judged') {
      if (view.verdict !== 'ACCEPTED') throw new Error(`submission judged ${view.verdict}`);
      return submissionId;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the submission was not judged in 30 s');
}

/** A company owned by `employer` with one open job asking for `skills`. */
export async function hireFor(employer: Caller, title: string, skills: Skill[]) {
  const company = await data(employer, 'mutation', 'companies.create', {
    name: 'Skillful Ltd',
    slug: unique('skillful'),
    size: '11-50',
    location: 'Lisbon',
    description: 'We hire on evidence.',
  });
  const job = await data(employer, 'mutation', 'jobs.post', {
    companyId: company.companyId,
    publish: true,
    title,
    description: 'Build services with the skills below, shown by evidence.',
    requirements: [],
    location: 'Lisbon',
    remotePolicy: 'remote',
    employmentType: 'full-time',
    salary: null,
    skills,
  });
  return { companyId: company.companyId as string, jobId: job.jobId as string };
}

export async function applyTo(candidate: Caller, jobId: string): Promise<string> {
  const applied = await data(candidate, 'mutation', 'applications.submit', {
    jobId,
    coverLetter: 'My evidence speaks for me.',
  });
  return applied.applicationId as string;
}
