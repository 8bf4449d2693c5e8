import {
  Badge,
  Box,
  Button,
  Checkbox,
  CloseButton,
  Collapse,
  Container,
  Grid,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { IconAdjustments, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState, QueryError } from '../../components/query-state';
import {
  EMPLOYMENT_TYPES,
  employmentLabels,
  REMOTE_POLICIES,
  remoteLabels,
} from '../../lib/recruiting-format';
import type { RouterOutputs, SearchSort } from '../../lib/router-types';
import { useTRPC } from '../../trpc';
import { JobCard } from './job-card';
import {
  type BoardQuery,
  hasFilters,
  readBoardQuery,
  toSearchInput,
  writeBoardQuery,
} from './job-search-params';

type Facets = RouterOutputs['jobs']['search']['facets'];

const sortOptions: { value: SearchSort; label: string }[] = [
  { value: 'relevance', label: 'Most relevant' },
  { value: 'newest', label: 'Newest' },
  { value: 'salary', label: 'Highest salary' },
];

export function JobBoardPage() {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const query = readBoardQuery(params);
  const [text, setText] = useState(query.q);
  const [filtersOpen, { toggle: toggleFilters }] = useDisclosure(false);

  // Back/forward changes the URL under the box: keep the box in step.
  useEffect(() => setText(query.q), [query.q]);

  const search = useInfiniteQuery(
    trpc.jobs.search.infiniteQueryOptions(toSearchInput(query), {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
      placeholderData: keepPreviousData,
    }),
  );

  function update(change: Partial<BoardQuery>) {
    setParams(writeBoardQuery({ ...query, ...change }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    update({ q: text.trim() });
  }

  const first = search.data?.pages[0];
  const items = search.data?.pages.flatMap((page) => page.items) ?? [];
  const companyName = query.company ? items[0]?.company.name : undefined;

  return (
    <Container size="xl" w="100%" py={{ base: 24, sm: 40 }}>
      <Title order={1} size="h2" mb="md">
        Find your next job
      </Title>
      <search>
        <form onSubmit={submit} aria-label="Search jobs">
          <Group gap="xs" wrap="nowrap">
            <TextInput
              flex={1}
              size="md"
              placeholder="Title, skill or company"
              aria-label="Search jobs"
              leftSection={<IconSearch size={18} aria-hidden />}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              rightSection={
                text ? <CloseButton aria-label="Clear search" onClick={() => update({ q: '' })} /> : undefined
              }
            />
            <Button type="submit" size="md">
              Search
            </Button>
          </Group>
        </form>
      </search>

      <Grid mt="lg" gutter="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Button
            hiddenFrom="md"
            variant="default"
            fullWidth
            leftSection={<IconAdjustments size={16} />}
            onClick={toggleFilters}
            aria-expanded={filtersOpen}
            aria-controls="job-filters"
          >
            {filtersOpen ? 'Hide filters' : 'Show filters'}
          </Button>
          <Box visibleFrom="md">
            <Filters query={query} facets={first?.facets} onChange={update} />
          </Box>
          <Collapse in={filtersOpen} hiddenFrom="md" id="job-filters">
            <Box mt="md">
              {filtersOpen && <Filters query={query} facets={first?.facets} onChange={update} />}
            </Box>
          </Collapse>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 9 }}>
          <Group justify="space-between" mb="md" gap="xs">
            <Text size="sm" c="dimmed" aria-live="polite" data-testid="result-count">
              {first ? `${first.total.toLocaleString()} ${first.total === 1 ? 'job' : 'jobs'}` : 'Searching…'}
            </Text>
            <Group gap="xs">
              {companyName && (
                <Badge
                  variant="light"
                  size="lg"
                  tt="none"
                  rightSection={
                    <CloseButton
                      size="xs"
                      aria-label="Any company"
                      onClick={() => update({ company: undefined })}
                    />
                  }
                >
                  {companyName}
                </Badge>
              )}
              <Select
                aria-label="Sort by"
                data={sortOptions}
                value={query.sort}
                onChange={(value) => update({ sort: (value as SearchSort | null) ?? 'relevance' })}
                allowDeselect={false}
                w={170}
              />
            </Group>
          </Group>

          {search.isPending && <ResultsSkeleton />}
          {search.isError && (
            <QueryError
              title="Could not search jobs"
              error={search.error}
              onRetry={() => void search.refetch()}
              retrying={search.isFetching}
            />
          )}
          {first && items.length === 0 && (
            <EmptyState
              title="No jobs match"
              action={
                hasFilters(query) && (
                  <Button variant="light" onClick={() => setParams(new URLSearchParams())}>
                    Clear search and filters
                  </Button>
                )
              }
            >
              Try fewer words, or loosen a filter.
            </EmptyState>
          )}
          <Stack
            gap="sm"
            style={{ opacity: search.isPlaceholderData ? 0.6 : 1 }}
            aria-busy={search.isFetching}
          >
            {items.map((job) => (
              <JobCard key={job.id} job={job} />
            ))}
          </Stack>
          {search.hasNextPage && (
            <Group justify="center" mt="lg">
              <Button
                variant="default"
                onClick={() => void search.fetchNextPage()}
                loading={search.isFetchingNextPage}
              >
                Load more
              </Button>
            </Group>
          )}
        </Grid.Col>
      </Grid>
    </Container>
  );
}

function Filters(props: {
  query: BoardQuery;
  facets: Facets | undefined;
  onChange: (c: Partial<BoardQuery>) => void;
}) {
  const { query, facets, onChange } = props;
  const count = (list: readonly { value: string; count: number }[] | undefined, value: string) =>
    list?.find((f) => f.value === value)?.count ?? 0;
  const locations = withSelected(facets?.locations ?? [], query.location ? [query.location] : []);
  const skills = withSelected(facets?.skills ?? [], query.skills);
  // One search (and one history entry) once typing pauses, not one per keystroke.
  const [salary, setSalary] = useState<number | string>(query.salary ?? '');
  const changeSalary = useDebouncedCallback((value: number | undefined) => onChange({ salary: value }), 600);
  useEffect(() => setSalary(query.salary ?? ''), [query.salary]);

  return (
    <Paper withBorder p="md" component="section" aria-label="Filters">
      <Stack gap="lg">
        <Select
          label="Location"
          placeholder="Anywhere"
          searchable
          clearable
          data={locations.map((f) => ({ value: f.value, label: `${f.value} (${f.count})` }))}
          value={query.location || null}
          onChange={(value) => onChange({ location: value ?? '' })}
          nothingFoundMessage="No jobs there"
        />
        <Checkbox.Group
          label="Work model"
          value={query.remote}
          onChange={(value) => onChange({ remote: value as BoardQuery['remote'] })}
        >
          <Stack gap={6} mt={6}>
            {REMOTE_POLICIES.map((policy) => (
              <Checkbox
                key={policy}
                value={policy}
                label={<FacetLabel label={remoteLabels[policy]} count={count(facets?.remote, policy)} />}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Checkbox.Group
          label="Employment type"
          value={query.type}
          onChange={(value) => onChange({ type: value as BoardQuery['type'] })}
        >
          <Stack gap={6} mt={6}>
            {EMPLOYMENT_TYPES.map((type) => (
              <Checkbox
                key={type}
                value={type}
                label={
                  <FacetLabel label={employmentLabels[type]} count={count(facets?.employmentType, type)} />
                }
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <NumberInput
          label="Minimum salary (yearly)"
          placeholder="Any"
          min={0}
          step={5000}
          thousandSeparator=","
          value={salary}
          onChange={(value) => {
            setSalary(value);
            changeSalary(typeof value === 'number' && value > 0 ? value : undefined);
          }}
        />
        <MultiSelect
          label="Skills"
          placeholder={query.skills.length ? undefined : 'Any skill'}
          searchable
          clearable
          maxValues={10}
          data={skills.map((f) => ({ value: f.value, label: `${f.value} (${f.count})` }))}
          value={query.skills}
          onChange={(value) => onChange({ skills: value })}
        />
      </Stack>
    </Paper>
  );
}

/** A chosen value the current result no longer counts must stay selectable (and removable). */
function withSelected(facets: readonly { value: string; count: number }[], selected: string[]) {
  const missing = selected.filter((value) => !facets.some((f) => f.value === value));
  return [...facets, ...missing.map((value) => ({ value, count: 0 }))];
}

function FacetLabel(props: { label: string; count: number }) {
  return (
    <Group gap={6} wrap="nowrap">
      <span>{props.label}</span>
      <Text span size="xs" c="dimmed">
        ({props.count})
      </Text>
    </Group>
  );
}

function ResultsSkeleton() {
  return (
    <Stack gap="sm" aria-busy="true" aria-label="Loading jobs">
      {[0, 1, 2, 3].map((i) => (
        <Paper key={i} withBorder p="lg">
          <Group wrap="nowrap" align="flex-start">
            <Skeleton height={44} width={44} radius="md" />
            <Stack gap={8} style={{ flex: 1 }}>
              <Skeleton height={18} width="50%" />
              <Skeleton height={12} width="30%" />
              <Skeleton height={12} width="70%" />
            </Stack>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
