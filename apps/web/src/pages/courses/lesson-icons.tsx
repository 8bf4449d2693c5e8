import { ThemeIcon, Tooltip } from '@mantine/core';
import {
  IconCircle,
  IconCircleCheckFilled,
  IconCircleHalf2,
  IconCode,
  IconFileText,
  IconPlayerPlay,
} from '@tabler/icons-react';
import { lessonKindLabels, lessonStatusLabels } from '../../lib/learning-format';
import type { LessonKind, LessonProgressStatus } from '../../lib/router-types';

const kindIcons = {
  article: IconFileText,
  video: IconPlayerPlay,
  challenge: IconCode,
} as const satisfies Record<LessonKind, unknown>;

export function LessonKindIcon(props: { kind: LessonKind; size?: number }) {
  const Icon = kindIcons[props.kind];
  return (
    <ThemeIcon variant="light" color="gray" size={props.size ?? 26} radius="sm">
      <Icon size={(props.size ?? 26) * 0.6} aria-label={lessonKindLabels[props.kind]} role="img" />
    </ThemeIcon>
  );
}

/** A learner's progress on one lesson: a labelled icon so it reads without the colour. */
export function LessonStatusIcon(props: { status: LessonProgressStatus }) {
  const label = lessonStatusLabels[props.status];
  const icon =
    props.status === 'completed' ? (
      <IconCircleCheckFilled size={18} color="var(--mantine-color-teal-6)" aria-label={label} role="img" />
    ) : props.status === 'in_progress' ? (
      <IconCircleHalf2 size={18} color="var(--mantine-color-blue-6)" aria-label={label} role="img" />
    ) : (
      <IconCircle size={18} color="var(--mantine-color-dimmed)" aria-label={label} role="img" />
    );
  return (
    <Tooltip label={label} withArrow openDelay={300}>
      <span style={{ display: 'inline-flex' }}>{icon}</span>
    </Tooltip>
  );
}
