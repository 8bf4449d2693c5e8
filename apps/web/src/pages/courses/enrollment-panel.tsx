import { Alert, Anchor, Button, Card, Group, Modal, Progress, Skeleton, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconAlertCircle,
  IconCertificate,
  IconCircleCheck,
  IconEdit,
  IconEye,
  IconPlayerPlay,
} from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { ReturnState } from '../../auth/route-guards';
import { useSession } from '../../auth/use-session';
import { QueryError } from '../../components/query-state';
import { UpgradePrompt } from '../../components/upgrade-prompt';
import { isPaymentRequired, readError } from '../../lib/app-error';
import type { CourseDetail, EnrollmentView } from '../../lib/router-types';
import { useTRPC } from '../../trpc';

/** Keeps every screen that shows this enrolment in step with what a mutation returned. */
export function useStoreEnrollment(courseId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (enrollment: EnrollmentView) => {
    queryClient.setQueryData(trpc.courses.myEnrollment.queryKey({ courseId }), enrollment);
    void queryClient.invalidateQueries({ queryKey: trpc.courses.myLearning.queryKey() });
  };
}

export function firstLessonId(course: CourseDetail): string | undefined {
  return course.sections.flatMap((section) => section.lessons)[0]?.id;
}

/** The course page's call to action: sign in, enrol, resume, see the certificate, or preview (authors). */
export function EnrollmentPanel(props: { course: CourseDetail; isAuthor: boolean }) {
  const { course } = props;
  const session = useSession();
  const location = useLocation();

  if (session.status === 'loading') return <Skeleton height={140} />;
  if (course.status === 'draft') return <CourseStatusAlert course={course} isAuthor={props.isAuthor} />;
  if (session.status === 'anonymous') {
    if (course.status === 'archived') return <CourseStatusAlert course={course} isAuthor={false} />;
    const from: ReturnState = { from: location.pathname };
    return (
      <Card withBorder padding="lg">
        <Text fw={600}>Start learning</Text>
        <Text size="sm" c="dimmed" mt={4}>
          Sign in to enrol, track your progress and earn a certificate.
        </Text>
        <Stack gap="xs" mt="md">
          <Button component={Link} to="/sign-in" state={from}>
            Sign in to enrol
          </Button>
          <Button component={Link} to="/sign-up" state={from} variant="default">
            Create an account
          </Button>
        </Stack>
      </Card>
    );
  }
  return <LearnerPanel course={course} isAuthor={props.isAuthor} />;
}

