import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Container,
  Drawer,
  Grid,
  Group,
  Paper,
  Progress,
  ScrollArea,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAlertCircle,
  IconArrowLeft,
  IconArrowRight,
  IconCertificate,
  IconCheck,
  IconCircleCheck,
  IconListDetails,
} from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { QueryError } from '../../components/query-state';
import { UpgradePrompt } from '../../components/upgrade-prompt';
import { isPaymentRequired, readError } from '../../lib/app-error';
import { lessonKindLabels } from '../../lib/learning-format';
import type { CourseDetail, EnrollmentView, LessonView } from '../../lib/router-types';
import { useTRPC } from '../../trpc';
import { useStoreEnrollment } from './enrollment-panel';
import { LessonContent } from './lesson-content';
import { progressByLesson, Syllabus } from './syllabus';

export function LessonPlayerPage() {
  const { courseId = '', lessonId = '' } = useParams();
  const trpc = useTRPC();
  const course = useQuery(trpc.courses.get.queryOptions({ courseId }));
  const lesson = useQuery(trpc.courses.lesson.queryOptions({ courseId, lessonId }));
  // The lesson answer carries the enrolment too; this query is the one every mutation updates. A pro
  // course whose plan lapsed answers no lesson, but the learner still sees their progress beside it.
  const enrollmentQuery = useQuery({
    ...trpc.courses.myEnrollment.queryOptions({ courseId }),
    enabled: lesson.data?.enrollment != null || isPaymentRequired(lesson.error),
  });
  const enrollment = enrollmentQuery.data ?? lesson.data?.enrollment ?? null;
  const [contentsOpen, contents] = useDisclosure(false);
  const location = useLocation();

  // A new lesson starts at its top, and the drawer closes once a lesson link has been followed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(() => {
    contents.close();
    window.scrollTo({ top: 0 });
  }, [location.pathname]);

  const sidebar = course.data && (
    <CourseContents
      course={course.data}
      enrollment={enrollment}
      preview={Boolean(lesson.data && !lesson.data.enrollment)}
      currentLessonId={lessonId}
    />
  );

  return (
    <Container size="xl" w="100%" py={{ base: 16, sm: 32 }}>
      <Group justify="space-between" mb="md" gap="xs" wrap="nowrap">
        <Anchor component={Link} to={`/courses/${courseId}`} size="sm" truncate>
          ← {course.data?.title ?? 'Back to the course'}
        </Anchor>
        <Button
          hiddenFrom="md"
          variant="default"
          size="xs"
          leftSection={<IconListDetails size={16} />}
          onClick={contents.open}
          aria-expanded={contentsOpen}
          style={{ flexShrink: 0 }}
        >
          Course contents
        </Button>
      </Group>
      {enrollment && (
        <Progress
          hiddenFrom="md"
          value={enrollment.percentComplete}
          color={enrollment.status === 'completed' ? 'teal' : undefined}
          size="sm"
          radius="xl"
          mb="md"
          aria-label={`Course progress: ${enrollment.percentComplete}%`}
        />
      )}
      <Drawer
        opened={contentsOpen}
        onClose={contents.close}
        title="Course contents"
        hiddenFrom="md"
        size="sm"
      >
        {sidebar}
      </Drawer>
      <Grid gutter="xl">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }} visibleFrom="md">
          <Paper withBorder p="md" pos="sticky" top={80} component="nav" aria-label="Course contents">
            <ScrollArea.Autosize mah="calc(100dvh - 140px)" offsetScrollbars>
              {course.isPending && <Skeleton height={240} />}
              {course.isError && <QueryError title="Could not load the syllabus" error={course.error} />}
              {sidebar}
            </ScrollArea.Autosize>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          {lesson.isPending && <LessonSkeleton />}
          {lesson.isError && (
            <Stack gap="md">
              {/* The page keeps a heading when no lesson can be shown (a screen reader's landmark). */}
              <Title order={1} size="h2">
                {course.data?.title ?? 'Lesson'}
              </Title>
              <LessonError courseId={courseId} error={lesson.error} retry={lesson.refetch} />
            </Stack>
          )}
          {lesson.data && <Lesson key={lesson.data.lesson.id} view={lesson.data} enrollment={enrollment} />}
        </Grid.Col>
      </Grid>
    </Container>
  );
}

