import { isAuthor, judgeSubmission, startGrading } from '@talentsphere/domain/challenges';
import { eventContracts } from '../events/contracts';
import type { EventHandler } from '../shared/event-handler';
import { runAgainst, toTestResults } from './challenge-runs';
import type { CodeRunner } from './code-runner.port';

/**
 * Grades each submitted solution against every test of its challenge in the sandbox, and records the
 * verdict with its events (saying whether the submitter is one of the challenge's authors, whose own
 * solves earn nothing). It runs inside the consumer's transaction with the inbox entry, so a
 * redelivered message finds the submission judged and changes nothing; the sandbox bounds how long
 * that transaction stays open (every test has a time limit).
 */
export function gradeSubmissions(runner: CodeRunner): EventHandler {
  return {
    consumer: 'grading',
    eventTypes: ['challenges.submitted'],
    async handle(envelope, scope, deps) {
      const { submissionId } = eventContracts['challenges.submitted'].schema.parse(envelope.data);
      const submission = await scope.submissions.findById(submissionId, 'update');
      if (!submission || submission.status === 'judged') return;
      const challenge = await scope.challenges.findById(submission.challengeId);
      if (!challenge) throw new Error(`Submission ${submissionId} names a missing challenge`);
      const running = startGrading(submission, { now: deps.clock.now() })._unsafeUnwrap().state;
      const runs = await runAgainst(runner, challenge, challenge.tests, running);
      const judged = judgeSubmission(running, toTestResults(challenge.tests, runs), {
        now: deps.clock.now(),
        byAuthor: isAuthor(challenge, submission.userId),
      });
      if (judged.isErr())
        throw new Error(`Submission ${submissionId} could not be judged: ${judged.error.message}`);
      await scope.submissions.update(judged.value.state);
      scope.events.record(...judged.value.events);
    },
  };
}
