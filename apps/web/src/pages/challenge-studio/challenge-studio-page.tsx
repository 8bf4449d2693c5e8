import {
  Anchor,
  Badge,
  Button,
  Card,
  Container,
  Group,
  Skeleton,
  Table,
  Text,
  ThemeIcon,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconCircleCheck, IconCircleDashed, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { EmptyState, QueryError } from '../../components/query-state';
import {
  acceptanceRate,
  challengeStatusColors,
  challengeStatusLabels,
  difficultyColors,
  difficultyLabels,
  type StudioChallengeRow,
} from '../../lib/challenge-format';
import { formatRelative } from '../../lib/recruiting-format';
import { useTRPC } from '../../trpc';
import { InstructorOnly } from '../studio/instructor-only';

export function ChallengeStudioPage() {
  return (
    <InstructorOnly>
      <MyChallenges />
    </InstructorOnly>
  );
}

function MyChallenges() {
  const trpc = useTRPC();
  const challenges = useQuery(trpc.challengeStudio.mine.queryOptions());

  return (
    <Container size="lg" w="100%" py={{ base: 24, sm: 40 }}>
      <Anchor component={Link} to="/studio" size="sm">
        ← Studio
      </Anchor>
      <Group justify="space-between" mb="lg" mt="sm" gap="sm">
        <div>
          <Title order={1} size="h2">
            Challenge studio
          </Title>
          <Text c="dimmed" size="sm">
            Write coding challenges, prove them with a reference solution and publish them.
          </Text>
        </div>
        <Button component={Link} to="/studio/challenges/new" leftSection={<IconPlus size={16} />}>
          New challenge
        </Button>
      </Group>
      {challenges.isPending && <Skeleton height={200} aria-label="Loading your challenges" />}
      {challenges.isError && (
        <QueryError
          title="Could not load your challenges"
          error={challenges.error}
          onRetry={() => void challenges.refetch()}
          retrying={challenges.isFetching}
        />
      )}
      {challenges.data?.length === 0 && (
        <EmptyState
          title="No challenges yet"
          action={
            <Button component={Link} to="/studio/challenges/new" leftSection={<IconPlus size={16} />}>
              Write your first challenge
            </Button>
          }
        >
          A challenge starts as a draft: write the statement and tests, validate the reference solution, then
          publish it.
        </EmptyState>
      )}
      {challenges.data && challenges.data.length > 0 && (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Challenge</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Validated</Table.Th>
                  <Table.Th ta="right">Submissions</Table.Th>
                  <Table.Th ta="right">Solvers</Table.Th>
                  <Table.Th>Updated</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {challenges.data.map((challenge) => (
                  <ChallengeRow key={challenge.id} challenge={challenge} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
    </Container>
  );
}

function ChallengeRow(props: { challenge: StudioChallengeRow }) {
  const { challenge } = props;
  const rate = acceptanceRate(challenge.stats);
  return (
    <Table.Tr data-testid="studio-challenge-row">
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Anchor component={Link} to={`/studio/challenges/${challenge.id}`} fw={500}>
            {challenge.title}
          </Anchor>
          <Badge variant="light" size="sm" color={difficultyColors[challenge.difficulty]} miw="max-content">
            {difficultyLabels[challenge.difficulty]}
          </Badge>
        </Group>
      </Table.Td>
      <Table.Td>
        <Badge color={challengeStatusColors[challenge.status]} variant="light" miw="max-content">
          {challengeStatusLabels[challenge.status]}
        </Badge>
      </Table.Td>
      <Table.Td>
        {challenge.validated ? (
          <Tooltip label="The reference solution passes every test">
            <ThemeIcon variant="transparent" color="teal" aria-label="Validated" role="img">
              <IconCircleCheck size={20} />
            </ThemeIcon>
          </Tooltip>
        ) : (
          <Tooltip label="Not validated for the current tests">
            <ThemeIcon variant="transparent" color="gray" aria-label="Not validated" role="img">
              <IconCircleDashed size={20} />
            </ThemeIcon>
          </Tooltip>
        )}
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm">
          {challenge.stats.submissions}
          {rate !== null && (
            <Text span c="dimmed" size="xs">
              {' '}
              · {rate}% accepted
            </Text>
          )}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm">{challenge.stats.solvers}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatRelative(challenge.updatedAt)}</Text>
      </Table.Td>
    </Table.Tr>
  );
}
