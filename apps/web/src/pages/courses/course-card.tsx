import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { IconClock, IconListDetails, IconUsers } from '@tabler/icons-react';
import { Link } from 'react-router';
import { courseLevelColors, courseLevelLabels, formatDuration, plural } from '../../lib/learning-format';
import type { CourseCard as CourseCardData } from '../../lib/router-types';
import { CourseCover } from './course-cover';

export function CourseCard(props: { course: CourseCardData }) {
  const { course } = props;
  const titleId = `course-${course.id}`;
  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={titleId} data-testid="course-card">
      <Card.Section>
        <CourseCover courseId={course.id} url={course.coverImageUrl} height={132} />
      </Card.Section>
      <Stack gap={8} mt="md" style={{ flex: 1 }}>
        <Group gap={6}>
          <Badge variant="light" color={courseLevelColors[course.level]}>
            {courseLevelLabels[course.level]}
          </Badge>
          {course.accessTier === 'pro' && (
            <Badge variant="filled" color="yellow.6" c="dark.8">
              Pro
            </Badge>
          )}
        </Group>
        <Anchor component={Link} to={`/courses/${course.id}`} fw={600} size="lg" lh={1.3} id={titleId}>
          {course.title}
        </Anchor>
        {course.summary && (
          <Text size="sm" c="dimmed" lineClamp={3}>
            {course.summary}
          </Text>
        )}
        {course.authors.length > 0 && (
          <Text size="xs" c="dimmed">
            By {course.authors.map((author) => author.name).join(', ')}
          </Text>
        )}
        {course.skills.length > 0 && (
          <Group gap={6}>
            {course.skills.slice(0, 4).map((skill) => (
              <Badge key={skill.name} variant="outline" color="gray" size="sm" tt="none">
                {skill.name}
              </Badge>
            ))}
            {course.skills.length > 4 && (
              <Text size="xs" c="dimmed">
                +{course.skills.length - 4}
              </Text>
            )}
          </Group>
        )}
      </Stack>
      <Group gap="sm" mt="md" c="dimmed">
        <Meta icon={<IconListDetails size={14} aria-hidden />} text={plural(course.lessonCount, 'lesson')} />
        {course.videoSeconds > 0 && (
          <Meta
            icon={<IconClock size={14} aria-hidden />}
            text={`${formatDuration(course.videoSeconds)} of video`}
          />
        )}
        <Meta icon={<IconUsers size={14} aria-hidden />} text={plural(course.enrollmentCount, 'learner')} />
      </Group>
    </Card>
  );
}

function Meta(props: { icon: React.ReactNode; text: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      {props.icon}
      <Text size="xs">{props.text}</Text>
    </Group>
  );
}
