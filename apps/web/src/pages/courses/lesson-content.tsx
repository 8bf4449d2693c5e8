import { Alert, AspectRatio, Button, Card, Group, Text, ThemeIcon } from '@mantine/core';
import { IconCode, IconExternalLink, IconPlayerPlay } from '@tabler/icons-react';
import { Markdown } from '../../components/markdown';
import { formatClock } from '../../lib/learning-format';
import type { LessonContent as LessonContentData } from '../../lib/router-types';
import { videoSource } from '../../lib/video-source';

export function LessonContent(props: { title: string; content: LessonContentData }) {
  const { content } = props;
  switch (content.kind) {
    case 'article':
      return <Markdown>{content.markdown}</Markdown>;
    case 'video':
      return <VideoLesson title={props.title} url={content.url} durationSeconds={content.durationSeconds} />;
    case 'challenge':
      return (
        <Alert color="gray" icon={<IconCode />} title="Coding challenge">
          Challenge lessons open in the challenges area, which is on its way.
        </Alert>
      );
  }
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
