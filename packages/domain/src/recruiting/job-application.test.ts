import { describe, expect, it } from 'vitest';
import { closeJob, createJob, type Job, type JobPostingInput } from './job';
import {
  APPLICATION_STAGES,
  type ApplicationStage,
  hireApplicant,
  type JobApplication,
  markViewed,
  moveToStage,
  rejectApplication,
  submitApplication,
  unrejectApplication,
  withdrawApplication,
} from './job-application';

const T0 = new Date('2026-03-01T12:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const ctx = (minutes: number) => ({ now: at(minutes), transitionId: `tr-${minutes}` });

const posting: JobPostingInput = {
  title: 'Backend Engineer',
  description: 'Build the services behind our hiring platform.',
  requirements: [],
  location: 'Berlin',
  remotePolicy: 'remote',
  employmentType: 'full-time',
  salary: null,
  skills: [],
};
const job = (publish = true): Job =>
  createJob({ id: 'j1', companyId: 'c1', posting, publish }, { now: T0 })._unsafeUnwrap().state;

const CANDIDATE = { id: 'cand-1', role: 'candidate' as const };
const OTHER_CANDIDATE = { id: 'cand-2', role: 'candidate' as const };
const EMPLOYER = { id: 'rec-1', role: 'employer' as const };
const ids = { applicationId: 'a1', jobId: 'j1', companyId: 'c1', candidateId: 'cand-1' };

const submitted = (): JobApplication =>
  submitApplication(
    job(),
    { id: 'a1', candidateId: 'cand-1', coverLetter: 'Hello', resumeUrl: null },
    ctx(0),
  )._unsafeUnwrap().state;
const atStage = (stage: ApplicationStage): JobApplication =>
  stage === 'applied' ? submitted() : moveToStage(submitted(), EMPLOYER, stage, ctx(1))._unsafeUnwrap().state;
const rejectedBy = (
  actor: typeof CANDIDATE | typeof EMPLOYER,
  stage: ApplicationStage = 'interview',
): JobApplication =>
  rejectApplication(atStage(stage), actor, 'Not a fit right now', ctx(2))._unsafeUnwrap().state;
const hired = (): JobApplication => hireApplicant(atStage('offer'), EMPLOYER, ctx(2))._unsafeUnwrap().state;
const withdrawn = (): JobApplication =>
  withdrawApplication(submitted(), CANDIDATE, ctx(2))._unsafeUnwrap().state;

describe('submitApplication', () => {
  it('Given an open job, When a candidate applies, Then the application is active at applied with one submitted entry', () => {
    const { state, events } = submitApplication(
      job(),
      {
        id: 'a1',
        candidateId: 'cand-1',
        coverLetter: '  I would love to join.  ',
        resumeUrl: 'https://cv.example/ada.pdf',
      },
      ctx(0),
    )._unsafeUnwrap();
    expect(state).toEqual({
      id: 'a1',
      jobId: 'j1',
      companyId: 'c1',
      candidateId: 'cand-1',
      status: 'active',
      stage: 'applied',
      rejection: null,
      coverLetter: 'I would love to join.',
      resumeUrl: 'https://cv.example/ada.pdf',
      viewedAt: null,
      createdAt: at(0),
      updatedAt: at(0),
      timeline: [
        {
          id: 'tr-0',
          kind: 'submitted',
          actorId: 'cand-1',
          actorRole: 'candidate',
          fromStatus: null,
          toStatus: 'active',
          fromStage: null,
          toStage: 'applied',
          reason: null,
          at: at(0),
        },
      ],
    });
    expect(events).toEqual([{ type: 'jobs.application.submitted', data: ids }]);
  });

  it.each([
    ['a draft', () => job(false)],
    ['a closed job', () => closeJob(job(), { now: at(1) })._unsafeUnwrap().state],
  ])('Given %s, When a candidate applies, Then JOB_002 is returned', (_, given) => {
    const result = submitApplication(
      given(),
      { id: 'a1', candidateId: 'cand-1', coverLetter: '', resumeUrl: null },
      ctx(2),
    );
    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'Precondition', code: 'JOB_002' });
  });

  it.each([
    'cv.example/ada.pdf',
    'ftp://cv.example/ada.pdf',
    'https://',
    'https://cv.example/my cv.pdf',
    'javascript:alert(1)',
  ])('Given the resume link %j, When applying, Then it is refused on the resumeUrl field', (resumeUrl) => {
    const result = submitApplication(
      job(),
      { id: 'a1', candidateId: 'cand-1', coverLetter: '', resumeUrl },
      ctx(0),
    );
    expect(result._unsafeUnwrapErr()).toMatchObject({
      kind: 'Validation',
      fields: { resumeUrl: expect.any(String) },
    });
  });

  it('Given an empty cover letter and an http resume link, When applying, Then it is accepted', () => {
    const result = submitApplication(
      job(),
      { id: 'a1', candidateId: 'cand-1', coverLetter: '   ', resumeUrl: 'http://cv.example/a' },
      ctx(0),
    );
    expect(result._unsafeUnwrap().state).toMatchObject({ coverLetter: '', resumeUrl: 'http://cv.example/a' });
  });

  it('Given a cover letter over 5000 characters, When applying, Then it is refused on the coverLetter field', () => {
    const result = submitApplication(
      job(),
      { id: 'a1', candidateId: 'cand-1', coverLetter: 'x'.repeat(5001), resumeUrl: null },
      ctx(0),
    );
    expect(result._unsafeUnwrapErr().fields).toHaveProperty('coverLetter');
  });

  it('Given a cover letter of exactly 5000 characters once trimmed, When applying, Then it is accepted', () => {
    const coverLetter = `  ${'x'.repeat(5000)}  `;
    expect(
      submitApplication(
        job(),
        { id: 'a1', candidateId: 'cand-1', coverLetter, resumeUrl: null },
        ctx(0),
      ).isOk(),
    ).toBe(true);
  });
});

