import {
  Accordion,
  Anchor,
  Avatar,
  Badge,
  Button,
  Card,
  Group,
  List,
  RingProgress,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Switch,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconEye, IconEyeOff, IconUserQuestion } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { EmptyState, QueryError } from '../../components/query-state';
import { skillLevelLabels, stageLabels } from '../../lib/recruiting-format';
import type { ApplicationStage, RouterOutputs } from '../../lib/router-types';
import { useTRPC } from '../../trpc';
import { EvidenceItem } from '../profile/evidence-badges';

type ApplicantMatch = RouterOutputs['matching']['pipeline']['applicants'][number];
export type RequirementMatch = ApplicantMatch['requirements'][number];

export const statusColors = { met: 'teal', partly: 'yellow', missing: 'red' } as const;
export const statusLabels = { met: 'Met', partly: 'Partly met', missing: 'Missing' } as const;

export const scoreColor = (score: number) => (score >= 80 ? 'teal' : score >= 50 ? 'yellow' : 'gray');

/** Per requirement: met or not, at which level, the evidence behind it and the points it adds. */
export function Explanation(props: { requirements: readonly RequirementMatch[] }) {
  return (
    <List listStyleType="none" spacing="xs">
      {props.requirements.map((r) => (
        <List.Item key={r.skill}>
          <Group gap={6} wrap="wrap">
            <Badge color={statusColors[r.status]} variant="light">
              {statusLabels[r.status]}
            </Badge>
            <Text size="sm" fw={600}>
              {r.skill}
            </Text>
            <Text size="sm" c="dimmed">
              needs {skillLevelLabels[r.requiredLevel]}
              {r.verifiedLevel && `, shows ${skillLevelLabels[r.verifiedLevel]}`}
            </Text>
            <Text size="sm" ml="auto" fw={600} data-testid="requirement-points">
              +{r.points} / {r.maxPoints}
            </Text>
          </Group>
          {r.evidence.length > 0 && (
            <Stack gap={2} mt={4} pl="md">
              {r.evidence.map((e) => (
                <EvidenceItem key={e.id} evidence={e} />
              ))}
            </Stack>
          )}
        </List.Item>
      ))}
    </List>
  );
}

const MIN_SCORES = [
  { value: '0', label: 'Any score' },
  { value: '50', label: '50 or more' },
  { value: '75', label: '75 or more' },
  { value: '100', label: 'Every skill met' },
];

/** Applicants ranked by verified evidence, with the why; names and photos can stay on the server. */
export function MatchPanel(props: {
  jobId: string;
  anonymous: boolean;
  onAnonymousChange: (anonymous: boolean) => void;
}) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [sort, setSort] = useState<'score' | 'applied'>('score');
  const [minScore, setMinScore] = useState(0);
  const matches = useQuery({
    ...trpc.matching.pipeline.queryOptions({
      jobId: props.jobId,
      sort,
      minScore,
      anonymous: props.anonymous,
    }),
    placeholderData: keepPreviousData,
  });

  return (
    <Card withBorder p={{ base: 'md', sm: 'lg' }} mb="lg" component="section" aria-labelledby="match-heading">
      <Group justify="space-between" gap="sm" mb="md">
        <Title order={2} size="h4" id="match-heading">
          Skill match
        </Title>
        <Group gap="sm" wrap="wrap">
          <SegmentedControl
            size="xs"
            value={sort}
            onChange={(v) => setSort(v as 'score' | 'applied')}
            data={[
              { value: 'score', label: 'Best match' },
              { value: 'applied', label: 'Applied first' },
            ]}
            aria-label="Sort applicants"
          />
          <Select
            size="xs"
            w={150}
            aria-label="Minimum score"
            data={MIN_SCORES}
            value={String(minScore)}
            onChange={(v) => setMinScore(Number(v ?? 0))}
            allowDeselect={false}
          />
          <Switch
            size="sm"
            label="Hide names and photos"
            checked={props.anonymous}
            onChange={(e) => props.onAnonymousChange(e.currentTarget.checked)}
          />
        </Group>
      </Group>
      {matches.isPending && (
        <Stack aria-busy="true" aria-label="Loading match scores">
          <Skeleton height={56} />
          <Skeleton height={56} />
        </Stack>
      )}
      {matches.isError && (
        <QueryError
          title="Could not load match scores"
          error={matches.error}
          onRetry={() => void matches.refetch()}
          retrying={matches.isFetching}
        />
      )}
      {matches.data && matches.data.job.skills.length === 0 && (
        <Text size="sm" c="dimmed" mb="sm">
          This job lists no required skills, so every applicant scores 0. Add skills to the job to rank by
          evidence.
        </Text>
      )}
      {matches.data && matches.data.applicants.length === 0 && (
        <EmptyState title={minScore > 0 ? 'No applicant scores that high' : 'No applicants yet'}>
          {minScore > 0
            ? 'Lower the minimum score to see more.'
            : 'Scores appear here as applications arrive.'}
        </EmptyState>
      )}
      {matches.data && matches.data.applicants.length > 0 && (
        <Accordion variant="separated" chevronPosition="right" data-testid="match-list">
          {matches.data.applicants.map((applicant) => (
            <Accordion.Item
              key={applicant.applicationId}
              value={applicant.applicationId}
              data-testid="match-row"
            >
              <Accordion.Control
                aria-label={`${applicant.candidate?.name ?? applicant.alias}, score ${applicant.score}`}
              >
                <Group wrap="nowrap" gap="sm">
                  <RingProgress
                    size={48}
                    thickness={5}
                    roundCaps
                    sections={[{ value: applicant.score, color: scoreColor(applicant.score) }]}
                    label={
                      <Text ta="center" size="xs" fw={700} data-testid="match-score">
                        {applicant.score}
                      </Text>
                    }
                  />
                  {applicant.candidate ? (
                    <Avatar
                      src={applicant.candidate.photoUrl}
                      name={applicant.candidate.name}
                      color="initials"
                    />
                  ) : (
                    <ThemeIcon variant="light" color="gray" radius="xl" size="lg" aria-hidden>
                      <IconUserQuestion size={18} />
                    </ThemeIcon>
                  )}
                  <div style={{ minWidth: 0 }}>
                    <Text fw={600} truncate data-testid="match-name">
                      {applicant.candidate?.name ?? applicant.alias}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {stageLabels[applicant.stage as ApplicationStage] ?? applicant.stage}
                      {applicant.status !== 'active' && ` · ${applicant.status}`}
                    </Text>
                  </div>
                  {!applicant.candidate && <IconEyeOff size={16} aria-label="Name hidden" />}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Explanation requirements={applicant.requirements} />
                {props.anonymous ? (
                  // The application page names the applicant: opening it is a choice to stop screening blind.
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    mt="sm"
                    leftSection={<IconEye size={16} />}
                    onClick={() => {
                      props.onAnonymousChange(false);
                      void navigate(`/employer/jobs/${props.jobId}/applications/${applicant.applicationId}`);
                    }}
                  >
                    Show names and open the application
                  </Button>
                ) : (
                  <Anchor
                    component={Link}
                    to={`/employer/jobs/${props.jobId}/applications/${applicant.applicationId}`}
                    size="sm"
                    mt="sm"
                    display="inline-block"
                  >
                    Open the application
                  </Anchor>
                )}
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Card>
  );
}
