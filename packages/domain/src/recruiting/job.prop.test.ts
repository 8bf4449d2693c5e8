import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeJob, createJob, editJob, type Job, type JobPostingInput, openJob } from './job';

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

const command = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    title: fc.constantFrom('Staff Engineer', 'x', 'Platform Engineer'),
  }),
  fc.record({ kind: fc.constant('open' as const) }),
  fc.record({ kind: fc.constant('close' as const) }),
);

/** The only status/date combinations a job may be in, and the dates stay in order. */
function expectConsistent(job: Job) {
  if (job.status === 'draft') expect([job.openedAt, job.closedAt]).toEqual([null, null]);
  if (job.status === 'open') {
    expect(job.openedAt).toBeInstanceOf(Date);
    expect(job.closedAt).toBeNull();
  }
  if (job.status === 'closed') {
    expect(job.openedAt).toBeInstanceOf(Date);
    expect(job.closedAt).toBeInstanceOf(Date);
    expect(job.closedAt.getTime()).toBeGreaterThanOrEqual(job.openedAt.getTime());
  }
  if (job.openedAt) expect(job.openedAt.getTime()).toBeGreaterThanOrEqual(job.createdAt.getTime());
  expect(job.updatedAt.getTime()).toBeGreaterThanOrEqual(job.createdAt.getTime());
}

describe('Job lifecycle (property)', () => {
  it('Property: no sequence of edits, opens and closes yields an invalid status/openedAt/closedAt combination; a job once opened never returns to draft and keeps its first openedAt', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(command, { maxLength: 30 }), (publish, commands) => {
        let job = createJob({ id: 'j1', companyId: 'c1', posting, publish }, { now: T0 })._unsafeUnwrap()
          .state;
        expectConsistent(job);
        commands.forEach((cmd, i) => {
          const now = new Date(T0.getTime() + (i + 1) * 60_000);
          const before = job;
          const result =
            cmd.kind === 'edit'
              ? editJob(job, { ...posting, title: cmd.title }, { now })
              : cmd.kind === 'open'
                ? openJob(job, { now })
                : closeJob(job, { now });
          if (result.isErr()) {
            const refusedClose = cmd.kind === 'close' && before.status === 'draft';
            const refusedEdit = cmd.kind === 'edit' && cmd.title === 'x';
            expect(refusedClose || refusedEdit).toBe(true);
            return;
          }
          const { state, events } = result.value;
          expect(events.length).toBe(state === before ? 0 : 1);
          for (const event of events)
            expect(event.data).toEqual({
              jobId: 'j1',
              companyId: 'c1',
              title: state.title,
              status: state.status,
            });
          job = state;
          expectConsistent(job);
          if (before.status !== 'draft') expect(job.status).not.toBe('draft');
          if (before.openedAt) expect(job.openedAt).toEqual(before.openedAt);
          if (cmd.kind === 'open') expect(job.status).toBe('open');
          if (cmd.kind === 'close') expect(job.status).toBe('closed');
          if (cmd.kind === 'edit') expect(job.status).toBe(before.status);
        });
      }),
      { numRuns: 500 },
    );
  });
});
