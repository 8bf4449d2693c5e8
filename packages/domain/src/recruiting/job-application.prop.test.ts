import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createJob, type JobPostingInput } from './job';
import {
  APPLICATION_STAGES,
  APPLICATION_STATUSES,
  type ApplicationStage,
  hireApplicant,
  type JobApplication,
  moveToStage,
  rejectApplication,
  submitApplication,
  unrejectApplication,
  withdrawApplication,
} from './job-application';

const T0 = new Date('2026-03-01T12:00:00.000Z');
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
const openJob = createJob({ id: 'j1', companyId: 'c1', posting, publish: true }, { now: T0 })._unsafeUnwrap()
  .state;
const fresh = (): JobApplication =>
  submitApplication(
    openJob,
    { id: 'a1', candidateId: 'cand-1', coverLetter: '', resumeUrl: null },
    {
      now: T0,
      transitionId: 't0',
    },
  )._unsafeUnwrap().state;

const actor = fc.constantFrom(
  { id: 'cand-1', role: 'candidate' as const },
  { id: 'cand-2', role: 'candidate' as const },
  { id: 'rec-1', role: 'employer' as const },
  { id: 'rec-2', role: 'employer' as const },
);
// Weighted so that runs often reach `offer` and a hire, not only an early withdrawal or rejection.
const command = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      actor,
      stage: fc.constantFrom(...APPLICATION_STAGES),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('reject' as const),
      actor,
      reason: fc.constantFrom('Not a fit', 'no', '  Salary too far apart  '),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('unreject' as const), actor }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('hire' as const), actor }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('withdraw' as const), actor }) },
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

function run(app: JobApplication, cmd: Command, step: number) {
  const ctx = { now: new Date(T0.getTime() + step * 60_000), transitionId: `t${step}` };
  switch (cmd.kind) {
    case 'move':
      return moveToStage(app, cmd.actor, cmd.stage, ctx);
    case 'reject':
      return rejectApplication(app, cmd.actor, cmd.reason, ctx);
    case 'unreject':
      return unrejectApplication(app, cmd.actor, ctx);
    case 'hire':
      return hireApplicant(app, cmd.actor, ctx);
    case 'withdraw':
      return withdrawApplication(app, cmd.actor, ctx);
  }
}

/** The only status/stage pairs the graph can reach: a hire happens only from `offer`. */
const reachable = (app: JobApplication) => app.status !== 'hired' || app.stage === 'offer';

describe('JobApplication transition graph (property)', () => {
  it('Property: no sequence of commands by any actors leaves the graph, and the timeline records exactly the accepted changes, chained', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 60 }), (commands) => {
        let app = fresh();
        let changes = 0;
        commands.forEach((cmd, i) => {
          const step = i + 1;
          const result = run(app, cmd, step);
          if (result.isErr()) {
            expect(['APPLICATION_002', 'VALIDATION']).toContain(result.error.code);
            return;
          }
          const { state, events } = result.value;
          if (events.length === 0) {
            expect(state).toBe(app);
            return;
          }
          expect(events).toHaveLength(1);
          changes += 1;
          const entry = state.timeline.at(-1);
          expect(entry).toMatchObject({
            id: `t${step}`,
            actorId: cmd.actor.id,
            actorRole: cmd.actor.role,
            at: state.updatedAt,
          });
          if (cmd.kind === 'unreject') expect(state.stage).toBe(app.stage);
          if (state.status === 'rejected') expect(state.rejection.decidedBy).toBe(cmd.actor.role);
          app = state;
        });

        expect(APPLICATION_STATUSES).toContain(app.status);
        expect(APPLICATION_STAGES).toContain(app.stage);
        expect(reachable(app)).toBe(true);
        expect(app.rejection === null).toBe(app.status !== 'rejected');
        expect(app.timeline).toHaveLength(1 + changes);
        app.timeline.slice(1).forEach((entry, i) => {
          const previous = app.timeline[i];
          expect(entry.fromStatus).toBe(previous?.toStatus);
          expect(entry.fromStage).toBe(previous?.toStage);
          expect(entry.at.getTime()).toBeGreaterThan(previous?.at.getTime() ?? Number.POSITIVE_INFINITY);
        });
        const last = app.timeline.at(-1);
        expect([last?.toStatus, last?.toStage]).toEqual([app.status, app.stage]);
      }),
      { numRuns: 1_000 },
    );
  });

  it('Property: a hired or withdrawn application accepts no command, and a rejected one accepts only an un-reject', () => {
    const stage = fc.constantFrom<ApplicationStage>(...APPLICATION_STAGES);
    const ended = fc.oneof(
      fc.constant('hired' as const).map(() => {
        const offer = moveToStage(fresh(), { id: 'rec-1', role: 'employer' }, 'offer', {
          now: T0,
          transitionId: 'x',
        });
        return hireApplicant(
          offer._unsafeUnwrap().state,
          { id: 'rec-1', role: 'employer' },
          { now: T0, transitionId: 'y' },
        );
      }),
      stage.map((s) => {
        const moved = moveToStage(fresh(), { id: 'rec-1', role: 'employer' }, s, {
          now: T0,
          transitionId: 'x',
        });
        const at = moved._unsafeUnwrap().state;
        return withdrawApplication(at, { id: 'cand-1', role: 'candidate' }, { now: T0, transitionId: 'y' });
      }),
      fc
        .tuple(
          stage,
          fc.constantFrom(
            { id: 'cand-1', role: 'candidate' as const },
            { id: 'rec-1', role: 'employer' as const },
          ),
        )
        .map(([s, by]) => {
          const moved = moveToStage(fresh(), { id: 'rec-1', role: 'employer' }, s, {
            now: T0,
            transitionId: 'x',
          });
          return rejectApplication(moved._unsafeUnwrap().state, by, 'Not a fit', {
            now: T0,
            transitionId: 'y',
          });
        }),
    );
    fc.assert(
      fc.property(ended, command, (outcome, cmd) => {
        const app = outcome._unsafeUnwrap().state;
        const result = run(app, cmd, 1);
        if (app.status === 'rejected' && cmd.kind === 'unreject') {
          const allowed =
            cmd.actor.role === app.rejection.decidedBy &&
            (cmd.actor.role === 'employer' || cmd.actor.id === 'cand-1');
          expect(result.isOk()).toBe(allowed);
        } else {
          expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'Precondition', code: 'APPLICATION_002' });
        }
      }),
      { numRuns: 500 },
    );
  });
});