describe('markViewed', () => {
  it('Given an unseen application, When the employer opens it, Then viewedAt is set and jobs.application.viewed is emitted', () => {
    const { state, events } = markViewed(submitted(), 'rec-1', { now: at(5) })._unsafeUnwrap();
    expect(state.viewedAt).toEqual(at(5));
    expect(state.timeline).toHaveLength(1);
    expect(events).toEqual([{ type: 'jobs.application.viewed', data: { ...ids, viewerId: 'rec-1' } }]);
  });

  it('Given a viewed application, When it is opened again, Then nothing changes and no event is emitted', () => {
    const viewed = markViewed(submitted(), 'rec-1', { now: at(5) })._unsafeUnwrap().state;
    const { state, events } = markViewed(viewed, 'rec-2', { now: at(9) })._unsafeUnwrap();
    expect(state).toBe(viewed);
    expect(events).toEqual([]);
  });
});

describe('moveToStage', () => {
  it.each(APPLICATION_STAGES.filter((s) => s !== 'applied'))(
    'Given an active application at applied, When the employer moves it to %s, Then the stage changes and the move is recorded',
    (stage) => {
      const { state, events } = moveToStage(submitted(), EMPLOYER, stage, ctx(3))._unsafeUnwrap();
      expect(state).toMatchObject({ status: 'active', stage, updatedAt: at(3) });
      expect(state.timeline.at(-1)).toEqual({
        id: 'tr-3',
        kind: 'stage_changed',
        actorId: 'rec-1',
        actorRole: 'employer',
        fromStatus: 'active',
        toStatus: 'active',
        fromStage: 'applied',
        toStage: stage,
        reason: null,
        at: at(3),
      });
      expect(events).toEqual([
        { type: 'jobs.application.stage_changed', data: { ...ids, fromStage: 'applied', toStage: stage } },
      ]);
    },
  );

  it('Given an application at interview, When the employer moves it back to screening, Then it is allowed', () => {
    expect(moveToStage(atStage('interview'), EMPLOYER, 'screening', ctx(3))._unsafeUnwrap().state.stage).toBe(
      'screening',
    );
  });

  it('Given the candidate, When they try to move their own application, Then APPLICATION_002 is returned', () => {
    expect(moveToStage(submitted(), CANDIDATE, 'offer', ctx(3))._unsafeUnwrapErr()).toMatchObject({
      kind: 'Precondition',
      code: 'APPLICATION_002',
    });
  });

  it('Given the application already at that stage, When moved there, Then nothing changes and no event is emitted', () => {
    const before = atStage('screening');
    const { state, events } = moveToStage(before, EMPLOYER, 'screening', ctx(3))._unsafeUnwrap();
    expect(state).toBe(before);
    expect(events).toEqual([]);
  });

  it.each([
    ['rejected', () => rejectedBy(EMPLOYER)],
    ['hired', hired],
    ['withdrawn', withdrawn],
  ])('Given a %s application, When the employer moves it, Then APPLICATION_002 is returned', (_, given) => {
    expect(moveToStage(given(), EMPLOYER, 'screening', ctx(3))._unsafeUnwrapErr().code).toBe(
      'APPLICATION_002',
    );
  });
});

