import { describe, expect, it } from 'vitest';
import {
  closeJob,
  createJob,
  editJob,
  JOB_LIMITS,
  type Job,
  type JobPostingInput,
  openJob,
  parseJobPosting,
} from './job';

const T0 = new Date('2026-03-01T12:00:00.000Z');
const T1 = new Date('2026-03-02T12:00:00.000Z');
const T2 = new Date('2026-03-03T12:00:00.000Z');
const T3 = new Date('2026-03-04T12:00:00.000Z');

const posting: JobPostingInput = {
  title: '  Senior   Backend Engineer ',
  description: '  Build the services behind our hiring platform.  ',
  requirements: [' 5 years of TypeScript ', '', '   ', 'PostgreSQL'],
  location: ' Berlin ',
  remotePolicy: 'hybrid',
  employmentType: 'full-time',
  salary: { min: 7_000_000, max: 9_000_000, currency: 'EUR' },
  skills: [{ name: 'TypeScript', level: 'advanced' }],
};

const draft = (): Job =>
  createJob({ id: 'j1', companyId: 'c1', posting, publish: false }, { now: T0 })._unsafeUnwrap().state;
const open = (): Job =>
  createJob({ id: 'j1', companyId: 'c1', posting, publish: true }, { now: T0 })._unsafeUnwrap().state;
const closed = (): Job => closeJob(open(), { now: T1 })._unsafeUnwrap().state;

const data = (status: Job['status'], title = 'Senior Backend Engineer') => ({
  jobId: 'j1',
  companyId: 'c1',
  title,
  status,
});

describe('parseJobPosting', () => {
  it('Given a valid posting, When parsing, Then text is trimmed, blank requirements dropped and skills normalised', () => {
    expect(parseJobPosting(posting)._unsafeUnwrap()).toEqual({
      title: 'Senior Backend Engineer',
      description: 'Build the services behind our hiring platform.',
      requirements: ['5 years of TypeScript', 'PostgreSQL'],
      location: 'Berlin',
      remotePolicy: 'hybrid',
      employmentType: 'full-time',
      salary: { min: 7_000_000, max: 9_000_000, currency: 'EUR' },
      skills: [{ name: 'typescript', level: 'advanced' }],
    });
  });

  it('Given no salary, When parsing, Then the posting has none', () => {
    expect(parseJobPosting({ ...posting, salary: null })._unsafeUnwrap().salary).toBeNull();
  });

  it.each([
    ['title', { title: 'ab' }],
    ['title', { title: '   a    ' }],
    ['title', { title: 'x'.repeat(JOB_LIMITS.title + 1) }],
    ['description', { description: 'x'.repeat(19) }],
    ['description', { description: 'x'.repeat(JOB_LIMITS.description + 1) }],
    [
      'requirements',
      { requirements: Array.from({ length: JOB_LIMITS.requirements + 1 }, (_, i) => `req ${i}`) },
    ],
    ['requirements', { requirements: ['x'.repeat(JOB_LIMITS.requirement + 1)] }],
    [
      'skills',
      {
        skills: Array.from({ length: JOB_LIMITS.skills + 1 }, (_, i) => ({
          name: `s${i}`,
          level: 'beginner' as const,
        })),
      },
    ],
    ['skills', { skills: [{ name: '   ', level: 'beginner' as const }] }],
    ['skills', { skills: [{ name: 'x'.repeat(41), level: 'beginner' as const }] }],
    ['salary', { salary: { min: 9, max: 1, currency: 'EUR' } }],
    ['salary', { salary: { min: 1, max: 9, currency: 'XYZ' } }],
  ])('Given a bad %s (%j), When parsing, Then it is refused on that field', (field, change) => {
    expect(parseJobPosting({ ...posting, ...change })._unsafeUnwrapErr()).toMatchObject({
      kind: 'Validation',
      fields: { [field]: expect.any(String) },
    });
  });

  it('Given every field at its upper limit, When parsing, Then the posting is accepted', () => {
    const result = parseJobPosting({
      ...posting,
      title: 'x'.repeat(JOB_LIMITS.title),
      description: 'x'.repeat(JOB_LIMITS.description),
      requirements: Array.from({ length: JOB_LIMITS.requirements }, () => 'x'.repeat(JOB_LIMITS.requirement)),
      skills: Array.from({ length: JOB_LIMITS.skills }, (_, i) => ({
        name: `${i}`.padEnd(40, 'x'),
        level: 'expert' as const,
      })),
    });
    expect(result.isOk()).toBe(true);
  });

  it('Given the lower limits (3-character title, 20-character description), When parsing, Then the posting is accepted', () => {
    expect(parseJobPosting({ ...posting, title: 'Dev', description: 'x'.repeat(20) }).isOk()).toBe(true);
  });

  it('Given one skill listed under several spellings and levels, When parsing, Then it appears once at its highest level', () => {
    const skills = parseJobPosting({
      ...posting,
      skills: [
        { name: 'TypeScript', level: 'intermediate' },
        { name: 'react', level: 'expert' },
        { name: '  typescript ', level: 'expert' },
        { name: 'TYPESCRIPT', level: 'beginner' },
        { name: 'React', level: 'beginner' },
        { name: 'Machine   Learning', level: 'advanced' },
        { name: 'machine learning', level: 'intermediate' },
      ],
    })._unsafeUnwrap().skills;
    expect(skills).toEqual([
      { name: 'typescript', level: 'expert' },
      { name: 'react', level: 'expert' },
      { name: 'machine learning', level: 'advanced' },
    ]);
  });

  it('Given more skill entries than the limit that collapse to the limit, When parsing, Then they are accepted', () => {
    const skills = Array.from({ length: JOB_LIMITS.skills }, (_, i) => ({
      name: `s${i}`,
      level: 'beginner' as const,
    }));
    expect(
      parseJobPosting({ ...posting, skills: [...skills, ...skills] })._unsafeUnwrap().skills,
    ).toHaveLength(JOB_LIMITS.skills);
  });
});

