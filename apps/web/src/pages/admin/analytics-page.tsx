import '@mantine/charts/styles.css';
import { BarChart, CompositeChart, LineChart } from '@mantine/charts';
import {
  Alert,
  Box,
  Button,
  Container,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../../auth/use-session';
import { EmptyState, QueryError } from '../../components/query-state';
import { readError } from '../../lib/app-error';
import type { RouterOutputs } from '../../lib/router-types';
import { useTRPC } from '../../trpc';
import {
  formatDay,
  formatRate,
  RANGE_PRESETS,
  type RangeChoice,
  rangeFromParams,
  rangeToParams,
  resolveRange,
} from './analytics-range';

type Dashboard = RouterOutputs['analytics']['dashboard'];

const STAGE_LABELS: Record<Dashboard['funnel'][number]['stage'], string> = {
  applied: 'Applied',
  screening: 'Screening',
  assessment: 'Assessment',
  interview: 'Interview',
  offer: 'Offer',
  hired: 'Hired',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};
const ENDINGS = new Set(['rejected', 'withdrawn']);

/** Admins only: what the analytics consumer counted per day, over a range they choose. */
export function AnalyticsPage() {
  const session = useSession();
  if (session.status !== 'authenticated') return null;
  if (session.user.role !== 'admin') {
    return (
      <Container size="sm" py={56}>
        <Alert color="gray" icon={<IconChartBar />} title="Analytics is for administrators">
          <Text size="sm">
            The platform's dashboard shows everyone's activity, so only administrators see it.
          </Text>
        </Alert>
      </Container>
    );
  }
  return <AnalyticsDashboard />;
}

function AnalyticsDashboard() {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const choice = rangeFromParams(params);
  // A preset is re-resolved once per render day, not per render, so the query key stays put.
  const today = new Date().toISOString().slice(0, 10);
  // biome-ignore lint/correctness/useExhaustiveDependencies: today stands in for the clock
  const range = useMemo(() => resolveRange(choice, new Date()), [JSON.stringify(choice), today]);
  const dashboard = useQuery({
    ...trpc.analytics.dashboard.queryOptions(range),
    placeholderData: keepPreviousData,
  });
  const choose = (next: RangeChoice) => setParams(rangeToParams(next), { replace: true });
  const error = dashboard.isError ? readError(dashboard.error) : undefined;

  return (
    <Container size="xl" w="100%" py={{ base: 24, sm: 40 }}>
      <Group justify="space-between" align="flex-end" mb="lg" gap="md">
        <div>
          <Title order={1} size="h2">
            Analytics
          </Title>
          <Text c="dimmed" mt={4}>
            {formatDay(range.from)} – {formatDay(range.to)} (UTC days), from every event the platform
            recorded.
          </Text>
        </div>
        <Group gap="xs">
          {dashboard.isFetching && !dashboard.isPending && <Loader size="xs" aria-label="Updating" />}
        </Group>
      </Group>
      <RangePicker choice={choice} range={range} onChoose={choose} fieldErrors={error?.fields ?? {}} />

      {dashboard.isPending && <DashboardSkeleton />}
      {dashboard.isError && !dashboard.data && (
        <QueryError
          title="Could not load analytics"
          error={dashboard.error}
          onRetry={() => void dashboard.refetch()}
          retrying={dashboard.isFetching}
        />
      )}
      {dashboard.data && (
        <Box style={{ opacity: dashboard.isPlaceholderData ? 0.6 : 1, transition: 'opacity 150ms' }}>
          <DashboardView view={dashboard.data} />
        </Box>
      )}
    </Container>
  );
}

function RangePicker(props: {
  choice: RangeChoice;
  range: { from: string; to: string };
  onChoose: (choice: RangeChoice) => void;
  fieldErrors: Readonly<Record<string, string>>;
}) {
  const { choice, range } = props;
  const [custom, setCustom] = useState(choice.kind === 'custom');
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  const selected = custom ? 'custom' : String(choice.kind === 'preset' ? choice.days : 'custom');

  const apply = (event: FormEvent) => {
    event.preventDefault();
    props.onChoose({ kind: 'custom', from, to });
  };

  return (
    <Paper withBorder p="md" mb="lg">
      <Stack gap="sm">
        <SegmentedControl
          aria-label="Date range"
          value={selected}
          w={{ base: '100%', sm: 'auto' }}
          style={{ alignSelf: 'flex-start' }}
          fullWidth
          onChange={(value) => {
            if (value === 'custom') {
              setFrom(range.from);
              setTo(range.to);
              setCustom(true);
              return;
            }
            setCustom(false);
            props.onChoose({ kind: 'preset', days: Number(value) as (typeof RANGE_PRESETS)[number] });
          }}
          data={[
            ...RANGE_PRESETS.map((days) => ({ value: String(days), label: `${days} days` })),
            { value: 'custom', label: 'Custom' },
          ]}
        />
        {custom && (
          <form onSubmit={apply} noValidate>
            {/* Top-aligned, so a field's error below it moves nothing beside it. */}
            <Group align="flex-start" gap="sm" wrap="wrap">
              <TextInput
                type="date"
                label="From"
                value={from}
                onChange={(e) => setFrom(e.currentTarget.value)}
                error={props.fieldErrors.from}
                required
                w={{ base: '100%', xs: 180 }}
              />
              <TextInput
                type="date"
                label="To"
                value={to}
                onChange={(e) => setTo(e.currentTarget.value)}
                error={props.fieldErrors.to}
                required
                w={{ base: '100%', xs: 180 }}
              />
              <Button type="submit" variant="light" mt={{ base: 0, xs: 25 }}>
                Show
              </Button>
            </Group>
            <Text size="xs" c="dimmed" mt={6}>
              Up to 366 days, both ends included.
            </Text>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

function DashboardView({ view }: { view: Dashboard }) {
  const { totals } = view;
  const hired = view.funnel.find((f) => f.stage === 'hired')?.count ?? 0;
  const nothing =
    Object.entries(totals).every(([key, value]) => key === 'acceptanceRate' || value === 0) &&
    view.funnel.every((f) => f.count === 0);
  const series = view.days.map((d) => ({
    ...d,
    label: formatDay(d.day),
    acceptancePercent: d.acceptanceRate === null ? null : Math.round(d.acceptanceRate * 100),
  }));
  const funnel = view.funnel.map((f) => ({
    stage: STAGE_LABELS[f.stage],
    Reached: ENDINGS.has(f.stage) ? 0 : f.count,
    Ended: ENDINGS.has(f.stage) ? f.count : 0,
  }));

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Kpi label="Sign-ups" value={totals.signUps} />
        <Kpi label="Active learners" value={totals.activeLearners} hint="distinct people" />
        <Kpi label="Enrolments" value={totals.enrolments} />
        <Kpi label="Completions" value={totals.completions} hint="courses finished" />
        <Kpi label="Submissions" value={totals.submissions} />
        <Kpi
          label="Acceptance rate"
          value={formatRate(totals.acceptanceRate)}
          hint={`${totals.accepted} of ${totals.judged} judged`}
        />
        <Kpi label="Applications" value={totals.applications} />
        <Kpi label="Hires" value={hired} />
      </SimpleGrid>

      {nothing ? (
        <EmptyState title="Nothing happened in this range">
          Sign-ups, learning, challenge submissions and job applications show here as the platform records
          them. Choose a longer range to look further back.
        </EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <ChartCard title="Sign-ups and active learners">
            <LineChart
              h={240}
              data={series}
              dataKey="label"
              curveType="monotone"
              withDots={false}
              tickLine="none"
              yAxisProps={{ allowDecimals: false }}
              series={[
                { name: 'signUps', label: 'Sign-ups', color: 'blue.6' },
                { name: 'activeLearners', label: 'Active learners', color: 'teal.6' },
              ]}
              withLegend
            />
          </ChartCard>
          <ChartCard title="Enrolments and completions">
            <BarChart
              h={240}
              data={series}
              dataKey="label"
              tickLine="none"
              yAxisProps={{ allowDecimals: false }}
              series={[
                { name: 'enrolments', label: 'Enrolments', color: 'violet.6' },
                { name: 'completions', label: 'Completions', color: 'green.6' },
              ]}
              withLegend
            />
          </ChartCard>
          <ChartCard title="Judged submissions and acceptance rate">
            <CompositeChart
              h={240}
              data={series}
              dataKey="label"
              tickLine="none"
              withRightYAxis
              yAxisProps={{ allowDecimals: false }}
              rightYAxisProps={{ domain: [0, 100], tickFormatter: (v: number) => `${v}%` }}
              series={[
                { name: 'judged', label: 'Judged', color: 'gray.5', type: 'bar' },
                { name: 'accepted', label: 'Accepted', color: 'cyan.6', type: 'bar' },
                {
                  name: 'acceptancePercent',
                  label: 'Acceptance %',
                  color: 'orange.6',
                  type: 'line',
                  yAxisId: 'right',
                },
              ]}
              withLegend
            />
          </ChartCard>
          <ChartCard
            title="Hiring funnel"
            caption="Of the applications submitted in this range, how many reached each stage (so far)"
          >
            <BarChart
              h={280}
              data={funnel}
              dataKey="stage"
              type="stacked"
              orientation="vertical"
              yAxisProps={{ width: 84 }}
              xAxisProps={{ allowDecimals: false }}
              tickLine="none"
              gridAxis="x"
              series={[
                { name: 'Reached', color: 'blue.6' },
                { name: 'Ended', color: 'red.5' },
              ]}
            />
          </ChartCard>
        </SimpleGrid>
      )}
    </Stack>
  );
}

function Kpi(props: { label: string; value: number | string; hint?: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {props.label}
      </Text>
      <Text fz={28} fw={700} lh={1.2} mt={4}>
        {typeof props.value === 'number' ? props.value.toLocaleString('en') : props.value}
      </Text>
      {props.hint && (
        <Text size="xs" c="dimmed">
          {props.hint}
        </Text>
      )}
    </Paper>
  );
}

function ChartCard(props: { title: string; caption?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h5">
        {props.title}
      </Title>
      {props.caption && (
        <Text size="xs" c="dimmed">
          {props.caption}
        </Text>
      )}
      <Box mt="md">{props.children}</Box>
    </Paper>
  );
}

function DashboardSkeleton() {
  return (
    <Stack gap="lg" aria-label="Loading analytics">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {Array.from({ length: 8 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
          <Skeleton key={i} height={92} />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {Array.from({ length: 4 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
          <Skeleton key={i} height={300} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
