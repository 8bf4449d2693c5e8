import {
  Box,
  Button,
  Container,
  Group,
  MultiSelect,
  Pagination,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconTrophy } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../auth/use-session';
import { EmptyState, QueryError } from '../../components/query-state';
import { SearchBox } from '../../components/search-box';
import {
  DIFFICULTIES,
  type Difficulty,
  difficultyLabels,
  PROGRESS_FILTERS,
  type ProgressFilter,
  progressLabels,
} from '../../lib/challenge-format';
import { plural } from '../../lib/learning-format';
import { useTRPC } from '../../trpc';
import { ChallengeRow } from './challenge-row';
import {
  CHALLENGE_PAGE_SIZE,
  type ChallengeQuery,
  hasChallengeFilters,
  readChallengeQuery,
  toChallengeListInput,
  writeChallengeQuery,
} from './challenge-search-params';

export function ChallengeListPage() {
  const trpc = useTRPC();
  const session = useSession();
  const signedIn = session.status === 'authenticated';
  const [params, setParams] = useSearchParams();
  const query = readChallengeQuery(params);
  const list = useQuery({
    ...trpc.challenges.list.queryOptions(toChallengeListInput(query, signedIn)),
    placeholderData: keepPreviousData,
    // Whether the viewer solved each challenge depends on who they are: wait until that is known.
    enabled: session.status !== 'loading',
  });

  // Back/forward changes the URL under the box: keep the box in step.

  /** Any filter change starts again from the first page. */
  function update(change: Partial<ChallengeQuery>) {
    setParams(writeChallengeQuery({ ...query, page: 1, ...change }));
  }

  function goToPage(page: number) {
    setParams(writeChallengeQuery({ ...query, page }));
    window.scrollTo({ top: 0, behavior: 'smooth' });
  }

  const result = list.data;
  const skills = result?.skills ?? [];
  const skillOptions = [
    ...skills.map((s) => ({ value: s.name, label: `${s.name} (${s.count})` })),
    // A skill from a shared link that no published challenge lists any more must stay visible (and clearable).
    ...(query.skill && !skills.some((s) => s.name === query.skill)
      ? [{ value: query.skill, label: query.skill }]
      : []),
  ];
  const pages = result ? Math.max(1, Math.ceil(result.total / CHALLENGE_PAGE_SIZE)) : 1;
  const filtered = hasChallengeFilters({ ...query, progress: signedIn ? query.progress : 'all' });

  return (
    <Container size="lg" w="100%" py={{ base: 24, sm: 40 }}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <div>
          <Title order={1} size="h2">
            Coding challenges
          </Title>
          <Text c="dimmed" mt={4}>
            Solve problems in JavaScript or TypeScript, graded in a sandbox against hidden tests.
          </Text>
        </div>
        <Button component={Link} to="/leaderboard" variant="default" leftSection={<IconTrophy size={16} />}>
          Leaderboard
        </Button>
      </Group>

      <Box mt="md">
        <SearchBox
          label="Search challenges"
          placeholder="Title or topic"
          value={query.q}
          onSearch={(q) => update({ q })}
        />
      </Box>

      <SimpleGrid
        cols={{ base: 1, xs: 2, md: signedIn ? 3 : 2 }}
        spacing="sm"
        mt="md"
        component="section"
        aria-label="Filters"
      >
        <MultiSelect
          label="Difficulty"
          placeholder={query.difficulties.length ? undefined : 'Any difficulty'}
          data={DIFFICULTIES.map((d) => ({ value: d, label: difficultyLabels[d] }))}
          value={query.difficulties}
          onChange={(value) => update({ difficulties: value as Difficulty[] })}
          clearable
        />
        <Select
          label="Skill"
          placeholder="Any skill"
          searchable
          clearable
          data={skillOptions}
          value={query.skill || null}
          onChange={(value) => update({ skill: value ?? '' })}
          nothingFoundMessage="No challenge practises that yet"
        />
        {signedIn && (
          <div>
            <Text size="sm" fw={500} mb={2} id="progress-label">
              Progress
            </Text>
            <SegmentedControl
              fullWidth
              aria-labelledby="progress-label"
              data={PROGRESS_FILTERS.map((p) => ({ value: p, label: progressLabels[p] }))}
              value={query.progress}
              onChange={(value) => update({ progress: value as ProgressFilter })}
            />
          </div>
        )}
      </SimpleGrid>

      <Group justify="space-between" mt="lg" mb="md" gap="xs">
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="challenge-count">
          {result ? plural(result.total, 'challenge') : 'Searching…'}
        </Text>
        {filtered && Boolean(result?.items.length) && (
          <Button variant="subtle" size="compact-sm" onClick={() => setParams(new URLSearchParams())}>
            Clear search and filters
          </Button>
        )}
      </Group>

      {(list.isPending || session.status === 'loading') && !list.isError && <ListSkeleton />}
      {list.isError && (
        <QueryError
          title="Could not load the challenges"
          error={list.error}
          onRetry={() => void list.refetch()}
          retrying={list.isFetching}
        />
      )}
      {result && result.items.length === 0 && result.total > 0 && (
        <EmptyState
          title="No challenges on this page"
          action={
            <Button variant="light" onClick={() => goToPage(1)}>
              Go to the first page
            </Button>
          }
        >
          The list is shorter than this page number.
        </EmptyState>
      )}
      {result && result.total === 0 && (
        <EmptyState
          title={filtered ? 'No challenges match' : 'No challenges yet'}
          action={
            filtered && (
              <Button variant="light" onClick={() => setParams(new URLSearchParams())}>
                Clear search and filters
              </Button>
            )
          }
        >
          {filtered
            ? 'Try fewer words, or loosen a filter.'
            : 'Instructors are writing the first challenges. Check back soon.'}
        </EmptyState>
      )}
      {result && result.items.length > 0 && (
        <Stack gap="xl">
          <Stack
            gap="xs"
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none', opacity: list.isPlaceholderData ? 0.6 : 1 }}
            aria-busy={list.isFetching}
            aria-label="Challenges"
          >
            {result.items.map((challenge) => (
              <li key={challenge.id}>
                <ChallengeRow challenge={challenge} />
              </li>
            ))}
          </Stack>
          {pages > 1 && (
            <Group justify="center">
              <Pagination
                total={pages}
                value={Math.min(query.page, pages)}
                onChange={goToPage}
                getItemProps={(page) => ({ 'aria-label': `Page ${page}` })}
                getControlProps={(control) =>
                  control === 'previous'
                    ? { 'aria-label': 'Previous page' }
                    : control === 'next'
                      ? { 'aria-label': 'Next page' }
                      : {}
                }
              />
            </Group>
          )}
        </Stack>
      )}
    </Container>
  );
}

function ListSkeleton() {
  return (
    <Stack gap="xs" aria-busy="true" aria-label="Loading challenges">
      {[0, 1, 2, 3, 4].map((i) => (
        <Paper key={i} withBorder p="md">
          <Skeleton height={18} width="40%" />
          <Skeleton height={12} width="70%" mt={10} />
        </Paper>
      ))}
    </Stack>
  );
}
