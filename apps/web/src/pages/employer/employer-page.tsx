import {
  Alert,
  Anchor,
  Avatar,
  Badge,
  Button,
  Card,
  Container,
  Group,
  Menu,
  Modal,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconDots, IconEdit, IconExternalLink, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../auth/use-session';
import { EmptyState, QueryError } from '../../components/query-state';
import { UpgradeModal } from '../../components/upgrade-prompt';
import { isPaymentRequired, readError } from '../../lib/app-error';
import { formatDate, jobStatusColors, jobStatusLabels } from '../../lib/recruiting-format';
import type { CompanyJobRow, MyCompany } from '../../lib/router-types';
import { useTRPC } from '../../trpc';
import { CompanyForm, toCompanyInput } from './company-form';
import { TeamSection } from './team-section';

export function EmployerPage() {
  const session = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const companies = useQuery(trpc.companies.mine.queryOptions());
  const create = useMutation(trpc.companies.create.mutationOptions());

  if (session.status === 'authenticated' && session.user.role === 'jobseeker') {
    return (
      <Container size="sm" py={56}>
        <Alert color="gray" title="For employers">
          The employer workspace is for company accounts.{' '}
          <Anchor component={Link} to="/jobs">
            Browse jobs
          </Anchor>{' '}
          instead.
        </Alert>
      </Container>
    );
  }

  const selected = companies.data?.find((c) => c.id === params.get('company')) ?? companies.data?.[0];

  return (
    <Container size="lg" w="100%" py={{ base: 24, sm: 40 }}>
      <Title order={1} size="h2" mb="lg">
        Employer workspace
      </Title>
      {companies.isPending && <Skeleton height={200} />}
      {companies.isError && (
        <QueryError
          title="Could not load your companies"
          error={companies.error}
          onRetry={() => void companies.refetch()}
        />
      )}
      {companies.data?.length === 0 && (
        <Card withBorder padding="xl">
          <Title order={2} size="h3">
            Create your company
          </Title>
          <Text c="dimmed" size="sm" mb="lg">
            Jobs are posted under a company. You become its owner and can invite recruiters later.
          </Text>
          <CompanyForm
            submitLabel="Create company"
            onSubmit={async (values) => {
              await create.mutateAsync(toCompanyInput(values));
              await queryClient.invalidateQueries({ queryKey: trpc.companies.mine.queryKey() });
            }}
          />
        </Card>
      )}
      {companies.data && selected && (
        <Stack gap="lg">
          {companies.data.length > 1 && (
            <Select
              label="Company"
              data={companies.data.map((c) => ({ value: c.id, label: c.name }))}
              value={selected.id}
              onChange={(value) => value && setParams({ company: value })}
              allowDeselect={false}
              maw={320}
            />
          )}
          <CompanyHeader company={selected} />
          <CompanyJobs company={selected} />
          <TeamSection company={selected} />
        </Stack>
      )}
    </Container>
  );
}

function CompanyHeader(props: { company: MyCompany }) {
  const { company } = props;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [opened, modal] = useDisclosure(false);
  const detail = useQuery({ ...trpc.companies.bySlug.queryOptions({ slug: company.slug }), enabled: opened });
  const update = useMutation(trpc.companies.update.mutationOptions());

  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group wrap="nowrap">
          <Avatar src={company.logoUrl} name={company.name} color="initials" radius="md" size={48} />
          <div>
            <Text fw={700} size="lg" data-testid="company-name">
              {company.name}
            </Text>
            <Text size="sm" c="dimmed">
              You are its {company.role}
            </Text>
          </div>
        </Group>
        <Group gap="xs">
          <Button
            component={Link}
            to={`/companies/${company.slug}`}
            variant="default"
            leftSection={<IconExternalLink size={16} />}
          >
            Public page
          </Button>
          <Button variant="default" leftSection={<IconEdit size={16} />} onClick={modal.open}>
            Edit profile
          </Button>
        </Group>
      </Group>
      <Modal opened={opened} onClose={modal.close} title="Edit company profile" size="lg">
        {detail.isPending && <Skeleton height={300} />}
        {detail.isError && <QueryError title="Could not load the profile" error={detail.error} />}
        {detail.data && (
          <CompanyForm
            initial={{
              name: detail.data.name,
              slug: detail.data.slug,
              description: detail.data.description,
              website: detail.data.website ?? '',
              location: detail.data.location,
              size: detail.data.size,
              logoUrl: detail.data.logoUrl ?? '',
            }}
            submitLabel="Save changes"
            onCancel={modal.close}
            onSubmit={async (values) => {
              await update.mutateAsync({ companyId: company.id, ...toCompanyInput(values) });
              await queryClient.invalidateQueries({ queryKey: trpc.companies.pathKey() });
              modal.close();
              notifications.show({ color: 'teal', message: 'Company profile saved.' });
            }}
          />
        )}
      </Modal>
    </Card>
  );
}

