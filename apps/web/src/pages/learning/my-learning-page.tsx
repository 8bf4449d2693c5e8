import {
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Container,
  Group,
  Progress,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconCertificate, IconPlayerPlay } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { EmptyState, QueryError } from '../../components/query-state';
import { enrollmentStatusColors, enrollmentStatusLabels } from '../../lib/learning-format';
import { formatDate, formatRelative } from '../../lib/recruiting-format';
import type { MyLearningRow } from '../../lib/router-types';
import { useTRPC } from '../../trpc';
import { CourseCover } from '../courses/course-cover';

export function MyLearningPage() {
  const trpc = useTRPC();
  const rows = useQuery(trpc.courses.myLearning.queryOptions());

  return (
    <Container size="md" w="100%" py={{ base: 24, sm: 40 }}>
      <Group justify="space-between" mb="lg" gap="sm">
        <Title order={1} size="h2">
          My learning
        </Title>
        {Boolean(rows.data?.length) && (
          <Button component={Link} to="/courses" variant="default">
            Browse courses
          </Button>
        )}
      </Group>
      {rows.isPending && (
        <Stack gap="sm" aria-busy="true" aria-label="Loading your courses">
          <Skeleton height={120} />
          <Skeleton height={120} />
        </Stack>
      )}
      {rows.isError && (
        <QueryError
          title="Could not load your courses"
          error={rows.error}
          onRetry={() => void rows.refetch()}
          retrying={rows.isFetching}
        />
      )}
      {rows.data?.length === 0 && (
        <EmptyState
          title="No courses yet"
          action={
            <Button component={Link} to="/courses">
              Find a course
            </Button>
          }
        >
          Enrol in a course to follow your progress here and earn certificates employers can verify.
        </EmptyState>
      )}
      <Stack gap="sm">
        {rows.data?.map((row) => (
          <LearningRow key={row.enrollment.id} row={row} />
        ))}
      </Stack>
    </Container>
  );
}

function LearningRow(props: { row: MyLearningRow }) {
  const { course, enrollment } = props.row;
  const titleId = `learning-${course.id}`;
  const completed = enrollment.status === 'completed';
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={titleId} data-testid="learning-row">
      <Group wrap="nowrap" align="flex-start" gap="md">
        <Box w={120} visibleFrom="xs" style={{ flexShrink: 0, borderRadius: 8, overflow: 'hidden' }}>
          <CourseCover courseId={course.id} url={course.coverImageUrl} height={76} />
        </Box>
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
            <Anchor component={Link} to={`/courses/${course.id}`} fw={600} id={titleId} lh={1.3}>
              {course.title}
            </Anchor>
            <Badge
              color={enrollmentStatusColors[enrollment.status]}
              variant="light"
              style={{ flexShrink: 0 }}
            >
              {enrollmentStatusLabels[enrollment.status]}
            </Badge>
          </Group>
          <Progress
            value={enrollment.percentComplete}
            color={completed ? 'teal' : undefined}
            radius="xl"
            aria-label={`${course.title}: ${enrollment.percentComplete}% complete`}
          />
          <Text size="xs" c="dimmed">
            {enrollment.completedLessons} of {enrollment.totalLessons} required lessons ·{' '}
            {enrollment.percentComplete}%{' · '}
            {completed && enrollment.completedAt
              ? `completed ${formatDate(enrollment.completedAt)}`
              : `enrolled ${formatRelative(enrollment.enrolledAt)}`}
          </Text>
          <Group gap="xs" mt={4}>
            {!completed && enrollment.resumeLessonId && (
              <Button
                component={Link}
                to={`/courses/${course.id}/lessons/${enrollment.resumeLessonId}`}
                size="xs"
                leftSection={<IconPlayerPlay size={14} />}
                aria-label={`Resume ${course.title}`}
              >
                Resume
              </Button>
            )}
            {completed && enrollment.certificate && (
              <Button
                component={Link}
                to={`/certificates/${enrollment.certificate.verificationCode}`}
                size="xs"
                color="teal"
                variant="light"
                leftSection={<IconCertificate size={14} />}
                aria-label={`View certificate for ${course.title}`}
              >
                View certificate
              </Button>
            )}
          </Group>
        </Stack>
      </Group>
    </Card>
  );
}