describe('createJob', () => {
  it('Given publish=false, When creating, Then the job is a draft with neither openedAt nor closedAt', () => {
    const { state, events } = createJob(
      { id: 'j1', companyId: 'c1', posting, publish: false },
      { now: T0 },
    )._unsafeUnwrap();
    expect(state).toMatchObject({
      id: 'j1',
      companyId: 'c1',
      status: 'draft',
      openedAt: null,
      closedAt: null,
      createdAt: T0,
      updatedAt: T0,
    });
    expect(events).toEqual([{ type: 'jobs.post.created', data: data('draft') }]);
  });

  it('Given publish=true, When creating, Then the job is open since now', () => {
    const { state, events } = createJob(
      { id: 'j1', companyId: 'c1', posting, publish: true },
      { now: T0 },
    )._unsafeUnwrap();
    expect(state).toMatchObject({ status: 'open', openedAt: T0, closedAt: null });
    expect(events).toEqual([{ type: 'jobs.post.created', data: data('open') }]);
  });

  it('Given an invalid posting, When creating, Then no job is created', () => {
    expect(
      createJob(
        { id: 'j1', companyId: 'c1', posting: { ...posting, title: '' }, publish: true },
        { now: T0 },
      ).isErr(),
    ).toBe(true);
  });
});

describe('editJob', () => {
  it.each([
    ['draft', draft],
    ['open', open],
    ['closed', closed],
  ] as const)(
    'Given a %s job, When editing, Then the posting changes, the status and dates stay, and jobs.post.updated is emitted',
    (status, given) => {
      const before = given();
      const { state, events } = editJob(
        before,
        { ...posting, title: 'Staff Engineer', salary: null },
        { now: T2 },
      )._unsafeUnwrap();
      expect(state).toEqual({ ...before, title: 'Staff Engineer', salary: null, updatedAt: T2 });
      expect(events).toEqual([{ type: 'jobs.post.updated', data: data(status, 'Staff Engineer') }]);
    },
  );

  it('Given an invalid posting, When editing, Then the job is refused on the field', () => {
    expect(
      editJob(open(), { ...posting, description: 'short' }, { now: T2 })._unsafeUnwrapErr().fields,
    ).toHaveProperty('description');
  });
});

describe('openJob', () => {
  it('Given a draft, When opening, Then it is open since now and jobs.post.updated is emitted', () => {
    const { state, events } = openJob(draft(), { now: T1 })._unsafeUnwrap();
    expect(state).toMatchObject({ status: 'open', openedAt: T1, closedAt: null, updatedAt: T1 });
    expect(events).toEqual([{ type: 'jobs.post.updated', data: data('open') }]);
  });

  it('Given a closed job, When reopening, Then it is open again, keeps its first openedAt and loses closedAt', () => {
    const { state, events } = openJob(closed(), { now: T2 })._unsafeUnwrap();
    expect(state).toMatchObject({ status: 'open', openedAt: T0, closedAt: null, updatedAt: T2 });
    expect(events).toEqual([{ type: 'jobs.post.updated', data: data('open') }]);
  });

  it('Given an open job, When opening, Then nothing changes and no event is emitted', () => {
    const before = open();
    const { state, events } = openJob(before, { now: T1 })._unsafeUnwrap();
    expect(state).toBe(before);
    expect(events).toEqual([]);
  });
});

describe('closeJob', () => {
  it('Given an open job, When closing, Then it is closed since now and jobs.post.closed is emitted', () => {
    const { state, events } = closeJob(open(), { now: T1 })._unsafeUnwrap();
    expect(state).toMatchObject({ status: 'closed', openedAt: T0, closedAt: T1, updatedAt: T1 });
    expect(events).toEqual([{ type: 'jobs.post.closed', data: data('closed') }]);
  });

  it('Given a draft, When closing, Then JOB_004 is returned', () => {
    expect(closeJob(draft(), { now: T1 })._unsafeUnwrapErr()).toMatchObject({
      kind: 'Precondition',
      code: 'JOB_004',
    });
  });

  it('Given a closed job, When closing again, Then nothing changes and no event is emitted', () => {
    const before = closed();
    const { state, events } = closeJob(before, { now: T2 })._unsafeUnwrap();
    expect(state).toBe(before);
    expect(events).toEqual([]);
  });

  it('Given a reopened job, When closing it again, Then closedAt is the new close time', () => {
    const reopened = openJob(closed(), { now: T2 })._unsafeUnwrap().state;
    expect(closeJob(reopened, { now: T3 })._unsafeUnwrap().state).toMatchObject({
      status: 'closed',
      openedAt: T0,
      closedAt: T3,
    });
  });
});
