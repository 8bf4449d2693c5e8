import {
  Anchor,
  Avatar,
  Badge,
  Button,
  Card,
  Container,
  Group,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { EmptyState, QueryError } from '../../components/query-state';
import { formatRelative, stageLabels, statusColors, statusLabels } from '../../lib/recruiting-format';
import { useTRPC } from '../../trpc';

export function MyApplicationsPage() {
  const trpc = useTRPC();
  const applications = useQuery(trpc.applications.mine.queryOptions());

  return (
    <Container size="md" w="100%" py={{ base: 24, sm: 40 }}>
      <Title order={1} size="h2" mb="lg">
        My applications
      </Title>
      {applications.isPending && (
        <Stack gap="sm" aria-busy="true" aria-label="Loading your applications">
          <Skeleton height={88} />
          <Skeleton height={88} />
        </Stack>
      )}
      {applications.isError && (
        <QueryError
          title="Could not load your applications"
          error={applications.error}
          onRetry={() => void applications.refetch()}
        />
      )}
      {applications.data?.length === 0 && (
        <EmptyState
          title="No applications yet"
          action={
            <Button component={Link} to="/jobs">
              Find a job
            </Button>
          }
        >
          When you apply to a job, you can follow every step of it here.
        </EmptyState>
      )}
      <Stack gap="sm">
        {applications.data?.map((application) => (
          <Card
            key={application.id}
            withBorder
            padding="lg"
            component="article"
            data-testid="application-row"
          >
            <Group wrap="nowrap" align="flex-start">
              <Avatar
                src={application.company.logoUrl}
                name={application.company.name}
                color="initials"
                radius="md"
              />
              <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                <Anchor component={Link} to={`/applications/${application.id}`} fw={600}>
                  {application.job.title}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {application.company.name} · updated {formatRelative(application.updatedAt)}
                </Text>
              </Stack>
              <Stack gap={4} align="flex-end">
                <Badge color={statusColors[application.status]} variant="light">
                  {statusLabels[application.status]}
                </Badge>
                {application.status === 'active' && (
                  <Text size="xs" c="dimmed">
                    Stage: {stageLabels[application.stage]}
                  </Text>
                )}
              </Stack>
            </Group>
          </Card>
        ))}
      </Stack>
    </Container>
  );
}
