import { Alert, Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconClock, IconPlayerPlay, IconRefresh, IconSend } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { ReturnState } from '../../auth/route-guards';
import { useSession } from '../../auth/use-session';
import { CodeEditor } from '../../components/code-editor';
import { readError } from '../../lib/app-error';
import { type ChallengeDetail, type Language, languageLabels } from '../../lib/challenge-format';
import { useTRPC } from '../../trpc';
import { RunResults } from './run-results';
import { SubmissionResult } from './submission-result';
import { useRetryCountdown } from './use-retry-countdown';
import { useRememberSubmission, useSubmissionVerdict } from './use-submission-verdict';

/** The editor with its language switch, Run (samples) and Submit (every test), and what came of the last one. */
export function SolvePanel(props: {
  challenge: ChallengeDetail;
  language: Language;
  onLanguageChange: (language: Language) => void;
  code: string;
  onCodeChange: (code: string) => void;
  onReset: () => void;
}) {
  const { challenge } = props;
  const trpc = useTRPC();
  const session = useSession();
  const remember = useRememberSubmission();
  const [shown, setShown] = useState<'run' | 'submission' | null>(null);
  const [submissionId, setSubmissionId] = useState<string | null>(null);
  const wait = useRetryCountdown();
  const onError = (error: unknown) => {
    const seconds = readError(error).retryAfterSeconds;
    if (seconds) wait.start(seconds);
  };
  const run = useMutation(trpc.challenges.run.mutationOptions({ onSuccess: () => setShown('run'), onError }));
  const submit = useMutation(
    trpc.challenges.submit.mutationOptions({
      onSuccess: (view) => {
        remember(view);
        setSubmissionId(view.id);
        setShown('submission');
      },
      onError,
    }),
  );
  const submission = useSubmissionVerdict(submissionId);
  const pending = submission.data && submission.data.status !== 'judged';
  const input = { challengeId: challenge.id, language: props.language, source: props.code };
  const failure = run.error ?? submit.error;
  const problem = failure ? readError(failure) : null;
  const blocked = session.status !== 'authenticated' || !props.code.trim() || wait.secondsLeft > 0;
  const starter = challenge.starterCode[props.language] ?? '';

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="xs">
        {challenge.languages.length > 1 ? (
          <SegmentedControl
            aria-label="Language"
            size="xs"
            data={challenge.languages.map((l) => ({ value: l, label: languageLabels[l] }))}
            value={props.language}
            onChange={(value) => props.onLanguageChange(value as Language)}
          />
        ) : (
          <Text size="sm" fw={500}>
            {languageLabels[props.language]}
          </Text>
        )}
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconRefresh size={14} />}
          onClick={props.onReset}
          disabled={props.code === starter}
        >
          Reset to starter code
        </Button>
      </Group>
      <CodeEditor
        value={props.code}
        onChange={props.onCodeChange}
        language={props.language}
        label="Code editor"
        minHeight={320}
        maxHeight={640}
      />

      {session.status === 'anonymous' ? (
        <SignInPrompt />
      ) : (
        <Group gap="xs" justify="flex-end">
          <Button
            variant="default"
            leftSection={<IconPlayerPlay size={16} />}
            loading={run.isPending}
            disabled={blocked}
            onClick={() => {
              submit.reset();
              run.mutate(input);
            }}
          >
            Run
          </Button>
          <Button
            leftSection={<IconSend size={16} />}
            loading={submit.isPending || pending}
            disabled={blocked}
            onClick={() => {
              run.reset();
              submit.mutate(input);
            }}
          >
            Submit
          </Button>
        </Group>
      )}

      {problem &&
        (problem.retryAfterSeconds ? (
          // Rate limited: count down to when Run and Submit work again.
          <Alert color="orange" icon={<IconClock />} role="status">
            {wait.secondsLeft > 0
              ? `Too many attempts in a short time. Try again in ${wait.secondsLeft} s.`
              : 'You can try again now.'}
          </Alert>
        ) : (
          <Alert color="red" icon={<IconAlertCircle />} role="alert">
            {problem.message}
          </Alert>
        ))}
      {shown === 'run' && run.data && (
        <RunResults results={run.data} entryFunction={challenge.entryFunction} />
      )}
      {shown === 'submission' && submission.data && <SubmissionResult submission={submission.data} />}
      {shown === 'submission' && submission.isError && (
        <Alert color="red" icon={<IconAlertCircle />} role="alert">
          {readError(submission.error).message} Your submission is still graded; find its verdict under
          Submissions.
        </Alert>
      )}
    </Stack>
  );
}

function SignInPrompt() {
  const location = useLocation();
  const from: ReturnState = { from: location.pathname };
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" gap="sm">
        <Text size="sm">Sign in to run your code on the samples and submit it for grading.</Text>
        <Group gap="xs">
          <Button component={Link} to="/sign-in" state={from}>
            Sign in
          </Button>
          <Button component={Link} to="/sign-up" state={from} variant="default">
            Create an account
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