describe('rejectApplication', () => {
  it.each([EMPLOYER, CANDIDATE])(
    'Given an active application, When %o rejects it with a reason, Then the reason and decider are kept and the stage stays',
    (actor) => {
      const { state, events } = rejectApplication(
        atStage('interview'),
        actor,
        '  Went with another candidate ',
        ctx(3),
      )._unsafeUnwrap();
      expect(state).toMatchObject({
        status: 'rejected',
        stage: 'interview',
        rejection: { reason: 'Went with another candidate', decidedBy: actor.role },
      });
      expect(state.timeline.at(-1)).toMatchObject({
        kind: 'rejected',
        actorId: actor.id,
        actorRole: actor.role,
        fromStatus: 'active',
        toStatus: 'rejected',
        fromStage: 'interview',
        toStage: 'interview',
        reason: 'Went with another candidate',
        at: at(3),
      });
      expect(events).toEqual([
        {
          type: 'jobs.application.rejected',
          data: { ...ids, reason: 'Went with another candidate', decidedBy: actor.role },
        },
      ]);
    },
  );

  it.each(['', '  ', 'no', 'x'.repeat(1001)])(
    'Given the reason %j, When rejecting, Then it is refused on the reason field',
    (reason) => {
      expect(rejectApplication(submitted(), EMPLOYER, reason, ctx(3))._unsafeUnwrapErr()).toMatchObject({
        kind: 'Validation',
        fields: { reason: expect.any(String) },
      });
    },
  );

  it.each([
    ['rejected', () => rejectedBy(EMPLOYER)],
    ['hired', hired],
    ['withdrawn', withdrawn],
  ])('Given a %s application, When rejecting, Then APPLICATION_002 is returned', (_, given) => {
    expect(rejectApplication(given(), EMPLOYER, 'Not a fit', ctx(3))._unsafeUnwrapErr().code).toBe(
      'APPLICATION_002',
    );
  });

  it('Given another candidate, When they reject an application that is not theirs, Then APPLICATION_002 is returned', () => {
    expect(rejectApplication(submitted(), OTHER_CANDIDATE, 'Not a fit', ctx(3))._unsafeUnwrapErr().code).toBe(
      'APPLICATION_002',
    );
  });
});

describe('markViewed on finished applications', () => {
  it('Given a withdrawn application, When the employer opens it, Then nothing is recorded', () => {
    const app = withdrawApplication(submitted(), CANDIDATE, ctx(2))._unsafeUnwrap().state;
    const { state, events } = markViewed(app, EMPLOYER.id, { now: at(3) })._unsafeUnwrap();
    expect(events).toEqual([]);
    expect(state.viewedAt).toBeNull();
  });
});

describe('unrejectApplication', () => {
  it.each([EMPLOYER, CANDIDATE])(
    'Given an application rejected by %o, When the same side un-rejects it, Then it is active at the same stage',
    (actor) => {
      const { state, events } = unrejectApplication(
        rejectedBy(actor, 'assessment'),
        actor,
        ctx(4),
      )._unsafeUnwrap();
      expect(state).toMatchObject({
        status: 'active',
        stage: 'assessment',
        rejection: null,
        updatedAt: at(4),
      });
      expect(state.timeline.at(-1)).toMatchObject({
        kind: 'unrejected',
        actorId: actor.id,
        fromStatus: 'rejected',
        toStatus: 'active',
        fromStage: 'assessment',
        toStage: 'assessment',
        at: at(4),
      });
      expect(events).toEqual([
        { type: 'jobs.application.unrejected', data: { ...ids, stage: 'assessment', decidedBy: actor.role } },
      ]);
    },
  );

  it('Given an employer rejection, When the candidate tries to un-reject it, Then APPLICATION_002 is returned', () => {
    expect(unrejectApplication(rejectedBy(EMPLOYER), CANDIDATE, ctx(4))._unsafeUnwrapErr().code).toBe(
      'APPLICATION_002',
    );
  });

  it('Given a candidate rejection, When the employer tries to un-reject it, Then APPLICATION_002 is returned', () => {
    expect(unrejectApplication(rejectedBy(CANDIDATE), EMPLOYER, ctx(4))._unsafeUnwrapErr().code).toBe(
      'APPLICATION_002',
    );
  });

  it('Given a candidate rejection, When another candidate tries to un-reject it, Then APPLICATION_002 is returned', () => {
    expect(unrejectApplication(rejectedBy(CANDIDATE), OTHER_CANDIDATE, ctx(4))._unsafeUnwrapErr().code).toBe(
      'APPLICATION_002',
    );
  });

  it.each([
    ['active', submitted],
    ['hired', hired],
    ['withdrawn', withdrawn],
  ])('Given a %s application, When un-rejecting, Then APPLICATION_002 is returned', (_, given) => {
    expect(unrejectApplication(given(), EMPLOYER, ctx(4))._unsafeUnwrapErr().code).toBe('APPLICATION_002');
  });
});

