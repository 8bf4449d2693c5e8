import {
  Alert,
  Anchor,
  Avatar,
  Badge,
  Button,
  Card,
  Container,
  Grid,
  Group,
  List,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconCircleCheck, IconLock, IconMapPin, IconWorld } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { ReturnState } from '../../auth/route-guards';
import { useSession } from '../../auth/use-session';
import { Markdown } from '../../components/markdown';
import { QueryError } from '../../components/query-state';
import { readError } from '../../lib/app-error';
import { focusFirstError } from '../../lib/focus-first-error';
import {
  companySizeLabels,
  employmentLabels,
  formatDate,
  formatSalary,
  remoteLabels,
  skillLevelLabels,
} from '../../lib/recruiting-format';
import type { JobDetail } from '../../lib/router-types';
import { useTRPC } from '../../trpc';
import { SkillGapPanel } from './skill-gap-panel';

export function JobDetailPage() {
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const job = useQuery(trpc.jobs.get.queryOptions({ jobId: id }));

  return (
    <Container size="lg" w="100%" py={{ base: 24, sm: 40 }}>
      <Anchor component={Link} to="/jobs" size="sm">
        ← All jobs
      </Anchor>
      {job.isPending && <DetailSkeleton />}
      {job.isError && (
        <Stack mt="md">
          <QueryError
            title="Could not load this job"
            error={job.error}
            onRetry={readError(job.error).code === 'JOB_001' ? undefined : () => void job.refetch()}
          />
        </Stack>
      )}
      {job.data && <JobView job={job.data} />}
    </Container>
  );
}

