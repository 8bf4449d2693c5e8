import { Anchor, Badge, Card, Container, Group, Skeleton, Table, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../auth/use-session';
import { EmptyState, QueryError } from '../../components/query-state';
import { formatPoints } from '../../lib/gamification-format';
import { useTRPC } from '../../trpc';
import { LeaderboardName, leaderboardRowKey } from '../challenges/leaderboard-name';
import { RankCell } from '../challenges/rank-cell';

const PERIODS = ['all-time', 'weekly'] as const;
type Period = (typeof PERIODS)[number];

/** Everyone's points, all time or this ISO week (UTC); the period lives in the address. */
export function PointsLeaderboardPage() {
  const trpc = useTRPC();
  const session = useSession();
  const viewerId = session.status === 'authenticated' ? session.user.id : undefined;
  const [params, setParams] = useSearchParams();
  const period: Period = params.get('period') === 'weekly' ? 'weekly' : 'all-time';
  const board = useQuery({
    ...trpc.gamification.leaderboard.queryOptions({ period, limit: 50 }),
    // Whether a hidden learner's row shows as theirs depends on who they are: wait until that is known.
    enabled: session.status !== 'loading',
  });
  const rows = board.data?.rows ?? [];
  const me = board.data?.me;
  const meShown = rows.some((r) => r.userId === viewerId);

  return (
    <Container size="md" w="100%" py={{ base: 24, sm: 40 }}>
      <Title order={1} size="h2">
        Points leaderboard
      </Title>
      <Text c="dimmed" mt={4} mb="lg">
        Points come from solving challenges, completing lessons and courses, certificates and applying for
        jobs. Weekly points count from Monday 00:00 UTC.{' '}
        <Anchor component={Link} to="/leaderboard" size="sm">
          Challenges solved →
        </Anchor>
      </Text>

      <Tabs
        value={period}
        onChange={(value) => setParams(value === 'weekly' ? { period: 'weekly' } : {}, { replace: true })}
        mb="md"
      >
        <Tabs.List>
          <Tabs.Tab value="all-time">All time</Tabs.Tab>
          <Tabs.Tab value="weekly">This week</Tabs.Tab>
        </Tabs.List>
      </Tabs>

      {me && !meShown && (
        <Text size="sm" mb="sm" data-testid="my-standing">
          Your place: <strong>#{me.rank}</strong> with {formatPoints(me.points)}
        </Text>
      )}

      {board.isPending && <Skeleton height={240} aria-label="Loading the leaderboard" />}
      {board.isError && (
        <QueryError
          title="Could not load the leaderboard"
          error={board.error}
          onRetry={() => void board.refetch()}
          retrying={board.isFetching}
        />
      )}
      {board.data && rows.length === 0 && (
        <EmptyState
          title={period === 'weekly' ? 'No points yet this week' : 'No points yet'}
          action={
            <Anchor component={Link} to="/challenges">
              Solve a challenge
            </Anchor>
          }
        >
          Earn points and your name appears here.
        </EmptyState>
      )}
      {rows.length > 0 && (
        <Card withBorder padding={0}>
          <Table
            verticalSpacing="sm"
            aria-label={period === 'weekly' ? `Points this week (${board.data?.week})` : 'Points of all time'}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={64}>Rank</Table.Th>
                <Table.Th>Name</Table.Th>
                <Table.Th visibleFrom="xs">Level</Table.Th>
                <Table.Th ta="right">Points</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, index) => {
                const mine = row.userId === viewerId;
                return (
                  <Table.Tr
                    key={leaderboardRowKey(row, index)}
                    bg={mine ? 'var(--mantine-primary-color-light)' : undefined}
                  >
                    <RankCell rank={row.rank} />
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <LeaderboardName entry={row} mine={mine} />
                        <Badge size="xs" variant="light" hiddenFrom="xs" style={{ flexShrink: 0 }}>
                          Lv {row.level}
                        </Badge>
                      </Group>
                    </Table.Td>
                    <Table.Td visibleFrom="xs">
                      <Badge size="sm" variant="light">
                        Level {row.level}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm" fw={600}>
                        {row.points.toLocaleString('en')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </Container>
  );
}