describe('hireApplicant', () => {
  it('Given an application at offer, When the employer hires, Then it is hired and the hire is recorded', () => {
    const { state, events } = hireApplicant(atStage('offer'), EMPLOYER, ctx(3))._unsafeUnwrap();
    expect(state).toMatchObject({ status: 'hired', stage: 'offer', rejection: null });
    expect(state.timeline.at(-1)).toMatchObject({
      kind: 'hired',
      actorId: 'rec-1',
      fromStatus: 'active',
      toStatus: 'hired',
      at: at(3),
    });
    expect(events).toEqual([{ type: 'jobs.application.hired', data: ids }]);
  });

  it.each(APPLICATION_STAGES.filter((s) => s !== 'offer'))(
    'Given an application at %s, When hiring, Then APPLICATION_002 is returned',
    (stage) => {
      expect(hireApplicant(atStage(stage), EMPLOYER, ctx(3))._unsafeUnwrapErr().code).toBe('APPLICATION_002');
    },
  );

  it('Given the candidate, When they try to hire themselves, Then APPLICATION_002 is returned', () => {
    expect(hireApplicant(atStage('offer'), CANDIDATE, ctx(3))._unsafeUnwrapErr().code).toBe(
      'APPLICATION_002',
    );
  });

  it('Given an application rejected at offer, When hiring, Then APPLICATION_002 is returned', () => {
    expect(hireApplicant(rejectedBy(EMPLOYER, 'offer'), EMPLOYER, ctx(3))._unsafeUnwrapErr().code).toBe(
      'APPLICATION_002',
    );
  });
});

describe('withdrawApplication', () => {
  it('Given an active application, When its candidate withdraws, Then it is withdrawn at the same stage', () => {
    const { state, events } = withdrawApplication(atStage('interview'), CANDIDATE, ctx(3))._unsafeUnwrap();
    expect(state).toMatchObject({ status: 'withdrawn', stage: 'interview', rejection: null });
    expect(state.timeline.at(-1)).toMatchObject({
      kind: 'withdrawn',
      actorId: 'cand-1',
      actorRole: 'candidate',
      fromStatus: 'active',
      toStatus: 'withdrawn',
    });
    expect(events).toEqual([{ type: 'jobs.application.withdrawn', data: ids }]);
  });

  it.each([
    ['the employer', EMPLOYER],
    ['another candidate', OTHER_CANDIDATE],
    ['an employer using the candidate id', { id: 'cand-1', role: 'employer' as const }],
  ])('Given %s, When withdrawing, Then APPLICATION_002 is returned', (_, actor) => {
    expect(withdrawApplication(submitted(), actor, ctx(3))._unsafeUnwrapErr().code).toBe('APPLICATION_002');
  });

  it.each([
    ['rejected', () => rejectedBy(EMPLOYER)],
    ['hired', hired],
    ['withdrawn', withdrawn],
  ])('Given a %s application, When the candidate withdraws, Then APPLICATION_002 is returned', (_, given) => {
    expect(withdrawApplication(given(), CANDIDATE, ctx(3))._unsafeUnwrapErr().code).toBe('APPLICATION_002');
  });
});

describe('timeline', () => {
  it('Given a full journey, When every step is taken, Then each transition is appended in order with its actor and time', () => {
    let app = submitted();
    app = moveToStage(app, EMPLOYER, 'screening', ctx(1))._unsafeUnwrap().state;
    app = rejectApplication(app, EMPLOYER, 'Missing experience', ctx(2))._unsafeUnwrap().state;
    app = unrejectApplication(app, { id: 'rec-2', role: 'employer' }, ctx(3))._unsafeUnwrap().state;
    app = moveToStage(app, EMPLOYER, 'offer', ctx(4))._unsafeUnwrap().state;
    app = hireApplicant(app, EMPLOYER, ctx(5))._unsafeUnwrap().state;

    expect(
      app.timeline.map((t) => [
        t.id,
        t.kind,
        t.actorId,
        t.fromStatus,
        t.toStatus,
        t.fromStage,
        t.toStage,
        t.at,
      ]),
    ).toEqual([
      ['tr-0', 'submitted', 'cand-1', null, 'active', null, 'applied', at(0)],
      ['tr-1', 'stage_changed', 'rec-1', 'active', 'active', 'applied', 'screening', at(1)],
      ['tr-2', 'rejected', 'rec-1', 'active', 'rejected', 'screening', 'screening', at(2)],
      ['tr-3', 'unrejected', 'rec-2', 'rejected', 'active', 'screening', 'screening', at(3)],
      ['tr-4', 'stage_changed', 'rec-1', 'active', 'active', 'screening', 'offer', at(4)],
      ['tr-5', 'hired', 'rec-1', 'active', 'hired', 'offer', 'offer', at(5)],
    ]);
    expect(app.updatedAt).toEqual(at(5));
    expect(app.createdAt).toEqual(at(0));
  });
});
