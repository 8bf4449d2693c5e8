import { Button, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { IconTrophy } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatPoints, levelProgress, nextLevelLabel } from '../lib/gamification-format';
import { useTRPC } from '../trpc';

/**
 * The signed-in person's points and level in the header, linking to the leaderboard. Quiet while
 * loading or when it fails: the header is no place for an error.
 */
export function PointsPill() {
  const trpc = useTRPC();
  const me = useQuery({
    ...trpc.gamification.me.queryOptions(),
    // Points arrive from the worker after the action that earned them.
    refetchInterval: 60_000,
  });
  if (!me.data) return null;
  const { level, points } = me.data;
  return (
    <Tooltip
      withArrow
      label={
        <Stack gap={4} w={180}>
          <Text size="xs" fw={600}>
            Level {level} · {formatPoints(points)}
          </Text>
          <Progress value={levelProgress(me.data)} size="sm" aria-hidden />
          <Text size="xs">{nextLevelLabel(me.data)}</Text>
        </Stack>
      }
    >
      <Button
        component={Link}
        to="/leaderboard/points"
        variant="light"
        size="compact-sm"
        radius="xl"
        leftSection={<IconTrophy size={16} aria-hidden />}
        aria-label={`Level ${level}, ${formatPoints(points)}: see the leaderboard`}
        data-testid="points-pill"
      >
        <Text span size="sm" fw={600}>
          {points.toLocaleString('en')}
        </Text>
        <Text span size="xs" fw={700} ml={8} opacity={0.8}>
          Lv {level}
        </Text>
      </Button>
    </Tooltip>
  );
}
