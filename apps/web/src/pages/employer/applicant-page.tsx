import {
  Anchor,
  Avatar,
  Badge,
  Card,
  Container,
  Grid,
  Group,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconFileText, IconMail } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ConnectActions } from '../../components/connect-actions';
import { QueryError } from '../../components/query-state';
import { ApplicationTimeline } from '../../components/timeline';
import { formatDate, stageLabels, statusColors, statusLabels } from '../../lib/recruiting-format';
import { useTRPC, useTRPCClient } from '../../trpc';
import {
  HireButton,
  MoveMenu,
  ReconsiderButton,
  useApplicationActions,
  useRejectDialog,
} from './application-actions';

/** One applicant as the employer sees them. Opening it records the first view (the candidate is told). */
export function ApplicantPage() {
  const { jobId = '', applicationId = '' } = useParams();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  // applications.view is a mutation (it records the view) but reads like a query: cache it as one.
  const application = useQuery({
    queryKey: [...trpc.applications.pathKey(), 'view', applicationId],
    queryFn: async () => {
      const view = await client.applications.view.mutate({ applicationId });
      // The first view clears the card's "new" mark on the board.
      void queryClient.invalidateQueries({ queryKey: trpc.jobs.pipeline.queryKey({ jobId }) });
      return view;
    },
  });
  const actions = useApplicationActions(jobId);
  const rejectDialog = useRejectDialog(actions);

  return (
    <Container size="lg" w="100%" py={{ base: 24, sm: 40 }}>
      <Anchor component={Link} to={`/employer/jobs/${jobId}`} size="sm">
        ← Pipeline
      </Anchor>
      {application.isPending && (
        <Stack mt="md" aria-busy="true" aria-label="Loading the application">
          <Skeleton height={48} width="40%" />
          <Skeleton height={240} />
        </Stack>
      )}
      {application.isError && (
        <Stack mt="md">
          <QueryError
            title="Could not load the application"
            error={application.error}
            onRetry={() => void application.refetch()}
          />
        </Stack>
      )}
      {application.data && (
        <Stack gap="lg" mt="md">
          <Group justify="space-between" align="flex-start" gap="md">
            <Group wrap="nowrap" gap="md">
              <Avatar name={application.data.candidate.name} color="initials" size={56} />
              <div style={{ minWidth: 0 }}>
                <Title order={1} size="h2">
                  {application.data.candidate.name}
                </Title>
                <Text c="dimmed" size="sm">
                  for {application.data.job.title} · applied {formatDate(application.data.createdAt)}
                </Text>
                <Group gap="xs" mt={6}>
                  <Badge color={statusColors[application.data.status]} variant="light">
                    {statusLabels[application.data.status]}
                  </Badge>
                  <Badge variant="outline" color="gray">
                    {stageLabels[application.data.stage]}
                  </Badge>
                </Group>
              </div>
            </Group>
            <Group gap="xs">
              <HireButton application={application.data} actions={actions} size="sm" />
              {application.data.status === 'active' && (
                <MoveMenu
                  application={application.data}
                  actions={actions}
                  onReject={rejectDialog.open}
                  size="sm"
                />
              )}
              <ReconsiderButton application={application.data} actions={actions} size="sm" />
            </Group>
          </Group>
          <Grid gutter="xl">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Card withBorder padding="lg">
                <Title order={2} size="h4" mb="xs">
                  Cover letter
                </Title>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {application.data.coverLetter || 'No cover letter.'}
                </Text>
                <Group gap="lg" mt="md">
                  <Group gap={6}>
                    <IconMail size={16} aria-hidden />
                    <Anchor href={`mailto:${application.data.candidate.email}`} size="sm">
                      {application.data.candidate.email}
                    </Anchor>
                  </Group>
                  <ConnectActions userId={application.data.candidate.id} size="xs" />
                  {application.data.resumeUrl && (
                    <Group gap={6}>
                      <IconFileText size={16} aria-hidden />
                      <Anchor
                        href={application.data.resumeUrl}
                        target="_blank"
                        rel="noopener noreferrer"
                        size="sm"
                      >
                        Resume
                      </Anchor>
                    </Group>
                  )}
                </Group>
              </Card>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Title order={2} size="h4" mb="md">
                Timeline
              </Title>
              <ApplicationTimeline entries={application.data.timeline} />
            </Grid.Col>
          </Grid>
        </Stack>
      )}
      {rejectDialog.dialog}
    </Container>
  );
}
