import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Container,
  Grid,
  Group,
  Modal,
  Skeleton,
  Stack,
  Stepper,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryError } from '../../components/query-state';
import { ApplicationTimeline } from '../../components/timeline';
import { readError } from '../../lib/app-error';
import { formatDate, STAGES, stageLabels, statusColors, statusLabels } from '../../lib/recruiting-format';
import type { ApplicationView } from '../../lib/router-types';
import { useTRPC } from '../../trpc';

export function ApplicationDetailPage() {
  const { id = '' } = useParams();
  const trpc = useTRPC();
  // The candidate's own list holds every application in full, timeline included.
  const applications = useQuery(trpc.applications.mine.queryOptions());
  const application = applications.data?.find((a) => a.id === id);

  return (
    <Container size="lg" w="100%" py={{ base: 24, sm: 40 }}>
      <Anchor component={Link} to="/applications" size="sm">
        ← My applications
      </Anchor>
      {applications.isPending && (
        <Stack mt="md" aria-busy="true" aria-label="Loading the application">
          <Skeleton height={30} width="50%" />
          <Skeleton height={200} />
        </Stack>
      )}
      {applications.isError && (
        <Stack mt="md">
          <QueryError
            title="Could not load the application"
            error={applications.error}
            onRetry={() => void applications.refetch()}
          />
        </Stack>
      )}
      {applications.data && !application && (
        <Alert mt="md" color="gray" title="Application not found">
          This application does not exist, or it is not yours.
        </Alert>
      )}
      {application && <ApplicationDetail application={application} />}
    </Container>
  );
}

function ApplicationDetail(props: { application: ApplicationView }) {
  const { application } = props;
  const terminal = application.status !== 'active';
  return (
    <Stack gap="lg" mt="md">
      <div>
        <Group gap="sm">
          <Title order={1} size="h2">
            {application.job.title}
          </Title>
          <Badge
            color={statusColors[application.status]}
            variant="light"
            size="lg"
            data-testid="application-status"
          >
            {statusLabels[application.status]}
          </Badge>
        </Group>
        <Text c="dimmed" mt={4}>
          <Anchor component={Link} to={`/companies/${application.company.slug}`}>
            {application.company.name}
          </Anchor>{' '}
          · applied {formatDate(application.createdAt)} ·{' '}
          <Anchor component={Link} to={`/jobs/${application.job.id}`}>
            view the job
          </Anchor>
        </Text>
      </div>

      <Card withBorder padding="lg">
        <Stepper
          active={application.status === 'hired' ? STAGES.length : STAGES.indexOf(application.stage)}
          size="sm"
          allowNextStepsSelect={false}
          color={terminal && application.status !== 'hired' ? 'gray' : undefined}
          aria-label="Stage"
          data-testid="application-stage"
        >
          {STAGES.map((stage) => (
            <Stepper.Step key={stage} label={stageLabels[stage]} />
          ))}
        </Stepper>
        {application.rejection && (
          <Alert
            mt="md"
            color="red"
            variant="light"
            title={application.rejection.decidedBy === 'candidate' ? 'You declined' : 'Not selected'}
          >
            {application.rejection.reason || 'No reason given.'}
          </Alert>
        )}
      </Card>

      <Grid gutter="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Title order={2} size="h4" mb="md">
            Timeline
          </Title>
          <ApplicationTimeline entries={application.timeline} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Card withBorder padding="lg">
              <Title order={2} size="h5" mb="xs">
                What you sent
              </Title>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {application.coverLetter || 'No cover letter.'}
              </Text>
              {application.resumeUrl && (
                <Anchor
                  href={application.resumeUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                  size="sm"
                  mt="sm"
                  display="block"
                >
                  Resume
                </Anchor>
              )}
            </Card>
            {application.status === 'active' && <CandidateActions application={application} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function CandidateActions(props: { application: ApplicationView }) {
  const { application } = props;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [withdrawOpen, withdrawModal] = useDisclosure(false);
  const [declineOpen, declineModal] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.applications.mine.queryKey() });
  const withdraw = useMutation(trpc.applications.withdraw.mutationOptions({ onSuccess: refresh }));
  const decline = useMutation(trpc.applications.reject.mutationOptions({ onSuccess: refresh }));
  const error = withdraw.error ?? decline.error;

  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        {error && (
          <Alert color="red" icon={<IconAlertCircle />} role="alert">
            {readError(error).message}
          </Alert>
        )}
        {application.stage === 'offer' && (
          <Button variant="default" onClick={declineModal.open}>
            Decline the offer
          </Button>
        )}
        <Button color="red" variant="light" onClick={withdrawModal.open}>
          Withdraw application
        </Button>
      </Stack>

      <Modal opened={withdrawOpen} onClose={withdrawModal.close} title="Withdraw this application?" centered>
        <Text size="sm">
          {application.company.name} will no longer consider you for {application.job.title}. You can apply
          again later while the job is open.
        </Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={withdrawModal.close}>
            Keep it
          </Button>
          <Button
            color="red"
            loading={withdraw.isPending}
            onClick={() =>
              withdraw.mutate({ applicationId: application.id }, { onSettled: withdrawModal.close })
            }
          >
            Withdraw
          </Button>
        </Group>
      </Modal>

      <Modal opened={declineOpen} onClose={declineModal.close} title="Decline the offer?" centered>
        <Textarea
          label="Reason (optional)"
          description="The employer sees this."
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          maxLength={1000}
          autosize
          minRows={3}
        />
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={declineModal.close}>
            Cancel
          </Button>
          <Button
            color="red"
            loading={decline.isPending}
            onClick={() =>
              decline.mutate({ applicationId: application.id, reason }, { onSettled: declineModal.close })
            }
          >
            Decline
          </Button>
        </Group>
      </Modal>
    </Card>
  );
}
