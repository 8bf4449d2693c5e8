import {
  Alert,
  Anchor,
  Badge,
  Button,
  Container,
  Group,
  Modal,
  Skeleton,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconArchive, IconExternalLink, IconRocket } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { QueryError } from '../../components/query-state';
import { readError } from '../../lib/app-error';
import { courseStatusColors, courseStatusLabels, plural } from '../../lib/learning-format';
import { formatRelative } from '../../lib/recruiting-format';
import type { StudioCourse } from '../../lib/router-types';
import { useTRPC } from '../../trpc';
import { CourseDetailsForm } from './course-details-form';
import { InstructorOnly } from './instructor-only';
import { useStoreStudioCourse } from './studio-cache';
import { SyllabusEditor } from './syllabus-editor';

export function CourseEditorPage() {
  return (
    <InstructorOnly>
      <CourseEditor />
    </InstructorOnly>
  );
}

function CourseEditor() {
  const { courseId = '' } = useParams();
  const trpc = useTRPC();
  const course = useQuery(trpc.studio.get.queryOptions({ courseId }));

  return (
    <Container size="lg" w="100%" py={{ base: 24, sm: 40 }}>
      <Anchor component={Link} to="/studio" size="sm">
        ← Studio
      </Anchor>
      {course.isPending && (
        <Stack mt="md" aria-busy="true" aria-label="Loading the course">
          <Skeleton height={32} width="50%" />
          <Skeleton height={320} />
        </Stack>
      )}
      {course.isError && (
        <Stack mt="md">
          <QueryError
            title="Could not open this course"
            error={course.error}
            onRetry={
              ['COURSE_001', 'COURSE_002'].includes(readError(course.error).code ?? '')
                ? undefined
                : () => void course.refetch()
            }
          />
        </Stack>
      )}
      {course.data && <Editor course={course.data} />}
    </Container>
  );
}

function Editor(props: { course: StudioCourse }) {
  const { course } = props;
  const trpc = useTRPC();
  const store = useStoreStudioCourse();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'details' ? 'details' : 'syllabus';
  const update = useMutation(trpc.studio.updateDetails.mutationOptions({ onSuccess: store }));
  const archived = course.status === 'archived';
  const lessonCount = course.sections.reduce((sum, section) => sum + section.lessons.length, 0);

  return (
    <Stack gap="lg" mt="sm">
      <Group justify="space-between" align="flex-start" gap="sm">
        <div style={{ minWidth: 0 }}>
          <Group gap="sm">
            <Title order={1} size="h2">
              {course.title}
            </Title>
            <Badge color={courseStatusColors[course.status]} variant="light" data-testid="course-status">
              {courseStatusLabels[course.status]}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed" mt={4}>
            {plural(lessonCount, 'lesson')} · {plural(course.enrollments.active, 'active learner')} ·{' '}
            {course.enrollments.completed} completed · updated {formatRelative(course.updatedAt)}
          </Text>
        </div>
        <Group gap="xs">
          <Button
            component={Link}
            to={`/courses/${course.id}`}
            variant="default"
            leftSection={<IconExternalLink size={16} />}
          >
            {course.status === 'draft' ? 'Preview page' : 'Public page'}
          </Button>
          <StatusAction course={course} />
        </Group>
      </Group>

      {archived && (
        <Alert color="orange" icon={<IconArchive />} title="Archived">
          This course is out of the catalog and can no longer change. Learners keep their progress and
          certificates.
        </Alert>
      )}

      <Tabs
        value={tab}
        onChange={(value) => setParams(value === 'details' ? { tab: 'details' } : {}, { replace: true })}
      >
        <Tabs.List>
          <Tabs.Tab value="syllabus">Syllabus</Tabs.Tab>
          <Tabs.Tab value="details">Details</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="syllabus" pt="lg">
          {!archived && (
            <Text size="sm" c="dimmed" mb="md">
              Drag the handles to reorder sections and to move lessons, also between sections. With a
              keyboard: focus a handle, press Space, move with the arrow keys, and press Space again to drop.
            </Text>
          )}
          <SyllabusEditor course={course} readOnly={archived} />
        </Tabs.Panel>
        <Tabs.Panel value="details" pt="lg">
          {archived ? (
            <Text c="dimmed">An archived course’s details can no longer change.</Text>
          ) : (
            <CourseDetailsForm
              course={course}
              submitLabel="Save details"
              onSubmit={async (payload) => {
                await update.mutateAsync({ courseId: course.id, ...payload });
                notifications.show({ color: 'teal', message: 'Course details saved.' });
              }}
            />
          )}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** Publish a draft, or archive a published course, after a confirmation that says what it means. */
function StatusAction(props: { course: StudioCourse }) {
  const { course } = props;
  const trpc = useTRPC();
  const store = useStoreStudioCourse();
  const [opened, dialog] = useDisclosure(false);
  const onSuccess = (next: StudioCourse) => {
    store(next);
    dialog.close();
    notifications.show({
      color: 'teal',
      message: next.status === 'published' ? 'The course is live in the catalog.' : 'The course is archived.',
    });
  };
  const publish = useMutation(trpc.studio.publish.mutationOptions({ onSuccess }));
  const archive = useMutation(trpc.studio.archive.mutationOptions({ onSuccess }));

  if (course.status === 'archived') return null;
  const publishing = course.status === 'draft';
  const mutation = publishing ? publish : archive;
  const open = () => {
    mutation.reset();
    dialog.open();
  };

  return (
    <>
      {publishing ? (
        <Button leftSection={<IconRocket size={16} />} onClick={open}>
          Publish
        </Button>
      ) : (
        <Button color="orange" variant="light" leftSection={<IconArchive size={16} />} onClick={open}>
          Archive
        </Button>
      )}
      <Modal
        opened={opened}
        onClose={dialog.close}
        title={publishing ? 'Publish this course?' : 'Archive this course?'}
        centered
      >
        <Stack gap="md">
          <Text size="sm">
            {publishing
              ? 'It appears in the catalog and anyone can enrol. You can keep editing it afterwards; learners see the changes.'
              : 'It leaves the catalog and no one new can enrol. Enrolled learners keep their progress and certificates. An archived course cannot be published again or edited.'}
          </Text>
          {mutation.error && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert">
              {readError(mutation.error).message}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={dialog.close}>
              Cancel
            </Button>
            <Button
              color={publishing ? undefined : 'orange'}
              loading={mutation.isPending}
              onClick={() => mutation.mutate({ courseId: course.id })}
            >
              {publishing ? 'Publish course' : 'Archive course'}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
