import {
  Avatar,
  Badge,
  Button,
  Card,
  Container,
  Group,
  Menu,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconMessage, IconUserPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { EmptyState, QueryError } from '../../components/query-state';
import { readError } from '../../lib/app-error';
import { formatRelative } from '../../lib/recruiting-format';
import { useTRPC } from '../../trpc';

function PersonRow(props: { name: string; detail: ReactNode; actions: ReactNode; testId: string }) {
  return (
    <Card withBorder padding="md" component="li" data-testid={props.testId}>
      <Group wrap="wrap" gap="sm" justify="space-between">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0, flex: '1 1 200px' }}>
          <Avatar name={props.name} color="initials" radius="xl" />
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text fw={600} truncate>
              {props.name}
            </Text>
            <Text size="sm" c="dimmed" lineClamp={2}>
              {props.detail}
            </Text>
          </Stack>
        </Group>
        <Group gap="xs" wrap="nowrap">
          {props.actions}
        </Group>
      </Group>
    </Card>
  );
}

function Section(props: { title: string; count?: number; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-label={props.title}>
      <Group gap="xs">
        <Title order={2} size="h4">
          {props.title}
        </Title>
        {props.count !== undefined && props.count > 0 && (
          <Badge variant="light" circle>
            {props.count}
          </Badge>
        )}
      </Group>
      {props.children}
    </Stack>
  );
}

const list = { listStyle: 'none', padding: 0, margin: 0 } as const;

