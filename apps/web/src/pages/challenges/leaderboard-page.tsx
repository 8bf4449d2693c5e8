import { Anchor, Card, Container, Skeleton, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useSession } from '../../auth/use-session';
import { EmptyState, QueryError } from '../../components/query-state';
import { formatRelative } from '../../lib/recruiting-format';
import { useTRPC } from '../../trpc';
import { LeaderboardName, leaderboardRowKey } from './leaderboard-name';
import { RankCell } from './rank-cell';

/** Everyone who solved a challenge, by how many they solved (ties: who got there first). */
export function LeaderboardPage() {
  const trpc = useTRPC();
  const session = useSession();
  const viewerId = session.status === 'authenticated' ? session.user.id : undefined;
  const board = useQuery({
    ...trpc.challenges.overallLeaderboard.queryOptions(),
    // Whether a hidden learner's row shows as theirs depends on who they are: wait until that is known.
    enabled: session.status !== 'loading',
  });

  return (
    <Container size="md" w="100%" py={{ base: 24, sm: 40 }}>
      <Anchor component={Link} to="/challenges" size="sm">
        ← Challenges
      </Anchor>
      <Title order={1} size="h2" mt="sm">
        Leaderboard
      </Title>
      <Text c="dimmed" mt={4} mb="lg">
        Ranked by challenges solved; on a tie, whoever reached that count first. Solving a challenge you wrote
        does not count.
      </Text>
      {board.isPending && <Skeleton height={240} aria-label="Loading the leaderboard" />}
      {board.isError && (
        <QueryError
          title="Could not load the leaderboard"
          error={board.error}
          onRetry={() => void board.refetch()}
          retrying={board.isFetching}
        />
      )}
      {board.data?.length === 0 && (
        <EmptyState
          title="No one has solved a challenge yet"
          action={
            <Anchor component={Link} to="/challenges">
              Be the first
            </Anchor>
          }
        >
          Solve a challenge and your name appears here.
        </EmptyState>
      )}
      {board.data && board.data.length > 0 && (
        <Card withBorder padding={0}>
          <Table verticalSpacing="sm" aria-label="Overall leaderboard">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={64}>Rank</Table.Th>
                <Table.Th>Name</Table.Th>
                <Table.Th ta="right">Solved</Table.Th>
                <Table.Th visibleFrom="xs">Last solve</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {board.data.map((entry, index) => (
                <Table.Tr
                  key={leaderboardRowKey(entry, index)}
                  bg={entry.userId === viewerId ? 'var(--mantine-primary-color-light)' : undefined}
                >
                  <RankCell rank={entry.rank} />
                  <Table.Td>
                    <LeaderboardName entry={entry} mine={entry.userId === viewerId} />
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm">{entry.solved}</Text>
                  </Table.Td>
                  <Table.Td visibleFrom="xs">
                    <Text size="sm" c="dimmed">
                      {formatRelative(entry.lastSolvedAt)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </Container>
  );
}
