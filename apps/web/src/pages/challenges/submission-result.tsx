import { Alert, Badge, Group, Loader, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import {
  formatBytes,
  formatMs,
  type SubmissionView,
  submissionStatusLabels,
  verdictColors,
  verdictLabels,
} from '../../lib/challenge-format';

/**
 * A submission as it goes: queued, running, then its verdict with the score, costs and each test's
 * verdict. Hidden tests show only their number, verdict and time.
 */
export function SubmissionResult(props: { submission: SubmissionView }) {
  const { submission } = props;
  if (submission.status !== 'judged' || submission.verdict === null) {
    // Keyed: another submission starts its own wait.
    return <SubmissionWaiting key={submission.id} submission={submission} />;
  }

  const sampleNumbers = numberWithin(submission.results, 'sample');
  const hiddenNumbers = numberWithin(submission.results, 'hidden');
  return (
    <Paper withBorder p="md" data-testid="submission-result">
      <Stack gap="sm">
        <Group gap="sm" role="status" aria-live="polite">
          <Badge
            size="lg"
            color={verdictColors[submission.verdict]}
            variant={submission.verdict === 'ACCEPTED' ? 'filled' : 'light'}
            data-testid="submission-verdict"
          >
            {verdictLabels[submission.verdict]}
          </Badge>
          <Text size="sm">
            {submission.passed ?? 0} / {submission.total ?? 0} tests passed
          </Text>
        </Group>
        <SimpleGrid cols={2} spacing="xs" maw={360}>
          <Fact label="Slowest test" value={formatMs(submission.timeMs)} />
          <Fact label="Peak memory" value={formatBytes(submission.memoryBytes)} />
        </SimpleGrid>
        <Table.ScrollContainer minWidth={280}>
          <Table verticalSpacing={4} fz="sm" aria-label="Test results">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Test</Table.Th>
                <Table.Th>Verdict</Table.Th>
                <Table.Th ta="right">Time</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {submission.results.map((result) => (
                <Table.Tr key={result.testId} data-testid="submission-test">
                  <Table.Td>
                    {result.visibility === 'hidden'
                      ? `Hidden test ${hiddenNumbers.get(result.testId)}`
                      : `Sample ${sampleNumbers.get(result.testId)}`}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={verdictColors[result.verdict]} fw={500}>
                      {verdictLabels[result.verdict]}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{formatMs(result.timeMs)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}

/** Tests numbered 1… within their visibility, in the order they ran. */
function numberWithin(
  results: SubmissionView['results'],
  visibility: SubmissionView['results'][number]['visibility'],
): Map<string, number> {
  return new Map(results.filter((r) => r.visibility === visibility).map((r, index) => [r.testId, index + 1]));
}

function Fact(props: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {props.label}
      </Text>
      <Text size="sm" fw={600}>
        {props.value}
      </Text>
    </div>
  );
}

/** Queued or running; past a couple of minutes it says the grading is delayed rather than spin on. */
function SubmissionWaiting(props: { submission: SubmissionView }) {
  const { submission } = props;
  const delayed = useGradingDelayed();
  return (
    <Paper withBorder p="md" data-testid="submission-result">
      <Stack gap="sm">
        <Group gap="sm" role="status" aria-live="polite">
          <Loader size="sm" aria-hidden />
          <Text fw={600} data-testid="submission-status">
            {submissionStatusLabels[submission.status]}
          </Text>
          <Text size="sm" c="dimmed">
            {submission.status === 'queued'
              ? 'Waiting for a grader…'
              : 'Running your code against every test…'}
          </Text>
        </Group>
        {delayed && (
          <Alert
            color="yellow"
            title={
              <Text component="span" fw={700} size="sm" c="var(--mantine-color-text)">
                Grading is taking longer than usual
              </Text>
            }
            data-testid="grading-delayed"
          >
            Your submission is saved and will be graded; the verdict appears here and in your submission
            history when it is ready, so you can leave this page.
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * After this long without a verdict the grader is behind or failing (a submission's tests take at
 * most a few seconds each), and the page says so instead of spinning as if all were well.
 */
const GRADING_DELAYED_AFTER_MS = 2 * 60 * 1000;

/**
 * Counted from when this page first saw the submission waiting, not from its `submittedAt`: the
 * browser's clock can be minutes off the server's.
 */
function useGradingDelayed(): boolean {
  const [delayed, setDelayed] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setDelayed(true), GRADING_DELAYED_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return delayed;
}
