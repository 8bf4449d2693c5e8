import {
  Alert,
  Avatar,
  Badge,
  Button,
  Card,
  Code,
  Container,
  CopyButton,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconCheck, IconCopy, IconLogout } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useSignOut } from '../auth/use-session';
import { readError } from '../lib/app-error';
import { useTRPC } from '../trpc';
import { AchievementsCard } from './gamification/achievements-card';
import { ProfileEditor } from './profile/profile-editor';

const roleLabels: Record<string, { label: string; color: string }> = {
  jobseeker: { label: 'Job seeker', color: 'teal' },
  employer: { label: 'Employer', color: 'brand' },
  instructor: { label: 'Instructor', color: 'grape' },
  admin: { label: 'Administrator', color: 'red' },
};

export function ProfilePage() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const signOut = useSignOut();

  return (
    <Container size="sm" w="100%" py={{ base: 32, sm: 56 }}>
      <Group justify="space-between" mb="lg">
        <Title order={1} size="h2">
          Your profile
        </Title>
        <Button
          variant="default"
          leftSection={<IconLogout size={16} />}
          onClick={() => signOut.mutate()}
          loading={signOut.isPending}
        >
          Sign out
        </Button>
      </Group>

      {signOut.error && (
        <Alert color="red" icon={<IconAlertCircle />} mb="md" role="alert">
          {readError(signOut.error).message}
        </Alert>
      )}

      {me.isPending && <ProfileSkeleton />}

      {me.isError && (
        <Alert color="red" icon={<IconAlertCircle />} title="Could not load your profile" role="alert">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{readError(me.error).message}</Text>
            <Button
              size="xs"
              variant="light"
              color="red"
              onClick={() => void me.refetch()}
              loading={me.isFetching}
            >
              Try again
            </Button>
          </Stack>
        </Alert>
      )}

      {me.data && (
        <Card withBorder p={{ base: 'md', sm: 'xl' }} aria-labelledby="profile-name">
          <Group gap="lg" wrap="nowrap">
            <Avatar name={me.data.name} color="initials" size={64} />
            <div style={{ minWidth: 0 }}>
              <Title order={2} size="h3" id="profile-name" data-testid="profile-name">
                {me.data.name}
              </Title>
              <Text c="dimmed" truncate data-testid="profile-email">
                {me.data.email}
              </Text>
              <Badge
                mt={8}
                variant="light"
                color={roleLabels[me.data.role]?.color ?? 'gray'}
                data-testid="profile-role"
              >
                {roleLabels[me.data.role]?.label ?? me.data.role}
              </Badge>
            </div>
          </Group>

          <Table mt="xl" variant="vertical" layout="fixed" withTableBorder={false}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={100}>Name</Table.Th>
                <Table.Td>{me.data.name}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Email</Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{me.data.email}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Role</Table.Th>
                <Table.Td>{roleLabels[me.data.role]?.label ?? me.data.role}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>User id</Table.Th>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Code style={{ overflowWrap: 'anywhere' }} data-testid="profile-id">
                      {me.data.id}
                    </Code>
                    <CopyButton value={me.data.id}>
                      {({ copied, copy }) => (
                        <Button
                          style={{ flexShrink: 0 }}
                          size="compact-xs"
                          variant="subtle"
                          color={copied ? 'teal' : 'gray'}
                          onClick={copy}
                          aria-label={copied ? 'User id copied' : 'Copy user id'}
                        >
                          {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                        </Button>
                      )}
                    </CopyButton>
                  </Group>
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Card>
      )}

      {me.data && <ProfileEditor />}

      {me.data && <AchievementsCard />}
    </Container>
  );
}

function ProfileSkeleton() {
  return (
    <Card withBorder padding="xl" aria-busy="true" aria-label="Loading your profile">
      <Group gap="lg">
        <Skeleton circle height={72} />
        <Stack gap={8} style={{ flex: 1 }}>
          <Skeleton height={22} width="50%" />
          <Skeleton height={14} width="70%" />
          <Skeleton height={18} width={90} />
        </Stack>
      </Group>
      <Stack gap="sm" mt="xl">
        <Skeleton height={14} />
        <Skeleton height={14} />
        <Skeleton height={14} width="80%" />
      </Stack>
    </Card>
  );
}