function CompanyJobs(props: { company: MyCompany }) {
  const trpc = useTRPC();
  const jobs = useQuery(trpc.companies.jobs.queryOptions({ companyId: props.company.id }));

  return (
    <section aria-labelledby="company-jobs">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="company-jobs">
          Jobs
        </Title>
        <Button
          component={Link}
          to={`/employer/jobs/new?company=${props.company.id}`}
          leftSection={<IconPlus size={16} />}
        >
          Post a job
        </Button>
      </Group>
      {jobs.isPending && <Skeleton height={160} />}
      {jobs.isError && (
        <QueryError title="Could not load the jobs" error={jobs.error} onRetry={() => void jobs.refetch()} />
      )}
      {jobs.data?.length === 0 && (
        <EmptyState title="No jobs yet">
          Post your first job; save it as a draft or publish it at once.
        </EmptyState>
      )}
      {jobs.data && jobs.data.length > 0 && (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Title</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th ta="right">Applicants</Table.Th>
                  <Table.Th>Opened</Table.Th>
                  <Table.Th w={48}>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {jobs.data.map((job) => (
                  <JobRow key={job.id} job={job} companyId={props.company.id} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
    </section>
  );
}

function JobRow(props: { job: CompanyJobRow; companyId: string }) {
  const { job } = props;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const onSettled = () =>
    queryClient.invalidateQueries({ queryKey: trpc.companies.jobs.queryKey({ companyId: props.companyId }) });
  const onError = (error: unknown) =>
    notifications.show({ color: 'red', icon: <IconAlertCircle />, message: readError(error).message });
  // Opening one job more than the plan allows: the server's reason and a way to upgrade.
  const [upgrade, setUpgrade] = useState<string | null>(null);
  const publish = useMutation(
    trpc.jobs.publish.mutationOptions({
      onSettled,
      onError: (error) => (isPaymentRequired(error) ? setUpgrade(readError(error).message) : onError(error)),
    }),
  );
  const close = useMutation(trpc.jobs.close.mutationOptions({ onSettled, onError }));

  return (
    <Table.Tr data-testid="company-job-row">
      <Table.Td>
        <Anchor component={Link} to={`/employer/jobs/${job.id}`} fw={500}>
          {job.title}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Badge color={jobStatusColors[job.status]} variant="light">
          {jobStatusLabels[job.status]}
        </Badge>
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm">
          {job.applications.active}
          <Text span c="dimmed" size="xs">
            {' '}
            active / {job.applications.total}
          </Text>
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatDate(job.openedAt)}</Text>
      </Table.Td>
      <Table.Td>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button
              variant="subtle"
              size="compact-sm"
              aria-label={`Actions for ${job.title}`}
              loading={publish.isPending || close.isPending}
            >
              <IconDots size={16} />
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item component={Link} to={`/employer/jobs/${job.id}`}>
              Open pipeline
            </Menu.Item>
            <Menu.Item component={Link} to={`/employer/jobs/${job.id}/edit`}>
              Edit
            </Menu.Item>
            {job.status !== 'draft' && (
              <Menu.Item component={Link} to={`/jobs/${job.id}`}>
                View public page
              </Menu.Item>
            )}
            <Menu.Divider />
            {job.status === 'draft' && (
              <Menu.Item onClick={() => publish.mutate({ jobId: job.id })}>Publish</Menu.Item>
            )}
            {job.status === 'closed' && (
              <Menu.Item onClick={() => publish.mutate({ jobId: job.id })}>Reopen</Menu.Item>
            )}
            {job.status === 'open' && (
              <Menu.Item color="red" onClick={() => close.mutate({ jobId: job.id })}>
                Close
              </Menu.Item>
            )}
          </Menu.Dropdown>
        </Menu>
        <UpgradeModal
          opened={upgrade !== null}
          message={upgrade ?? ''}
          title="Your plan's open jobs are all in use"
          onClose={() => setUpgrade(null)}
        />
      </Table.Td>
    </Table.Tr>
  );
}
