import {
  Button,
  Card,
  Container,
  Group,
  MultiSelect,
  Pagination,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { EmptyState, QueryError } from '../../components/query-state';
import { SearchBox } from '../../components/search-box';
import {
  ACCESS_TIERS,
  accessTierLabels,
  CATALOG_SORTS,
  COURSE_LEVELS,
  catalogSortLabels,
  courseLevelLabels,
  plural,
} from '../../lib/learning-format';
import type { AccessTier, CatalogSort, CourseLevel } from '../../lib/router-types';
import { useTRPC } from '../../trpc';
import {
  CATALOG_PAGE_SIZE,
  type CatalogQuery,
  hasCatalogFilters,
  readCatalogQuery,
  toCatalogInput,
  writeCatalogQuery,
} from './catalog-search-params';
import { CourseCard } from './course-card';

export function CourseCatalogPage() {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const query = readCatalogQuery(params);
  const catalog = useQuery({
    ...trpc.courses.catalog.queryOptions(toCatalogInput(query)),
    placeholderData: keepPreviousData,
  });

  // Back/forward changes the URL under the box: keep the box in step.

  /** Any filter change starts again from the first page. */
  function update(change: Partial<CatalogQuery>) {
    setParams(writeCatalogQuery({ ...query, page: 1, ...change }));
  }

  function goToPage(page: number) {
    setParams(writeCatalogQuery({ ...query, page }));
    window.scrollTo({ top: 0, behavior: 'smooth' });
  }

  const result = catalog.data;
  const skills = result?.skills ?? [];
  const skillOptions = [
    ...skills.map((s) => ({ value: s.name, label: `${s.name} (${s.count})` })),
    // A skill from a shared link that no published course lists any more must stay visible (and clearable).
    ...(query.skill && !skills.some((s) => s.name === query.skill)
      ? [{ value: query.skill, label: query.skill }]
      : []),
  ];
  const pages = result ? Math.max(1, Math.ceil(result.total / CATALOG_PAGE_SIZE)) : 1;

  return (
    <Container size="xl" w="100%" py={{ base: 24, sm: 40 }}>
      <Title order={1} size="h2">
        Courses
      </Title>
      <Text c="dimmed" mt={4} mb="md">
        Learn a skill, finish the course and earn a certificate employers can verify.
      </Text>
      <SearchBox
        label="Search courses"
        placeholder="Topic, skill or title"
        value={query.q}
        onSearch={(q) => update({ q })}
      />

      <SimpleGrid
        cols={{ base: 2, md: 4 }}
        spacing="sm"
        mt="md"
        component="section"
        aria-label="Filters and sorting"
      >
        <MultiSelect
          label="Level"
          placeholder={query.levels.length ? undefined : 'Any level'}
          data={COURSE_LEVELS.map((level) => ({ value: level, label: courseLevelLabels[level] }))}
          value={query.levels}
          onChange={(value) => update({ levels: value as CourseLevel[] })}
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
          nothingFoundMessage="No course teaches that yet"
        />
        <Select
          label="Access"
          placeholder="Free and Pro"
          clearable
          data={ACCESS_TIERS.map((tier) => ({ value: tier, label: accessTierLabels[tier] }))}
          value={query.tier ?? null}
          onChange={(value) => update({ tier: (value as AccessTier | null) ?? undefined })}
        />
        <Select
          label="Sort by"
          data={CATALOG_SORTS.map((sort) => ({ value: sort, label: catalogSortLabels[sort] }))}
          value={query.sort}
          onChange={(value) => update({ sort: (value as CatalogSort | null) ?? 'relevance' })}
          allowDeselect={false}
        />
      </SimpleGrid>

      <Group justify="space-between" mt="lg" mb="md" gap="xs">
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="course-count">
          {result ? plural(result.total, 'course') : 'Searching…'}
        </Text>
        {hasCatalogFilters(query) && Boolean(result?.items.length) && (
          <Button variant="subtle" size="compact-sm" onClick={() => setParams(new URLSearchParams())}>
            Clear search and filters
          </Button>
        )}
      </Group>

      {catalog.isPending && <CatalogSkeleton />}
      {catalog.isError && (
        <QueryError
          title="Could not load the courses"
          error={catalog.error}
          onRetry={() => void catalog.refetch()}
          retrying={catalog.isFetching}
        />
      )}
      {result && result.items.length === 0 && result.total > 0 && (
        <EmptyState
          title="No courses on this page"
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
          title={hasCatalogFilters(query) ? 'No courses match' : 'No courses yet'}
          action={
            hasCatalogFilters(query) && (
              <Button variant="light" onClick={() => setParams(new URLSearchParams())}>
                Clear search and filters
              </Button>
            )
          }
        >
          {hasCatalogFilters(query)
            ? 'Try fewer words, or loosen a filter.'
            : 'Instructors are preparing the first courses. Check back soon.'}
        </EmptyState>
      )}
      {result && result.items.length > 0 && (
        <Stack gap="xl">
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 3 }}
            spacing="md"
            style={{ opacity: catalog.isPlaceholderData ? 0.6 : 1 }}
            aria-busy={catalog.isFetching}
          >
            {result.items.map((course) => (
              <CourseCard key={course.id} course={course} />
            ))}
          </SimpleGrid>
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

function CatalogSkeleton() {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" aria-busy="true" aria-label="Loading courses">
      {[0, 1, 2, 3, 4, 5].map((i) => (
        <Card key={i} withBorder padding="lg">
          <Card.Section>
            <Skeleton height={132} radius={0} />
          </Card.Section>
          <Stack gap={8} mt="md">
            <Skeleton height={16} width="30%" />
            <Skeleton height={20} width="80%" />
            <Skeleton height={12} width="95%" />
            <Skeleton height={12} width="60%" />
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