function JobView(props: { job: JobDetail }) {
  const { job } = props;
  const salary = formatSalary(job.salary);
  return (
    <Grid mt="md" gutter="xl">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="lg">
          <div>
            <Group gap="xs" mb={6}>
              {job.status !== 'open' && (
                <Badge color={job.status === 'closed' ? 'red' : 'gray'} variant="light">
                  {job.status === 'closed' ? 'Closed' : 'Draft'}
                </Badge>
              )}
            </Group>
            <Title order={1} size="h2">
              {job.title}
            </Title>
            <Group gap="sm" mt="xs">
              <Anchor component={Link} to={`/companies/${job.company.slug}`} fw={500}>
                {job.company.name}
              </Anchor>
              {job.location && (
                <Group gap={4} wrap="nowrap">
                  <IconMapPin size={16} aria-hidden />
                  <Text size="sm">{job.location}</Text>
                </Group>
              )}
              <Badge variant="light">{remoteLabels[job.remotePolicy]}</Badge>
              <Badge variant="light" color="gray">
                {employmentLabels[job.employmentType]}
              </Badge>
            </Group>
            {salary && (
              <Text fw={600} size="lg" mt="sm" data-testid="job-salary">
                {salary}{' '}
                <Text span size="sm" c="dimmed" fw={400}>
                  a year
                </Text>
              </Text>
            )}
            {job.openedAt && (
              <Text size="xs" c="dimmed" mt={4}>
                Posted {formatDate(job.openedAt)}
              </Text>
            )}
          </div>

          <section aria-labelledby="about-role">
            <Title order={2} size="h4" id="about-role" mb="xs">
              About the role
            </Title>
            {job.description.trim() ? (
              <Markdown>{job.description}</Markdown>
            ) : (
              <Text c="dimmed">No description yet.</Text>
            )}
          </section>

          {job.requirements.length > 0 && (
            <section aria-labelledby="requirements">
              <Title order={2} size="h4" id="requirements" mb="xs">
                Requirements
              </Title>
              <List spacing={4}>
                {job.requirements.map((requirement) => (
                  <List.Item key={requirement}>{requirement}</List.Item>
                ))}
              </List>
            </section>
          )}

          {job.skills.length > 0 && (
            <section aria-labelledby="skills">
              <Title order={2} size="h4" id="skills" mb="xs">
                Skills
              </Title>
              <Group gap="xs">
                {job.skills.map((skill) => (
                  <Badge key={skill.name} variant="outline" tt="none" size="lg" color="gray">
                    {skill.name} · {skillLevelLabels[skill.level]}
                  </Badge>
                ))}
              </Group>
            </section>
          )}
        </Stack>
      </Grid.Col>

      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="md">
          <ApplyPanel job={job} />
          <Card withBorder padding="lg" component="aside" aria-label="Company">
            <Group wrap="nowrap">
              <Avatar
                src={job.company.logoUrl}
                name={job.company.name}
                color="initials"
                radius="md"
                size={48}
              />
              <div style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/companies/${job.company.slug}`} fw={600}>
                  {job.company.name}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {companySizeLabels[job.company.size]}
                </Text>
              </div>
            </Group>
            {job.company.location && (
              <Group gap={4} mt="sm" wrap="nowrap">
                <IconMapPin size={14} aria-hidden />
                <Text size="sm">{job.company.location}</Text>
              </Group>
            )}
            {job.company.website && (
              <Group gap={4} mt={4} wrap="nowrap">
                <IconWorld size={14} aria-hidden />
                <Anchor
                  href={job.company.website}
                  target="_blank"
                  rel="noopener noreferrer"
                  size="sm"
                  truncate
                >
                  {job.company.website.replace(/^https?:\/\//, '')}
                </Anchor>
              </Group>
            )}
            <Button component={Link} to={`/companies/${job.company.slug}`} variant="light" fullWidth mt="md">
              View company
            </Button>
          </Card>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

function ApplyPanel(props: { job: JobDetail }) {
  const { job } = props;
  const session = useSession();
  const location = useLocation();

  if (job.status !== 'open') {
    return (
      <Alert color="gray" icon={<IconLock />} title="Applications closed">
        This job no longer takes applications.
      </Alert>
    );
  }
  if (session.status === 'loading') return <Skeleton height={120} />;
  if (session.status === 'anonymous') {
    const from: ReturnState = { from: location.pathname };
    return (
      <Card withBorder padding="lg">
        <Text fw={600}>Interested?</Text>
        <Text size="sm" c="dimmed" mt={4}>
          Sign in as a job seeker to apply.
        </Text>
        <Stack gap="xs" mt="md">
          <Button component={Link} to="/sign-in" state={from}>
            Sign in to apply
          </Button>
          <Button component={Link} to="/sign-up" state={from} variant="default">
            Create an account
          </Button>
        </Stack>
      </Card>
    );
  }
  if (session.user.role !== 'jobseeker') {
    return (
      <Alert color="gray" title="Job seekers apply here">
        You are signed in as {signedInAs[session.user.role]}.
      </Alert>
    );
  }
  return (
    <Stack gap="md">
      <ApplyForm jobId={job.id} />
      <SkillGapPanel jobId={job.id} />
    </Stack>
  );
}

const signedInAs = {
  employer: 'an employer',
  instructor: 'an instructor',
  admin: 'an administrator',
} as const;

const fieldOrder = ['coverLetter', 'resumeUrl'] as const;

function ApplyForm(props: { jobId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mine = useQuery(trpc.jobs.myApplication.queryOptions({ jobId: props.jobId }));
  const submit = useMutation(trpc.applications.submit.mutationOptions());
  const [serverError, setServerError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { coverLetter: '', resumeUrl: '' },
    validateInputOnBlur: true,
    validate: {
      coverLetter: (value) => (value.length > 5000 ? 'Use at most 5,000 characters.' : null),
      resumeUrl: (value) =>
        !value.trim() || /^https?:\/\/\S+$/.test(value.trim())
          ? null
          : 'Enter a link that starts with https://',
    },
  });

  if (mine.isPending) return <Skeleton height={160} />;
  if (mine.isError)
    return (
      <QueryError
        title="Could not check your application"
        error={mine.error}
        onRetry={() => void mine.refetch()}
      />
    );
  if (mine.data.applicationId) {
    return (
      <Alert color="teal" icon={<IconCircleCheck />} title="You have applied" data-testid="already-applied">
        <Anchor component={Link} to={`/applications/${mine.data.applicationId}`} size="sm">
          See your application and its progress
        </Anchor>
      </Alert>
    );
  }

  const handleSubmit = form.onSubmit(
    async (values) => {
      setServerError(null);
      try {
        await submit.mutateAsync({
          jobId: props.jobId,
          coverLetter: values.coverLetter,
          resumeUrl: values.resumeUrl.trim() || null,
        });
        await queryClient.invalidateQueries({
          queryKey: trpc.jobs.myApplication.queryKey({ jobId: props.jobId }),
        });
        await queryClient.invalidateQueries({ queryKey: trpc.applications.mine.queryKey() });
      } catch (error) {
        const problem = readError(error);
        const message =
          problem.code === 'JOB_002'
            ? 'This job has just closed and no longer takes applications.'
            : problem.code === 'JOB_003'
              ? 'You have already applied to this job.'
              : problem.message;
        setServerError(message);
        form.setErrors(problem.fields);
        focusFirstError(fieldOrder, problem.fields, form.getInputNode);
        if (problem.code === 'JOB_003') void mine.refetch();
      }
    },
    (errors) => focusFirstError(fieldOrder, errors, form.getInputNode),
  );

  return (
    <Card withBorder padding="lg">
      <form onSubmit={handleSubmit} noValidate aria-label="Apply">
        <Stack gap="sm">
          <Title order={2} size="h4">
            Apply for this job
          </Title>
          {serverError && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert">
              {serverError}
            </Alert>
          )}
          <Textarea
            label="Cover letter"
            description="Why you, why this role. Optional."
            autosize
            minRows={5}
            maxRows={12}
            {...form.getInputProps('coverLetter')}
          />
          <TextInput
            label="Resume link"
            placeholder="https://…"
            type="url"
            {...form.getInputProps('resumeUrl')}
          />
          <Text size="sm" c="dimmed">
            The employer will see your verified skills and how they match, even if your profile keeps them
            private.
          </Text>
          <Button type="submit" loading={submit.isPending}>
            Submit application
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

function DetailSkeleton() {
  return (
    <Stack mt="md" gap="sm" aria-busy="true" aria-label="Loading the job">
      <Skeleton height={32} width="60%" />
      <Skeleton height={16} width="40%" />
      <Skeleton height={200} mt="md" />
    </Stack>
  );
}
