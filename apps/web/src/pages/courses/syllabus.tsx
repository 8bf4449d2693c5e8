import { Anchor, Badge, Group, NavLink, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatClock, lessonKindLabels, plural } from '../../lib/learning-format';
import type { EnrollmentView, LessonProgressStatus, SectionOutline } from '../../lib/router-types';
import { LessonKindIcon, LessonStatusIcon } from './lesson-icons';

/** Lesson id → the learner's status; lessons missing here are not started. */
export function progressByLesson(enrollment: EnrollmentView | null | undefined) {
  return new Map<string, LessonProgressStatus>(enrollment?.lessons.map((l) => [l.lessonId, l.status]) ?? []);
}

/**
 * The course's sections and lessons. With `linkTo`, lesson titles open the player (for enrolled learners
 * and authors); with `progress`, each lesson shows the learner's status.
 */
export function Syllabus(props: {
  sections: readonly SectionOutline[];
  courseId: string;
  linkTo?: boolean;
  progress?: Map<string, LessonProgressStatus>;
  currentLessonId?: string;
  compact?: boolean;
}) {
  const { sections, progress } = props;
  if (sections.every((section) => section.lessons.length === 0)) {
    return (
      <Text c="dimmed" size="sm">
        The syllabus is being written.
      </Text>
    );
  }
  return (
    <Stack gap={props.compact ? 'md' : 'lg'}>
      {sections.map((section, index) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`}>
          <Group justify="space-between" gap="xs" mb={6} wrap="nowrap">
            <Title order={3} size={props.compact ? 'sm' : 'h5'} id={`section-${section.id}`} fw={600}>
              {props.compact ? section.title : `${index + 1}. ${section.title}`}
            </Title>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {plural(section.lessons.length, 'lesson')}
            </Text>
          </Group>
          {props.compact ? (
            <Stack gap={2}>
              {section.lessons.map((lesson) => (
                <NavLink
                  key={lesson.id}
                  component={Link}
                  to={`/courses/${props.courseId}/lessons/${lesson.id}`}
                  active={lesson.id === props.currentLessonId}
                  aria-current={lesson.id === props.currentLessonId ? 'page' : undefined}
                  label={lesson.title}
                  description={lessonMeta(lesson, true)}
                  leftSection={
                    progress ? (
                      <LessonStatusIcon status={progress.get(lesson.id) ?? 'not_started'} />
                    ) : (
                      <LessonKindIcon kind={lesson.kind} size={22} />
                    )
                  }
                  styles={{ root: { borderRadius: 'var(--mantine-radius-sm)' } }}
                />
              ))}
            </Stack>
          ) : (
            <Paper withBorder>
              {section.lessons.map((lesson, lessonIndex) => (
                <Group
                  key={lesson.id}
                  wrap="nowrap"
                  gap="sm"
                  px="md"
                  py="sm"
                  style={
                    lessonIndex > 0
                      ? {
                          borderTop:
                            '1px solid light-dark(var(--mantine-color-gray-3), var(--mantine-color-dark-4))',
                        }
                      : undefined
                  }
                  data-testid="syllabus-lesson"
                >
                  <LessonKindIcon kind={lesson.kind} />
                  <div style={{ flex: 1, minWidth: 0 }}>
                    {props.linkTo ? (
                      <Anchor
                        component={Link}
                        to={`/courses/${props.courseId}/lessons/${lesson.id}`}
                        size="sm"
                        fw={500}
                      >
                        {lesson.title}
                      </Anchor>
                    ) : (
                      <Text size="sm" fw={500}>
                        {lesson.title}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {lessonMeta(lesson, false)}
                    </Text>
                  </div>
                  {!lesson.required && (
                    <Badge variant="light" color="gray" size="sm">
                      Optional
                    </Badge>
                  )}
                  {progress && <LessonStatusIcon status={progress.get(lesson.id) ?? 'not_started'} />}
                </Group>
              ))}
              {section.lessons.length === 0 && (
                <Text size="sm" c="dimmed" px="md" py="sm">
                  No lessons in this section yet.
                </Text>
              )}
            </Paper>
          )}
        </section>
      ))}
    </Stack>
  );
}

function lessonMeta(lesson: SectionOutline['lessons'][number], withOptional: boolean): string {
  const parts: string[] = [lessonKindLabels[lesson.kind]];
  if (lesson.durationSeconds) parts.push(formatClock(lesson.durationSeconds));
  if (withOptional && !lesson.required) parts.push('optional');
  return parts.join(' · ');
}