function CourseContents(props: {
  course: CourseDetail;
  enrollment: EnrollmentView | null;
  /** An author reading lessons without an enrolment. */
  preview: boolean;
  currentLessonId: string;
}) {
  const { enrollment } = props;
  return (
    <Stack gap="md">
      <div>
        <Text fw={700} lh={1.3}>
          {props.course.title}
        </Text>
        {enrollment ? (
          <>
            <Progress
              value={enrollment.percentComplete}
              color={enrollment.status === 'completed' ? 'teal' : undefined}
              mt="sm"
              radius="xl"
              aria-label={`Course progress: ${enrollment.percentComplete}%`}
            />
            <Text size="xs" c="dimmed" mt={4}>
              {enrollment.completedLessons} of {enrollment.totalLessons} required lessons ·{' '}
              {enrollment.percentComplete}%
            </Text>
          </>
        ) : (
          props.preview && (
            <Badge variant="light" color="gray" mt={6}>
              Author preview
            </Badge>
          )
        )}
      </div>
      <Syllabus
        sections={props.course.sections}
        courseId={props.course.id}
        linkTo
        compact
        currentLessonId={props.currentLessonId}
        progress={enrollment ? progressByLesson(enrollment) : undefined}
      />
    </Stack>
  );
}

function Lesson(props: { view: LessonView; enrollment: EnrollmentView | null }) {
  const { view, enrollment } = props;
  const { courseId, lesson } = view;
  const trpc = useTRPC();
  const store = useStoreEnrollment(courseId);
  const [problem, setProblem] = useState<string | null>(null);
  // The plan lapsed while the lesson was open (a pro course): the server's reason, as an upgrade prompt.
  const [upgrade, setUpgrade] = useState<string | null>(null);
  const [justCompletedCourse, setJustCompletedCourse] = useState(false);
  const { mutate: recordVisit } = useMutation(trpc.courses.visitLesson.mutationOptions({ onSuccess: store }));
  const complete = useMutation(
    trpc.courses.completeLesson.mutationOptions({
      onSuccess: (next) => {
        setProblem(null);
        setUpgrade(null);
        if (next.status === 'completed' && enrollment?.status !== 'completed') setJustCompletedCourse(true);
        store(next);
      },
      onError: (error) => {
        const message = readError(error).message;
        setProblem(isPaymentRequired(error) ? null : message);
        setUpgrade(isPaymentRequired(error) ? message : null);
      },
    }),
  );

  // Record "resume here" once per opened lesson (not on re-renders, and not for an author's preview).
  const visited = useRef(false);
  const canVisit = enrollment?.status === 'active';
  useEffect(() => {
    if (visited.current || !canVisit) return;
    visited.current = true;
    recordVisit({ courseId, lessonId: lesson.id });
  }, [canVisit, courseId, lesson.id, recordVisit]);

  const status = enrollment?.lessons.find((l) => l.lessonId === lesson.id)?.status ?? 'not_started';
  const done = status === 'completed';
  const certificate = enrollment?.status === 'completed' ? enrollment.certificate : null;

  // Shown at the top of a finished course's lessons, and next to the button that just finished it.
  const completion = certificate && (
    <Alert
      color="teal"
      icon={<IconCertificate />}
      title={justCompletedCourse ? 'Course complete. Well done!' : 'You completed this course'}
      role={justCompletedCourse ? 'status' : undefined}
      data-testid="course-complete"
    >
      <Group gap="sm" justify="space-between">
        <Text size="sm">Your certificate is ready to share with employers.</Text>
        <Button
          component={Link}
          to={`/certificates/${certificate.verificationCode}`}
          color="teal"
          size="xs"
          leftSection={<IconCertificate size={16} />}
        >
          View certificate
        </Button>
      </Group>
    </Alert>
  );

  return (
    <Stack gap="lg" component="article" aria-labelledby="lesson-title">
      {!justCompletedCourse && completion}
      <div>
        <Text size="sm" c="dimmed">
          {view.sectionTitle}
        </Text>
        <Title order={1} size="h2" id="lesson-title">
          {lesson.title}
        </Title>
        <Group gap={6} mt="xs">
          <Badge variant="light" color="gray">
            {lessonKindLabels[lesson.content.kind]}
          </Badge>
          {!lesson.required && (
            <Badge variant="light" color="gray">
              Optional
            </Badge>
          )}
          {done && (
            <Badge variant="light" color="teal" leftSection={<IconCheck size={12} />}>
              Completed
            </Badge>
          )}
        </Group>
      </div>

      <LessonContent title={lesson.title} content={lesson.content} />

      {justCompletedCourse && completion}

      {problem && (
        <Alert color="red" icon={<IconAlertCircle />} role="alert">
          {problem}
        </Alert>
      )}
      {upgrade && <UpgradePrompt title="A Pro course" message={upgrade} />}

      <Paper withBorder p="md">
        <Stack gap="sm">
          <Group justify="space-between" gap="sm">
            <StepButton courseId={courseId} lessonId={view.previousLessonId} direction="previous" />
            <Group gap="sm">
              {enrollment && (
                <Button
                  onClick={() => complete.mutate({ courseId, lessonId: lesson.id })}
                  loading={complete.isPending}
                  disabled={done || enrollment.status === 'cancelled'}
                  variant={done ? 'light' : 'filled'}
                  color={done ? 'teal' : undefined}
                  leftSection={done ? <IconCircleCheck size={16} /> : <IconCheck size={16} />}
                  aria-describedby="complete-hint"
                >
                  {done ? 'Completed' : 'Mark complete'}
                </Button>
              )}
              <StepButton courseId={courseId} lessonId={view.nextLessonId} direction="next" emphasis={done} />
            </Group>
          </Group>
          <Text size="xs" c="dimmed" id="complete-hint" ta="right">
            {!enrollment
              ? 'Author preview: you are not enrolled, so progress is not recorded.'
              : done
                ? 'You completed this lesson; it counts towards your progress.'
                : lesson.content.kind === 'challenge'
                  ? 'Pass the challenge, then mark the lesson complete.'
                  : lesson.required
                    ? 'Mark the lesson complete when you are done; it counts towards your certificate.'
                    : 'This lesson is optional: it does not count towards completion.'}
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
}

/** Previous / next lesson; a plain disabled button at either end of the course. */
function StepButton(props: {
  courseId: string;
  lessonId: string | null;
  direction: 'previous' | 'next';
  emphasis?: boolean;
}) {
  const label = props.direction === 'previous' ? 'Previous' : 'Next';
  const icon = props.direction === 'previous' ? <IconArrowLeft size={16} /> : <IconArrowRight size={16} />;
  const sides = props.direction === 'previous' ? { leftSection: icon } : { rightSection: icon };
  if (!props.lessonId) {
    return (
      <Button variant="default" disabled {...sides}>
        {label}
      </Button>
    );
  }
  return (
    <Button
      component={Link}
      to={`/courses/${props.courseId}/lessons/${props.lessonId}`}
      variant={props.emphasis ? 'filled' : 'default'}
      {...sides}
    >
      {label}
    </Button>
  );
}

function LessonError(props: { courseId: string; error: unknown; retry: () => unknown }) {
  // A pro course whose plan lapsed: the lessons open again once the learner subscribes.
  if (isPaymentRequired(props.error))
    return <UpgradePrompt title="A Pro course" message={readError(props.error).message} />;
  const code = readError(props.error).code;
  if (code === 'ENROLLMENT_001') {
    return (
      <Alert color="gray" title="Enrol to open the lessons" icon={<IconListDetails />}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">Lessons open once you are enrolled in the course.</Text>
          <Button component={Link} to={`/courses/${props.courseId}`} size="xs">
            Go to the course page
          </Button>
        </Stack>
      </Alert>
    );
  }
  const missing = code === 'COURSE_001' || code === 'COURSE_005';
  return (
    <QueryError
      title={missing ? 'This lesson is not available' : 'Could not load the lesson'}
      error={props.error}
      onRetry={missing ? undefined : () => void props.retry()}
    />
  );
}

function LessonSkeleton() {
  return (
    <Box aria-busy="true" aria-label="Loading the lesson">
      <Skeleton height={14} width={140} />
      <Skeleton height={32} width="60%" mt="sm" />
      <Skeleton height={320} mt="lg" />
    </Box>
  );
}
