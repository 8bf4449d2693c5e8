import { AspectRatio, Badge, Button, Card, Group, Skeleton, Text, ThemeIcon } from '@mantine/core';
import { IconArrowRight, IconCode, IconExternalLink, IconPlayerPlay } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Markdown } from '../../components/markdown';
import { QueryError } from '../../components/query-state';
import { difficultyColors, difficultyLabels } from '../../lib/challenge-format';
import { formatClock } from '../../lib/learning-format';
import type { LessonContent as LessonContentData } from '../../lib/router-types';
import { videoSource } from '../../lib/video-source';
import { useTRPC } from '../../trpc';

export function LessonContent(props: { title: string; content: LessonContentData }) {
  const { content } = props;
  switch (content.kind) {
    case 'article':
      return <Markdown>{content.markdown}</Markdown>;
    case 'video':
      return <VideoLesson title={props.title} url={content.url} durationSeconds={content.durationSeconds} />;
    case 'challenge':
      return <ChallengeLesson challengeId={content.challengeId} />;
  }
}

/** The linked challenge is solved on its own page; the lesson completes once it is passed. */
function ChallengeLesson(props: { challengeId: string }) {
  const trpc = useTRPC();
  const challenge = useQuery(trpc.challenges.get.queryOptions({ challengeId: props.challengeId }));
  if (challenge.isPending) return <Skeleton height={120} radius="md" aria-label="Loading the challenge" />;
  if (challenge.isError)
    return (
      <QueryError
        title="Could not load the challenge"
        error={challenge.error}
        onRetry={() => void challenge.refetch()}
      />
    );
  const { id, title, difficulty } = challenge.data;
  return (
    <Card withBorder padding="lg" data-testid="challenge-lesson">
      <Group wrap="nowrap" align="flex-start">
        <ThemeIcon size={44} radius="md" variant="light">
          <IconCode size={24} aria-hidden />
        </ThemeIcon>
        <div style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={600}>{title}</Text>
            <Badge size="sm" variant="light" color={difficultyColors[difficulty]}>
              {difficultyLabels[difficulty]}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed" mt={2}>
            Solve this coding challenge on its page. Once a submission is accepted, come back here and mark
            the lesson complete.
          </Text>
          <Button
            component={Link}
            to={`/challenges/${id}`}
            mt="sm"
            rightSection={<IconArrowRight size={16} aria-hidden />}
          >
            Solve the challenge
          </Button>
        </div>
      </Group>
    </Card>
  );
}

function VideoLesson(props: { title: string; url: string; durationSeconds: number }) {
  const source = videoSource(props.url);
  if (source.kind === 'youtube') {
    return (
      <AspectRatio ratio={16 / 9}>
        <iframe
          src={source.embedUrl}
          title={props.title}
          style={{ border: 0, borderRadius: 'var(--mantine-radius-md)' }}
          allow="accelerometer; encrypted-media; gyroscope; picture-in-picture; fullscreen"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
          loading="lazy"
        />
      </AspectRatio>
    );
  }
  if (source.kind === 'file') {
    return (
      <AspectRatio ratio={16 / 9}>
        {/* biome-ignore lint/a11y/useMediaCaption: lessons are authored without caption tracks (the API has no field for them) */}
        <video
          src={source.url}
          controls
          preload="metadata"
          aria-label={props.title}
          style={{ borderRadius: 'var(--mantine-radius-md)', background: 'black' }}
        />
      </AspectRatio>
    );
  }
  return (
    <Card withBorder padding="lg">
      <Group wrap="nowrap" align="flex-start">
        <ThemeIcon size={44} radius="md" variant="light">
          <IconPlayerPlay size={24} aria-hidden />
        </ThemeIcon>
        <div style={{ minWidth: 0 }}>
          <Text fw={600}>This video plays on another site</Text>
          <Text size="sm" c="dimmed" mt={2}>
            Length {formatClock(props.durationSeconds)}. Come back here to mark the lesson complete.
          </Text>
          <Button
            component="a"
            href={source.url}
            target="_blank"
            rel="noopener noreferrer"
            mt="sm"
            variant="light"
            rightSection={<IconExternalLink size={16} aria-hidden />}
          >
            Watch the video
          </Button>
        </div>
      </Group>
    </Card>
  );
}
