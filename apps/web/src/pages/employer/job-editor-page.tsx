import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Container,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { MarkdownField } from '../../components/markdown-field';
import { QueryError } from '../../components/query-state';
import { SkillListField } from '../../components/skill-list-field';
import { UpgradePrompt } from '../../components/upgrade-prompt';
import { isPaymentRequired, readError } from '../../lib/app-error';
import { focusFirstError } from '../../lib/focus-first-error';
import {
  CURRENCIES,
  EMPLOYMENT_TYPES,
  employmentLabels,
  minorUnitFactor,
  REMOTE_POLICIES,
  remoteLabels,
} from '../../lib/recruiting-format';
import type { EmploymentType, JobDetail, RemotePolicy, SkillLevel } from '../../lib/router-types';
import { useTRPC } from '../../trpc';

interface JobFormValues {
  title: string;
  description: string;
  requirements: string;
  location: string;
  remotePolicy: RemotePolicy;
  employmentType: EmploymentType;
  withSalary: boolean;
  salaryMin: number | string;
  salaryMax: number | string;
  currency: string;
  skills: { name: string; level: SkillLevel }[];
}

const fieldOrder = ['title', 'description', 'location', 'salaryMin', 'salaryMax'] as const;

/** Post a job (/employer/jobs/new?company=…) or edit one (/employer/jobs/:jobId/edit). */
export function JobEditorPage() {
  const { jobId } = useParams();
  const [params] = useSearchParams();
  const trpc = useTRPC();
  const job = useQuery({ ...trpc.jobs.get.queryOptions({ jobId: jobId ?? '' }), enabled: Boolean(jobId) });
  const companyId = jobId ? job.data?.company.id : (params.get('company') ?? undefined);

  return (
    <Container size="md" w="100%" py={{ base: 24, sm: 40 }}>
      <Anchor component={Link} to={jobId ? `/employer/jobs/${jobId}` : '/employer'} size="sm">
        ← {jobId ? 'Back to the pipeline' : 'Employer workspace'}
      </Anchor>
      <Title order={1} size="h2" mt="sm" mb="lg">
        {jobId ? 'Edit job' : 'Post a job'}
      </Title>
      {jobId && job.isPending && <Skeleton height={400} />}
      {job.isError && (
        <QueryError title="Could not load the job" error={job.error} onRetry={() => void job.refetch()} />
      )}
      {!jobId && !companyId && (
        <Alert color="gray">
          Choose a company first in the{' '}
          <Anchor component={Link} to="/employer">
            employer workspace
          </Anchor>
          .
        </Alert>
      )}
      {companyId && (!jobId || job.data) && <JobForm companyId={companyId} job={job.data} />}
    </Container>
  );
}

function toFormValues(job: JobDetail | undefined): JobFormValues {
  const factor = job?.salary ? minorUnitFactor(job.salary.currency) : 100;
  return {
    title: job?.title ?? '',
    description: job?.description ?? '',
    requirements: job?.requirements.join('\n') ?? '',
    location: job?.location ?? '',
    remotePolicy: job?.remotePolicy ?? 'hybrid',
    employmentType: job?.employmentType ?? 'full-time',
    withSalary: job ? Boolean(job.salary) : true,
    salaryMin: job?.salary ? job.salary.min / factor : '',
    salaryMax: job?.salary ? job.salary.max / factor : '',
    currency: job?.salary?.currency ?? 'EUR',
    skills: job?.skills.map((s) => ({ name: s.name, level: s.level })) ?? [
      { name: '', level: 'intermediate' },
    ],
  };
}