/** A draft (its authors' preview) or an archived course: no one new can enrol. */
function CourseStatusAlert(props: { course: CourseDetail; isAuthor: boolean }) {
  const { course } = props;
  const first = firstLessonId(course);
  return (
    <Alert color="gray" title={course.status === 'draft' ? 'Draft preview' : 'Archived course'}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          {course.status === 'draft'
            ? 'Only the authors see this course until it is published.'
            : 'This course no longer takes new learners.'}
        </Text>
        {props.isAuthor && (
          <Group gap="xs">
            <Button size="xs" component={Link} to={`/studio/courses/${course.id}`}>
              Open in the studio
            </Button>
            {first && (
              <Button
                size="xs"
                variant="default"
                component={Link}
                to={`/courses/${course.id}/lessons/${first}`}
              >
                Preview lessons
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Alert>
  );
}

/** A published course seen by one of its authors: they preview it, and edit it in the studio. */
function AuthorPanel(props: { course: CourseDetail }) {
  const { course } = props;
  const first = firstLessonId(course);
  return (
    <Card withBorder padding="lg" data-testid="author-panel">
      <Stack gap="sm">
        <Text fw={600}>You are an author of this course</Text>
        <Text size="sm" c="dimmed">
          Authors preview their course rather than enrol, so it earns them no progress, points or certificate.
        </Text>
        {first && (
          <Button
            component={Link}
            to={`/courses/${course.id}/lessons/${first}`}
            leftSection={<IconEye size={16} />}
          >
            Preview the first lesson
          </Button>
        )}
        <Button
          component={Link}
          to={`/studio/courses/${course.id}`}
          variant="default"
          leftSection={<IconEdit size={16} />}
        >
          Open in the studio
        </Button>
      </Stack>
    </Card>
  );
}

function LearnerPanel(props: { course: CourseDetail; isAuthor: boolean }) {
  const { course } = props;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const store = useStoreEnrollment(course.id);
  const enrollment = useQuery(trpc.courses.myEnrollment.queryOptions({ courseId: course.id }));
  // A pro course followed without a plan that includes it now (it lapsed): the progress shows, and
  // that the lessons wait for the plan (the server refuses them with BILLING_001 until then).
  const takesPlan =
    course.accessTier === 'pro' &&
    !props.isAuthor &&
    (enrollment.data?.status === 'active' || enrollment.data?.status === 'completed');
  const billing = useQuery({ ...trpc.billing.mine.queryOptions(), enabled: takesPlan });
  const planLapsed =
    takesPlan && billing.data?.audience === 'learner' && !billing.data.plan.limits.proCourses;
  const [problem, setProblem] = useState<string | null>(null);
  // A pro course without the plan: the server's reason, shown as an upgrade prompt.
  const [upgrade, setUpgrade] = useState<string | null>(null);
  const [confirming, confirm] = useDisclosure(false);
  const onSuccess = (view: EnrollmentView) => {
    setProblem(null);
    setUpgrade(null);
    store(view);
    // The enrolment count on the course page moves with it (once the worker versions the cached page).
    void queryClient.invalidateQueries({ queryKey: trpc.courses.get.queryKey({ courseId: course.id }) });
  };
  const onError = (error: unknown) => {
    if (isPaymentRequired(error)) {
      setProblem(null);
      setUpgrade(readError(error).message);
      return;
    }
    setUpgrade(null);
    setProblem(readError(error).message);
    void enrollment.refetch();
  };
  const enroll = useMutation(trpc.courses.enroll.mutationOptions({ onSuccess, onError }));
  const cancel = useMutation(
    trpc.courses.cancel.mutationOptions({
      onSuccess: (view) => {
        onSuccess(view);
        confirm.close();
        notifications.show({ message: `You left “${course.title}”. Your progress is kept if you return.` });
      },
      onError: (error) => {
        confirm.close();
        onError(error);
      },
    }),
  );

  if (enrollment.isPending) return <Skeleton height={140} />;
  if (enrollment.isError) {
    return (
      <QueryError
        title="Could not check your enrolment"
        error={enrollment.error}
        onRetry={() => void enrollment.refetch()}
      />
    );
  }

  const view = enrollment.data;
  const resumeId = view?.resumeLessonId ?? firstLessonId(course);
  const errorAlert = upgrade ? (
    <UpgradePrompt title="A Pro course" message={upgrade} />
  ) : (
    problem && (
      <Alert color="red" icon={<IconAlertCircle />} role="alert">
        {problem}
      </Alert>
    )
  );

  if (!view || view.status === 'cancelled') {
    // Enrolled learners keep an archived course; no one else joins it.
    if (course.status === 'archived') return <CourseStatusAlert course={course} isAuthor={props.isAuthor} />;
    // Authors preview their course rather than enrol (the server answers ENROLLMENT_006). An enrolment
    // from before that rule still shows its progress below.
    if (props.isAuthor) return <AuthorPanel course={course} />;
    return (
      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Text fw={600}>{view ? 'Come back to this course' : 'Start learning'}</Text>
          <Text size="sm" c="dimmed">
            {view
              ? `You left this course. Enrol again to pick up where you were${view.percentComplete > 0 ? ` (${view.percentComplete}% done)` : ''}.`
              : course.accessTier === 'pro'
                ? 'A Pro course: included in the Pro plan. Enrol to follow the lessons and earn its certificate.'
                : 'Enrol for free to follow the lessons and track your progress.'}
          </Text>
          {errorAlert}
          <Button onClick={() => enroll.mutate({ courseId: course.id })} loading={enroll.isPending}>
            {view ? 'Enrol again' : 'Enrol'}
          </Button>
        </Stack>
      </Card>
    );
  }

  return (
    <Card withBorder padding="lg" data-testid="enrollment-panel">
      <Stack gap="sm">
        {view.status === 'completed' ? (
          <Group gap="xs" wrap="nowrap">
            <IconCircleCheck size={20} color="var(--mantine-color-teal-6)" aria-hidden />
            <Text fw={600}>You completed this course</Text>
          </Group>
        ) : (
          <Text fw={600}>Your progress</Text>
        )}
        <div>
          <Progress
            value={view.percentComplete}
            color={view.status === 'completed' ? 'teal' : undefined}
            size="lg"
            radius="xl"
            aria-label={`Course progress: ${view.percentComplete}%`}
          />
          <Text size="xs" c="dimmed" mt={6}>
            {view.completedLessons} of {view.totalLessons} required lessons · {view.percentComplete}%
          </Text>
        </div>
        {planLapsed && !upgrade && (
          <UpgradePrompt
            title="A Pro course"
            message="Your plan no longer includes Pro courses: upgrade to continue the lessons. Your progress is kept."
          />
        )}
        {errorAlert}
        {view.status === 'completed' && view.certificate && (
          <Button
            component={Link}
            to={`/certificates/${view.certificate.verificationCode}`}
            color="teal"
            leftSection={<IconCertificate size={18} />}
          >
            View certificate
          </Button>
        )}
        {resumeId && (
          <Button
            component={Link}
            to={`/courses/${course.id}/lessons/${resumeId}`}
            // With the plan lapsed, upgrading is the one main action: the lessons wait for it.
            variant={view.status === 'completed' || planLapsed ? 'default' : 'filled'}
            leftSection={<IconPlayerPlay size={16} />}
          >
            {view.status === 'completed'
              ? 'Review lessons'
              : view.lastLessonId
                ? 'Resume'
                : 'Start the course'}
          </Button>
        )}
        {view.status === 'active' && (
          <Anchor component="button" type="button" size="sm" c="dimmed" onClick={confirm.open}>
            Leave course
          </Anchor>
        )}
      </Stack>
      <Modal opened={confirming} onClose={confirm.close} title="Leave this course?" centered>
        <Stack gap="md">
          <Text size="sm">
            “{course.title}” leaves your learning list. Your progress is kept: enrol again any time to pick up
            where you stopped.
          </Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={confirm.close}>
              Stay enrolled
            </Button>
            <Button
              color="red"
              onClick={() => cancel.mutate({ courseId: course.id })}
              loading={cancel.isPending}
            >
              Leave course
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
