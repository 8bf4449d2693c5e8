import {
  Anchor,
  Badge,
  Button,
  Card,
  Container,
  Group,
  Menu,
  Skeleton,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconDots, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { EmptyState, QueryError } from '../../components/query-state';
import { courseStatusColors, courseStatusLabels } from '../../lib/learning-format';
import { formatRelative } from '../../lib/recruiting-format';
import type { StudioCourseRow } from '../../lib/router-types';
import { useTRPC } from '../../trpc';
import { InstructorOnly } from './instructor-only';

export function StudioPage() {
  return (
    <InstructorOnly>
      <MyCourses />
    </InstructorOnly>
  );
}

function MyCourses() {
  const trpc = useTRPC();
  const courses = useQuery(trpc.studio.myCourses.queryOptions());

  return (
    <Container size="lg" w="100%" py={{ base: 24, sm: 40 }}>
      <Group justify="space-between" mb="lg" gap="sm">
        <div>
          <Title order={1} size="h2">
            Studio
          </Title>
          <Text c="dimmed" size="sm">
            Write courses, arrange their lessons and publish them to the catalog.
          </Text>
          <Anchor component={Link} to="/studio/challenges" size="sm">
            Challenge studio →
          </Anchor>
        </div>
        <Button component={Link} to="/studio/new" leftSection={<IconPlus size={16} />}>
          New course
        </Button>
      </Group>
      {courses.isPending && <Skeleton height={200} aria-label="Loading your courses" />}
      {courses.isError && (
        <QueryError
          title="Could not load your courses"
          error={courses.error}
          onRetry={() => void courses.refetch()}
          retrying={courses.isFetching}
        />
      )}
      {courses.data?.length === 0 && (
        <EmptyState title="No courses yet">
          Start one with New course. It stays a draft while you add sections and lessons, until you publish
          it.
        </EmptyState>
      )}
      {courses.data && courses.data.length > 0 && (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={680}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Course</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th ta="right">Lessons</Table.Th>
                  <Table.Th ta="right">Learners</Table.Th>
                  <Table.Th>Updated</Table.Th>
                  <Table.Th w={48}>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {courses.data.map((course) => (
                  <CourseRow key={course.id} course={course} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
    </Container>
  );
}

function CourseRow(props: { course: StudioCourseRow }) {
  const { course } = props;
  return (
    <Table.Tr data-testid="studio-course-row">
      <Table.Td>
        <Anchor component={Link} to={`/studio/courses/${course.id}`} fw={500}>
          {course.title}
        </Anchor>
      </Table.Td>
      <Table.Td>
        {/* A badge would otherwise shrink to an ellipsis when the table scrolls on a phone. */}
        <Badge color={courseStatusColors[course.status]} variant="light" miw="max-content">
          {courseStatusLabels[course.status]}
        </Badge>
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm">{course.lessonCount}</Text>
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm">
          {course.enrollments.active}
          <Text span c="dimmed" size="xs">
            {' '}
            active · {course.enrollments.completed} completed
          </Text>
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatRelative(course.updatedAt)}</Text>
      </Table.Td>
      <Table.Td>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button variant="subtle" size="compact-sm" aria-label={`Actions for ${course.title}`}>
              <IconDots size={16} />
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item component={Link} to={`/studio/courses/${course.id}`}>
              Edit
            </Menu.Item>
            <Menu.Item component={Link} to={`/courses/${course.id}`}>
              {course.status === 'draft' ? 'Preview public page' : 'View public page'}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Table.Td>
    </Table.Tr>
  );
}
