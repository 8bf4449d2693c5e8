import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Progress,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconCode, IconPlayerPlay, IconSchool } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { QueryError } from '../../components/query-state';
import { readError } from '../../lib/app-error';
import { useTRPC } from '../../trpc';
import { Explanation, scoreColor } from '../employer/match-panel';

/** "Your gap to this job": the candidate's match, what is missing, and a path they start in one click. */
export function SkillGapPanel(props: { jobId: string }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const gap = useQuery(trpc.matching.myGap.queryOptions({ jobId: props.jobId }));
  const enroll = useMutation(trpc.courses.enroll.mutationOptions());

  if (gap.isPending) return <Skeleton height={160} aria-label="Loading your skill gap" />;
  if (gap.isError)
    return (
      <QueryError
        title="Could not work out your skill gap"
        error={gap.error}
        onRetry={() => void gap.refetch()}
        retrying={gap.isFetching}
      />
    );
  const { score, requirements, path, uncovered } = gap.data;
  if (requirements.length === 0) return null;
  const first = path[0];

  async function start() {
    if (!first) return;
    if (first.kind === 'challenge') {
      await navigate(`/challenges/${first.id}`);
      return;
    }
    try {
      await enroll.mutateAsync({ courseId: first.id });
    } catch (error) {
      // Already enrolled: carry on to the course.
      if (readError(error).code !== 'ENROLLMENT_002') return;
    }
    await navigate(`/courses/${first.id}`);
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="gap-heading" data-testid="skill-gap">
      <Group justify="space-between" gap="xs">
        <Title order={2} size="h5" id="gap-heading">
          Your gap to this job
        </Title>
        <Badge color={scoreColor(score)} variant="light" data-testid="gap-score">
          {score}% match
        </Badge>
      </Group>
      <Progress value={score} color={scoreColor(score)} mt="xs" aria-label={`Your match: ${score}%`} />
      <Stack gap="sm" mt="md">
        <Explanation requirements={requirements} />
        {path.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              Learning path
            </Text>
            <List spacing={6} type="ordered" size="sm" data-testid="learning-path">
              {path.map((step) => (
                <List.Item
                  key={step.id}
                  icon={
                    step.kind === 'course' ? (
                      <IconSchool size={16} aria-hidden />
                    ) : (
                      <IconCode size={16} aria-hidden />
                    )
                  }
                >
                  <Text size="sm" span>
                    {step.kind === 'course' ? 'Course' : 'Challenge'}:{' '}
                    <Anchor
                      component={Link}
                      to={`/${step.kind === 'course' ? 'courses' : 'challenges'}/${step.id}`}
                      size="sm"
                    >
                      {step.title}
                    </Anchor>
                  </Text>{' '}
                  <Text size="xs" c="dimmed" span>
                    closes {step.closes.join(', ')}
                  </Text>
                </List.Item>
              ))}
            </List>
            {enroll.error && readError(enroll.error).code !== 'ENROLLMENT_002' && (
              <Alert color="red" role="alert">
                {readError(enroll.error).message}
              </Alert>
            )}
            <Button
              leftSection={<IconPlayerPlay size={16} />}
              onClick={() => void start()}
              loading={enroll.isPending}
            >
              {first?.kind === 'challenge' ? 'Open the first challenge' : 'Start the first course'}
            </Button>
          </>
        )}
        {uncovered.length > 0 && (
          <Text size="xs" c="dimmed">
            No published course or challenge covers {uncovered.join(', ')} yet.
          </Text>
        )}
        {score === 100 && (
          <Text size="sm" c="teal">
            Your evidence meets every skill this job asks for.
          </Text>
        )}
      </Stack>
    </Card>
  );
}
