import { Card, Group, Progress, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { QueryError } from '../../components/query-state';
import { formatPoints, levelProgress, nextLevelLabel } from '../../lib/gamification-format';
import { formatDate } from '../../lib/recruiting-format';
import { useTRPC } from '../../trpc';
import { BadgeIcon } from './badge-icon';

/** The profile's points, level and badges. */
export function AchievementsCard() {
  const trpc = useTRPC();
  const me = useQuery(trpc.gamification.me.queryOptions());

  return (
    <Card withBorder p={{ base: 'md', sm: 'xl' }} mt="lg" aria-labelledby="achievements-title">
      <Group justify="space-between" align="baseline" mb="md">
        <Title order={2} size="h3" id="achievements-title">
          Achievements
        </Title>
        <Text component={Link} to="/leaderboard/points" size="sm" c="brand" td="underline">
          Leaderboard
        </Text>
      </Group>

      {me.isPending && (
        <Stack gap="sm" aria-busy="true" aria-label="Loading your achievements">
          <Skeleton height={18} width="40%" />
          <Skeleton height={8} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Skeleton height={64} />
            <Skeleton height={64} />
          </SimpleGrid>
        </Stack>
      )}

      {me.isError && (
        <QueryError
          title="Could not load your achievements"
          error={me.error}
          onRetry={() => void me.refetch()}
          retrying={me.isFetching}
        />
      )}

      {me.data && (
        <>
          <Group justify="space-between" align="baseline" gap="xs">
            <Text fw={600} data-testid="profile-level">
              Level {me.data.level}
            </Text>
            <Text size="sm" c="dimmed" data-testid="profile-points">
              {formatPoints(me.data.points)}
            </Text>
          </Group>
          <Progress
            value={levelProgress(me.data)}
            mt={6}
            aria-label={`Progress to the next level: ${nextLevelLabel(me.data)}`}
          />
          <Text size="xs" c="dimmed" mt={4}>
            {nextLevelLabel(me.data)}
          </Text>

          <Title order={3} size="h5" mt="lg" mb="sm">
            Badges
          </Title>
          {me.data.badges.length === 0 ? (
            <Text size="sm" c="dimmed">
              No badges yet. Complete a course, solve challenges or apply for a job to earn your first.
            </Text>
          ) : (
            <SimpleGrid
              cols={{ base: 1, xs: 2 }}
              spacing="sm"
              component="ul"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
            >
              {me.data.badges.map((badge) => (
                <Group component="li" key={badge.id} gap="sm" wrap="nowrap" data-testid="profile-badge">
                  <BadgeIcon badge={badge.id} />
                  <div style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600}>
                      {badge.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {badge.description} · {formatDate(badge.earnedAt)}
                    </Text>
                  </div>
                </Group>
              ))}
            </SimpleGrid>
          )}
        </>
      )}
    </Card>
  );
}
