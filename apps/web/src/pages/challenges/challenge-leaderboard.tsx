import { Skeleton, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSession } from '../../auth/use-session';
import { EmptyState, QueryError } from '../../components/query-state';
import { type ChallengeLeaderboardEntry, formatMs, languageLabels } from '../../lib/challenge-format';
import { formatDateTime, formatRelative } from '../../lib/recruiting-format';
import { useTRPC } from '../../trpc';
import { LeaderboardName, leaderboardRowKey } from './leaderboard-name';
import { RankCell } from './rank-cell';

/**
 * Who solved this challenge, by their first accepted submission (ties: the faster runtime). Its
 * authors are never ranked: they wrote the reference solution and see the hidden tests.
 */
export function ChallengeLeaderboard(props: { challengeId: string; authorIds: readonly string[] }) {
  const trpc = useTRPC();
  const session = useSession();
  const viewerId = session.status === 'authenticated' ? session.user.id : undefined;
  const viewerIsAuthor = viewerId !== undefined && props.authorIds.includes(viewerId);
  const board = useQuery({
    ...trpc.challenges.leaderboard.queryOptions({ challengeId: props.challengeId }),
    // Whether a hidden learner's row shows as theirs depends on who they are: wait until that is known.
    enabled: session.status !== 'loading',
  });

  if (board.isPending) return <Skeleton height={160} aria-label="Loading the leaderboard" />;
  if (board.isError) {
    return (
      <QueryError
        title="Could not load the leaderboard"
        error={board.error}
        onRetry={() => void board.refetch()}
        retrying={board.isFetching}
      />
    );
  }
  return (
    <Stack gap="xs">
      {viewerIsAuthor && (
        <Text size="sm" c="dimmed">
          You wrote this challenge, so your own submissions are not ranked here, not counted in its stats, and
          earn no points or verified skills.
        </Text>
      )}
      {board.data.length === 0 ? (
        <EmptyState title="No learner has solved it yet">
          {/* An author has just read why they are not ranked, in the note above. */}
          {viewerIsAuthor
            ? 'The first accepted submission tops this list.'
            : 'The first accepted submission tops this list; the challenge’s authors are not ranked.'}
        </EmptyState>
      ) : (
        <Board entries={board.data} viewerId={viewerId} />
      )}
    </Stack>
  );
}

function Board(props: { entries: ChallengeLeaderboardEntry[]; viewerId: string | undefined }) {
  const { viewerId } = props;
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table verticalSpacing="xs" aria-label="Challenge leaderboard" data-testid="challenge-leaderboard">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={56}>Rank</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Accepted</Table.Th>
            <Table.Th ta="right">Runtime</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.entries.map((entry, index) => (
            <Table.Tr
              key={leaderboardRowKey(entry, index)}
              bg={entry.userId === viewerId ? 'var(--mantine-primary-color-light)' : undefined}
            >
              <RankCell rank={entry.rank} />
              <Table.Td>
                <LeaderboardName entry={entry} mine={entry.userId === viewerId} />
                <Text size="xs" c="dimmed">
                  {languageLabels[entry.language]}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" title={formatDateTime(entry.acceptedAt)}>
                  {formatRelative(entry.acceptedAt)}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm">{formatMs(entry.timeMs)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