function JobForm(props: { companyId: string; job: JobDetail | undefined }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const post = useMutation(trpc.jobs.post.mutationOptions());
  const edit = useMutation(trpc.jobs.edit.mutationOptions());
  const [serverError, setServerError] = useState<string | null>(null);
  // Publishing beyond the plan's open jobs: the server's reason as an upgrade prompt.
  const [upgrade, setUpgrade] = useState<string | null>(null);
  // Which submit button was pressed; a ref because the submit handler runs before a re-render.
  const publish = useRef(false);

  const form = useForm<JobFormValues>({
    initialValues: toFormValues(props.job),
    validateInputOnBlur: true,
    validate: {
      title: (v) => (v.trim() ? (v.length > 120 ? 'Use at most 120 characters.' : null) : 'Enter a title.'),
      description: (v) => (v.length > 20_000 ? 'Use at most 20,000 characters.' : null),
      salaryMin: (v, values) =>
        values.withSalary && (v === '' || Number(v) < 0) ? 'Enter the lowest salary.' : null,
      salaryMax: (v, values) =>
        !values.withSalary
          ? null
          : v === ''
            ? 'Enter the highest salary.'
            : Number(v) < Number(values.salaryMin)
              ? 'The highest salary cannot be below the lowest.'
              : null,
      skills: { name: (v) => (v.length > 40 ? 'Use at most 40 characters.' : null) },
    },
  });

  const handleSubmit = form.onSubmit(
    async (values) => {
      setServerError(null);
      setUpgrade(null);
      const factor = minorUnitFactor(values.currency);
      const posting = {
        title: values.title.trim(),
        description: values.description,
        requirements: values.requirements
          .split('\n')
          .map((line) => line.replace(/^\s*[-*]\s*/, '').trim())
          .filter(Boolean),
        location: values.location.trim(),
        remotePolicy: values.remotePolicy,
        employmentType: values.employmentType,
        salary: values.withSalary
          ? {
              min: Math.round(Number(values.salaryMin) * factor),
              max: Math.round(Number(values.salaryMax) * factor),
              currency: values.currency,
            }
          : null,
        skills: values.skills
          .filter((s) => s.name.trim())
          .map((s) => ({ name: s.name.trim(), level: s.level })),
      };
      try {
        if (props.job) {
          await edit.mutateAsync({ jobId: props.job.id, ...posting });
          await queryClient.invalidateQueries({ queryKey: trpc.jobs.pathKey() });
          void navigate(`/employer/jobs/${props.job.id}`);
        } else {
          const { jobId } = await post.mutateAsync({
            companyId: props.companyId,
            publish: publish.current,
            ...posting,
          });
          await queryClient.invalidateQueries({
            queryKey: trpc.companies.jobs.queryKey({ companyId: props.companyId }),
          });
          void navigate(`/employer/jobs/${jobId}`);
        }
      } catch (error) {
        const problem = readError(error);
        if (isPaymentRequired(error)) {
          setUpgrade(problem.message);
          return;
        }
        setServerError(problem.message);
        form.setErrors(problem.fields);
        focusFirstError(fieldOrder, problem.fields, form.getInputNode);
      }
    },
    (errors) => focusFirstError(fieldOrder, errors, form.getInputNode),
  );

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={props.job ? 'Edit job' : 'Post a job'}>
      <Stack gap="lg">
        {serverError && (
          <Alert color="red" icon={<IconAlertCircle />} role="alert">
            {serverError}
          </Alert>
        )}
        {upgrade && (
          <UpgradePrompt
            scrollIntoView
            title="Your plan's open jobs are all in use"
            message={`${upgrade} You can still save this job as a draft.`}
          />
        )}
        <Card withBorder padding="lg">
          <Stack gap="md">
            <TextInput
              label="Job title"
              required
              placeholder="Senior TypeScript Engineer"
              {...form.getInputProps('title')}
            />
            <MarkdownField
              label="Description"
              writeTab="Description"
              inputProps={form.getInputProps('description')}
            />
            <Textarea
              label="Requirements"
              description="One per line."
              autosize
              minRows={3}
              {...form.getInputProps('requirements')}
            />
          </Stack>
        </Card>

        <Card withBorder padding="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Location" placeholder="Berlin, Germany" {...form.getInputProps('location')} />
            <Select
              label="Employment type"
              data={EMPLOYMENT_TYPES.map((t) => ({ value: t, label: employmentLabels[t] }))}
              allowDeselect={false}
              {...form.getInputProps('employmentType')}
            />
          </SimpleGrid>
          <Text size="sm" fw={500} mt="md" mb={4} id="remote-label">
            Work model
          </Text>
          <SegmentedControl
            aria-labelledby="remote-label"
            data={REMOTE_POLICIES.map((p) => ({ value: p, label: remoteLabels[p] }))}
            {...form.getInputProps('remotePolicy')}
          />
        </Card>

        <Card withBorder padding="lg">
          <Checkbox
            label="Show a salary range (yearly)"
            {...form.getInputProps('withSalary', { type: 'checkbox' })}
          />
          {form.values.withSalary && (
            <SimpleGrid cols={{ base: 1, sm: 3 }} mt="md">
              <NumberInput label="From" min={0} thousandSeparator="," {...form.getInputProps('salaryMin')} />
              <NumberInput label="To" min={0} thousandSeparator="," {...form.getInputProps('salaryMax')} />
              <Select
                label="Currency"
                data={[...CURRENCIES]}
                allowDeselect={false}
                {...form.getInputProps('currency')}
              />
            </SimpleGrid>
          )}
        </Card>

        <Card withBorder padding="lg">
          <Text size="sm" fw={500} mb="xs">
            Skills
          </Text>
          <SkillListField form={form} newLevel="intermediate" placeholder="typescript" />
        </Card>

        <Group justify="flex-end">
          {props.job ? (
            <Button type="submit" loading={edit.isPending}>
              Save changes
            </Button>
          ) : (
            <>
              <Button
                type="submit"
                variant="default"
                loading={post.isPending && !publish.current}
                onClick={() => {
                  publish.current = false;
                }}
              >
                Save as draft
              </Button>
              <Button
                type="submit"
                loading={post.isPending && publish.current}
                onClick={() => {
                  publish.current = true;
                }}
              >
                Publish
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </form>
  );
}
