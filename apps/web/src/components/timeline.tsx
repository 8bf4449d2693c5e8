import { Text, Timeline } from '@mantine/core';
import { IconCheck, IconCircleDot, IconUserCheck, IconX } from '@tabler/icons-react';
import { describeTimelineEntry, formatDateTime } from '../lib/recruiting-format';
import type { TimelineEntry } from '../lib/router-types';

function iconFor(entry: TimelineEntry) {
  if (entry.kind === 'hired') return <IconUserCheck size={14} />;
  if (entry.kind === 'rejected' || entry.kind === 'withdrawn') return <IconX size={14} />;
  if (entry.kind === 'submitted') return <IconCheck size={14} />;
  return <IconCircleDot size={14} />;
}

/** The whole history of an application, oldest first: who did what, and when. */
export function ApplicationTimeline(props: { entries: readonly TimelineEntry[] }) {
  return (
    <Timeline active={props.entries.length - 1} bulletSize={24} lineWidth={2} data-testid="timeline">
      {props.entries.map((entry, index) => (
        <Timeline.Item
          // biome-ignore lint/suspicious/noArrayIndexKey: the timeline only appends, so positions are stable
          key={index}
          bullet={iconFor(entry)}
          color={entry.kind === 'rejected' || entry.kind === 'withdrawn' ? 'red' : undefined}
          title={describeTimelineEntry(entry)}
        >
          {entry.reason && (
            <Text size="sm" mt={2}>
              Reason: {entry.reason}
            </Text>
          )}
          <Text size="xs" c="dimmed" mt={4}>
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
