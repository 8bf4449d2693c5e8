import { Anchor, Badge, Card, Container, Grid, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconClock, IconListDetails, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useSession } from '../../auth/use-session';
import { Markdown } from '../../components/markdown';
import { QueryError } from '../../components/query-state';
import { readError } from '../../lib/app-error';
import {
  courseLevelColors,
  courseLevelLabels,
  courseStatusColors,
  courseStatusLabels,
  formatDuration,
  plural,
} from '../../lib/learning-format';
import { skillLevelLabels } from '../../lib/recruiting-format';
import type { CourseDetail } from '../../lib/router-types';
import { useTRPC } from '../../trpc';
import { CourseCover } from './course-cover';
import { EnrollmentPanel } from './enrollment-panel';
import { progressByLesson, Syllabus } from './syllabus';

export function CoursePage() {
  const { courseId = '' } = useParams();
  const trpc = useTRPC();
  const course = useQuery(trpc.courses.get.queryOptions({ courseId }));

  return (
    <Container size="lg" w="100%" py={{ base: 24, sm: 40 }}>
      <Anchor component={Link} to="/courses" size="sm">
        ← All courses
      </Anchor>
      {course.isPending && <CourseSkeleton />}
      {course.isError && (
        <Stack mt="md">
          <QueryError
            title="Could not load this course"
            error={course.error}
            onRetry={readError(course.error).code === 'COURSE_001' ? undefined : () => void course.refetch()}
          />
        </Stack>
      )}
      {course.data && <CourseView course={course.data} />}
    </Container>
  );
}

function CourseView(props: { course: CourseDetail }) {
  const { course } = props;
  const trpc = useTRPC();
  const session = useSession();
  const signedIn = session.status === 'authenticated';
  const isAuthor = signedIn && course.authors.some((author) => author.id === session.user.id);
  // Shares the enrolment panel's query: one request, and the syllabus follows every progress change.
  const enrollment = useQuery({
    ...trpc.courses.myEnrollment.queryOptions({ courseId: course.id }),
    enabled: signedIn,
  });
  const enrolled = enrollment.data && enrollment.data.status !== 'cancelled' ? enrollment.data : undefined;
  // One panel, placed beside the page on wide screens and right under the title on phones.
  const wide = useMediaQuery('(min-width: 62em)', true);
  const panel = <EnrollmentPanel course={course} isAuthor={isAuthor} />;

  return (
    <Grid mt="md" gutter="xl">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="xl">
          <div>
            <Group gap={6} mb="xs">
              <Badge variant="light" color={courseLevelColors[course.level]}>
                {courseLevelLabels[course.level]}
              </Badge>
              {course.accessTier === 'pro' && (
                <Badge variant="filled" color="yellow.6" c="dark.8">
                  Pro
                </Badge>
              )}
              {course.status !== 'published' && (
                <Badge variant="light" color={courseStatusColors[course.status]}>
                  {courseStatusLabels[course.status]}
                </Badge>
              )}
            </Group>
            <Title order={1} size="h2">
              {course.title}
            </Title>
            {course.summary && (
              <Text size="lg" c="dimmed" mt="xs">
                {course.summary}
              </Text>
            )}
            {course.authors.length > 0 && (
              <Text size="sm" mt="sm">
                By <strong>{course.authors.map((author) => author.name).join(', ')}</strong>
              </Text>
            )}
            <Group gap="lg" mt="sm" c="dimmed">
              <Meta
                icon={<IconListDetails size={16} aria-hidden />}
                text={plural(course.lessonCount, 'lesson')}
              />
              {course.videoSeconds > 0 && (
                <Meta
                  icon={<IconClock size={16} aria-hidden />}
                  text={`${formatDuration(course.videoSeconds)} of video`}
                />
              )}
              <Meta
                icon={<IconUsers size={16} aria-hidden />}
                text={plural(course.enrollmentCount, 'learner')}
              />
            </Group>
          </div>

          {!wide && panel}

          {course.skills.length > 0 && (
            <section aria-labelledby="course-skills">
              <Title order={2} size="h4" id="course-skills" mb="xs">
                Skills you will practise
              </Title>
              <Group gap="xs">
                {course.skills.map((skill) => (
                  <Badge key={skill.name} variant="outline" tt="none" size="lg" color="gray">
                    {skill.name} · {skillLevelLabels[skill.level]}
                  </Badge>
                ))}
              </Group>
            </section>
          )}

          <section aria-labelledby="course-about">
            <Title order={2} size="h4" id="course-about" mb="xs">
              About this course
            </Title>
            {course.description.trim() ? (
              <Markdown>{course.description}</Markdown>
            ) : (
              <Text c="dimmed">No description yet.</Text>
            )}
          </section>

          <section aria-labelledby="course-syllabus">
            <Title order={2} size="h4" id="course-syllabus" mb="sm">
              Syllabus
            </Title>
            <Syllabus
              sections={course.sections}
              courseId={course.id}
              linkTo={Boolean(enrolled) || isAuthor}
              progress={enrolled ? progressByLesson(enrolled) : undefined}
            />
          </section>
        </Stack>
      </Grid.Col>

      {wide && (
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md" pos="sticky" top={80}>
            <Card withBorder padding={0}>
              <CourseCover courseId={course.id} url={course.coverImageUrl} height={160} />
            </Card>
            {panel}
          </Stack>
        </Grid.Col>
      )}
    </Grid>
  );
}

function Meta(props: { icon: React.ReactNode; text: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      {props.icon}
      <Text size="sm">{props.text}</Text>
    </Group>
  );
}

function CourseSkeleton() {
  return (
    <Grid mt="md" gutter="xl" aria-busy="true" aria-label="Loading the course">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="sm">
          <Skeleton height={20} width={120} />
          <Skeleton height={34} width="70%" />
          <Skeleton height={18} width="90%" />
          <Skeleton height={240} mt="md" />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Skeleton height={280} />
      </Grid.Col>
    </Grid>
  );
}
