import { Accordion, Badge, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { CodeEditor } from '../../components/code-editor';
import { EmptyState, QueryError } from '../../components/query-state';
import {
  formatMs,
  type Language,
  languageLabels,
  submissionStatusLabels,
  verdictColors,
  verdictLabels,
} from '../../lib/challenge-format';
import { formatDateTime, formatRelative } from '../../lib/recruiting-format';
import { useTRPC } from '../../trpc';

/** The learner's own submissions, newest first; each opens to its code, which can go back into the editor. */
export function SubmissionHistory(props: {
  challengeId: string;
  onLoad: (language: Language, source: string) => void;
}) {
  const trpc = useTRPC();
  const history = useQuery(trpc.challenges.mySubmissions.queryOptions({ challengeId: props.challengeId }));

  if (history.isPending) return <Skeleton height={160} aria-label="Loading your submissions" />;
  if (history.isError) {
    return (
      <QueryError
        title="Could not load your submissions"
        error={history.error}
        onRetry={() => void history.refetch()}
        retrying={history.isFetching}
      />
    );
  }
  if (history.data.length === 0) {
    return (
      <EmptyState title="No submissions yet">
        Submit your solution to have it judged on every test, hidden ones included.
      </EmptyState>
    );
  }
  return (
    <Accordion variant="contained" aria-label="Your submissions">
      {history.data.map((submission) => (
        <Accordion.Item key={submission.id} value={submission.id} data-testid="history-item">
          <Accordion.Control>
            <Group gap="sm" justify="space-between" wrap="wrap" pr="xs">
              <Group gap="xs" wrap="nowrap">
                {submission.verdict ? (
                  <Badge color={verdictColors[submission.verdict]} variant="light" miw="max-content">
                    {verdictLabels[submission.verdict]}
                  </Badge>
                ) : (
                  <Badge color="gray" variant="light">
                    {submissionStatusLabels[submission.status]}
                  </Badge>
                )}
                <Text size="sm" title={formatDateTime(submission.submittedAt)}>
                  {formatRelative(submission.submittedAt)}
                </Text>
              </Group>
              <Text size="xs" c="dimmed">
                {languageLabels[submission.language]}
                {submission.passed !== null && ` · ${submission.passed}/${submission.total} passed`}
                {submission.timeMs !== null && ` · ${formatMs(submission.timeMs)}`}
              </Text>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="xs">
              <CodeEditor
                value={submission.source}
                language={submission.language}
                readOnly
                label={`Code submitted ${formatDateTime(submission.submittedAt)}`}
                minHeight={60}
                maxHeight={320}
              />
              <Button
                variant="light"
                size="xs"
                w="fit-content"
                leftSection={<IconArrowBackUp size={14} />}
                onClick={() => props.onLoad(submission.language, submission.source)}
              >
                Load into editor
              </Button>
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