/** Requests to answer, requests sent, connections, people to meet from shared courses and challenges. */
export function NetworkPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const overview = useQuery(trpc.network.overview.queryOptions());
  const suggestions = useQuery(trpc.network.suggestions.queryOptions());
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.network.overview.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.network.suggestions.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.network.pulse.queryKey() });
  };
  const onError = (error: unknown) =>
    notifications.show({ color: 'red', title: 'That did not work', message: readError(error).message });
  const options = { onSuccess: refresh, onError };
  const request = useMutation(trpc.network.request.mutationOptions(options));
  const answer = useMutation(trpc.network.answer.mutationOptions(options));
  const withdraw = useMutation(trpc.network.withdraw.mutationOptions(options));
  const remove = useMutation(trpc.network.remove.mutationOptions(options));
  const block = useMutation(trpc.network.block.mutationOptions(options));
  const unblock = useMutation(trpc.network.unblock.mutationOptions(options));
  /** Whether `m` is running for the row with this id (each row shows its own spinner). */
  const busy = (m: { isPending: boolean; variables?: object }, id: string) =>
    m.isPending && Object.values(m.variables ?? {}).includes(id);

  const data = overview.data;
  return (
    <Container size="md" w="100%" py={{ base: 24, sm: 40 }}>
      <Group justify="space-between" mb="lg">
        <Title order={1} size="h2">
          Your network
        </Title>
        <Button component={Link} to="/messages" variant="light" leftSection={<IconMessage size={16} />}>
          Messages
        </Button>
      </Group>
      {overview.isPending && (
        <Stack gap="sm" aria-busy="true" aria-label="Loading your network">
          <Skeleton height={72} />
          <Skeleton height={72} />
        </Stack>
      )}
      {overview.isError && (
        <QueryError
          title="Could not load your network"
          error={overview.error}
          onRetry={() => void overview.refetch()}
        />
      )}
      {data && (
        <Stack gap="xl">
          {data.incoming.length > 0 && (
            <Section title="Invitations" count={data.incoming.length}>
              <Stack gap="xs" component="ul" style={list}>
                {data.incoming.map((r) => (
                  <PersonRow
                    key={r.connectionId}
                    testId="incoming-request"
                    name={r.person.name}
                    detail={`Asked to connect ${formatRelative(r.requestedAt)}`}
                    actions={
                      <>
                        <Button
                          size="xs"
                          loading={busy(answer, r.connectionId)}
                          onClick={() => answer.mutate({ connectionId: r.connectionId, answer: 'accept' })}
                        >
                          Accept
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => answer.mutate({ connectionId: r.connectionId, answer: 'ignore' })}
                        >
                          Ignore
                        </Button>
                      </>
                    }
                  />
                ))}
              </Stack>
            </Section>
          )}

          <Section title="Connections" count={data.connections.length}>
            {data.connections.length === 0 ? (
              <EmptyState title="No connections yet">
                Connect with people from your courses and challenges below: connections can message each other
                freely.
              </EmptyState>
            ) : (
              <Stack gap="xs" component="ul" style={list}>
                {data.connections.map((c) => (
                  <PersonRow
                    key={c.connectionId}
                    testId="connection"
                    name={c.person.name}
                    detail={`Connected ${formatRelative(c.connectedAt)}`}
                    actions={
                      <>
                        <Button
                          size="xs"
                          variant="light"
                          component={Link}
                          to={`/messages/to/${c.person.userId}`}
                          leftSection={<IconMessage size={14} />}
                        >
                          Message
                        </Button>
                        <Menu position="bottom-end" withinPortal>
                          <Menu.Target>
                            <Button
                              size="xs"
                              variant="subtle"
                              color="gray"
                              aria-label={`More for ${c.person.name}`}
                            >
                              <IconDots size={16} />
                            </Button>
                          </Menu.Target>
                          <Menu.Dropdown>
                            <Menu.Item onClick={() => remove.mutate({ connectionId: c.connectionId })}>
                              Remove connection
                            </Menu.Item>
                            <Menu.Item color="red" onClick={() => block.mutate({ userId: c.person.userId })}>
                              Block {c.person.name}
                            </Menu.Item>
                          </Menu.Dropdown>
                        </Menu>
                      </>
                    }
                  />
                ))}
              </Stack>
            )}
          </Section>

          <Section title="People you may know">
            {suggestions.isPending && <Skeleton height={120} aria-label="Loading suggestions" />}
            {suggestions.isError && (
              <QueryError
                title="Could not load suggestions"
                error={suggestions.error}
                onRetry={() => void suggestions.refetch()}
              />
            )}
            {suggestions.data?.length === 0 && (
              <Text c="dimmed" size="sm">
                Enrol in courses and solve challenges: people who learn the same things show up here.
              </Text>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" component="ul" style={list}>
              {suggestions.data?.map((s) => (
                <Card key={s.person.userId} withBorder padding="md" component="li" data-testid="suggestion">
                  <Stack gap="xs" h="100%" justify="space-between">
                    <Group gap="sm" wrap="nowrap">
                      <Avatar name={s.person.name} color="initials" radius="xl" />
                      <Stack gap={0} style={{ minWidth: 0 }}>
                        <Text fw={600} truncate>
                          {s.person.name}
                        </Text>
                        <Text size="xs" c="dimmed" lineClamp={2}>
                          {[
                            s.sharedCourses.length > 0 && `Also in ${s.sharedCourses.join(', ')}`,
                            s.sharedChallenges.length > 0 && `Also solved ${s.sharedChallenges.join(', ')}`,
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </Text>
                      </Stack>
                    </Group>
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconUserPlus size={14} />}
                      loading={busy(request, s.person.userId)}
                      onClick={() =>
                        request.mutate(
                          { userId: s.person.userId },
                          {
                            onSuccess: () =>
                              notifications.show({ message: `Request sent to ${s.person.name}.` }),
                          },
                        )
                      }
                    >
                      Connect
                    </Button>
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          </Section>

          {data.outgoing.length > 0 && (
            <Section title="Sent requests" count={data.outgoing.length}>
              <Stack gap="xs" component="ul" style={list}>
                {data.outgoing.map((r) => (
                  <PersonRow
                    key={r.connectionId}
                    testId="outgoing-request"
                    name={r.person.name}
                    detail={`Sent ${formatRelative(r.requestedAt)}`}
                    actions={
                      <Button
                        size="xs"
                        variant="default"
                        loading={busy(withdraw, r.connectionId)}
                        onClick={() => withdraw.mutate({ connectionId: r.connectionId })}
                      >
                        Withdraw
                      </Button>
                    }
                  />
                ))}
              </Stack>
            </Section>
          )}

          {data.blocked.length > 0 && (
            <Section title="Blocked">
              <Stack gap="xs" component="ul" style={list}>
                {data.blocked.map((p) => (
                  <PersonRow
                    key={p.userId}
                    testId="blocked"
                    name={p.name}
                    detail="Cannot ask to connect with you, message you or see you in suggestions."
                    actions={
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => unblock.mutate({ userId: p.userId })}
                      >
                        Unblock
                      </Button>
                    }
                  />
                ))}
              </Stack>
            </Section>
          )}
        </Stack>
      )}
    </Container>
  );
}
