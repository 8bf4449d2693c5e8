import {
  Alert,
  Anchor,
  Avatar,
  Badge,
  Box,
  Button,
  Container,
  Grid,
  Group,
  Paper,
  ScrollArea,
  Skeleton,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconArrowLeft, IconUsers } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { EmptyState, QueryError } from '../../components/query-state';
import { composerLimit, formatMessageTime } from '../../lib/network-format';
import type { RouterOutputs } from '../../lib/router-types';
import { useTRPC } from '../../trpc';
import { MessageComposer } from './message-composer';
import classes from './messages-page.module.css';

type Summary = RouterOutputs['network']['conversations'][number];

function useRefreshMessages() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: trpc.network.conversations.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.network.conversation.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.network.pulse.queryKey() });
  };
}

function ConversationItem(props: { item: Summary; active: boolean }) {
  const { item } = props;
  return (
    <li>
      <UnstyledButton
        component={Link}
        to={`/messages/${item.conversationId}`}
        className={classes.item}
        data-active={props.active || undefined}
        aria-current={props.active ? 'page' : undefined}
        data-testid="conversation-item"
      >
        <Group gap="sm" wrap="nowrap">
          <Avatar name={item.person.name} color="initials" radius="xl" />
          <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text fw={item.unread > 0 ? 700 : 500} size="sm" truncate>
                {item.person.name}
              </Text>
              <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                {formatMessageTime(item.lastMessageAt)}
              </Text>
            </Group>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="xs" c="dimmed" truncate>
                {item.status === 'declined'
                  ? 'Declined your message request'
                  : `${item.lastMessage?.fromMe ? 'You: ' : ''}${item.lastMessage?.body ?? ''}`}
              </Text>
              {item.unread > 0 && (
                <Badge size="sm" circle aria-label={`${item.unread} unread`} data-testid="unread-count">
                  {item.unread}
                </Badge>
              )}
            </Group>
          </Stack>
        </Group>
      </UnstyledButton>
    </li>
  );
}

function ConversationList(props: { activeId: string | undefined }) {
  const trpc = useTRPC();
  const conversations = useQuery(trpc.network.conversations.queryOptions());
  if (conversations.isPending)
    return (
      <Stack gap="xs" aria-busy="true" aria-label="Loading conversations">
        <Skeleton height={56} />
        <Skeleton height={56} />
      </Stack>
    );
  if (conversations.isError)
    return (
      <QueryError
        title="Could not load your messages"
        error={conversations.error}
        onRetry={() => void conversations.refetch()}
      />
    );
  const requests = conversations.data.filter((c) => c.status === 'requested' && !c.startedByMe);
  const others = conversations.data.filter((c) => !(c.status === 'requested' && !c.startedByMe));
  if (conversations.data.length === 0)
    return (
      <EmptyState
        title="No messages yet"
        action={
          <Button component={Link} to="/network" variant="light">
            Go to your network
          </Button>
        }
      >
        Message a connection from your network page; people outside it can send you a message request.
      </EmptyState>
    );
  return (
    <Stack gap="md">
      {requests.length > 0 && (
        <Stack gap={4} component="section" aria-label="Message requests">
          <Text size="xs" fw={700} tt="uppercase" c="dimmed">
            Message requests
          </Text>
          <ul className={classes.list}>
            {requests.map((c) => (
              <ConversationItem
                key={c.conversationId}
                item={c}
                active={c.conversationId === props.activeId}
              />
            ))}
          </ul>
        </Stack>
      )}
      <Stack gap={4} component="section" aria-label="Conversations">
        {requests.length > 0 && (
          <Text size="xs" fw={700} tt="uppercase" c="dimmed">
            Conversations
          </Text>
        )}
        <ul className={classes.list}>
          {others.map((c) => (
            <ConversationItem key={c.conversationId} item={c} active={c.conversationId === props.activeId} />
          ))}
        </ul>
      </Stack>
    </Stack>
  );
}

function ConversationView(props: { conversationId: string }) {
  const trpc = useTRPC();
  const refresh = useRefreshMessages();
  const conversation = useQuery(
    trpc.network.conversation.queryOptions({ conversationId: props.conversationId }),
  );
  const markRead = useMutation(trpc.network.markRead.mutationOptions({ onSuccess: refresh }));
  const answer = useMutation(trpc.network.answerMessageRequest.mutationOptions({ onSuccess: refresh }));
  const send = useMutation(trpc.network.send.mutationOptions({ onSuccess: refresh }));
  const bottom = useRef<HTMLDivElement>(null);
  const data = conversation.data;
  const unread = data?.unread ?? 0;
  const lastId = data?.messages.at(-1)?.messageId;

  // Opening a conversation (or a new message arriving in it) marks it read.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when new messages arrive
  useEffect(() => {
    if (unread > 0 && !markRead.isPending) markRead.mutate({ conversationId: props.conversationId });
  }, [unread, lastId, props.conversationId]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: scrolls when the last message changes
  useEffect(() => {
    bottom.current?.scrollIntoView({ block: 'end' });
  }, [lastId]);

  if (conversation.isPending) return <Skeleton height={320} aria-label="Loading the conversation" />;
  if (conversation.isError)
    return (
      <QueryError
        title="Could not load this conversation"
        error={conversation.error}
        onRetry={() => void conversation.refetch()}
      />
    );
  const c = conversation.data;
  const awaitingMe = c.status === 'requested' && !c.startedByMe;
  const awaitingThem = c.status === 'requested' && c.startedByMe;
  const declined = c.status === 'declined';
  return (
    <Paper withBorder radius="md" className={classes.view} aria-label={`Conversation with ${c.person.name}`}>
      <Group gap="sm" p="sm" className={classes.viewHeader} wrap="nowrap">
        <Anchor component={Link} to="/messages" hiddenFrom="md" aria-label="Back to all messages">
          <IconArrowLeft size={18} />
        </Anchor>
        <Avatar name={c.person.name} color="initials" radius="xl" size="sm" />
        <Title order={2} size="h5" style={{ minWidth: 0 }} lineClamp={1}>
          {c.person.name}
        </Title>
      </Group>
      <ScrollArea.Autosize mah="55dvh" px="sm" py="xs">
        <Stack gap={6} component="ol" className={classes.list} aria-live="polite" data-testid="messages">
          {c.messages.map((m) => {
            const mine = m.senderId !== c.person.userId;
            return (
              <li key={m.messageId} className={classes.bubbleRow} data-mine={mine || undefined}>
                <Box className={classes.bubble} data-mine={mine || undefined} data-testid="message">
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {m.body}
                  </Text>
                  <Text size="xs" className={classes.time}>
                    {formatMessageTime(m.sentAt)}
                  </Text>
                </Box>
              </li>
            );
          })}
        </Stack>
        <div ref={bottom} />
      </ScrollArea.Autosize>
      <Stack gap="sm" p="sm" className={classes.viewFooter}>
        {awaitingMe && (
          <Alert color="blue" title={`${c.person.name} is not in your network`} data-testid="message-request">
            <Stack gap="xs">
              <Text size="sm">Accept to keep talking, or decline: they will not be able to write again.</Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  loading={answer.isPending && answer.variables?.answer === 'accept'}
                  onClick={() => answer.mutate({ conversationId: c.conversationId, answer: 'accept' })}
                >
                  Accept
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  loading={answer.isPending && answer.variables?.answer === 'decline'}
                  onClick={() => answer.mutate({ conversationId: c.conversationId, answer: 'decline' })}
                >
                  Decline
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        {awaitingThem && (
          <Text size="sm" c="dimmed">
            Your message request is waiting for {c.person.name} to accept it.
          </Text>
        )}
        {declined && c.startedByMe ? (
          <Text size="sm" c="dimmed">
            {c.person.name} declined your message request. Connect with them to write again.
          </Text>
        ) : (
          <MessageComposer
            key={c.conversationId}
            maxLength={composerLimit(c.status === 'open' || awaitingMe || declined)}
            placeholder={`Write to ${c.person.name}`}
            disabled={awaitingThem}
            sending={send.isPending}
            error={send.error}
            onSend={(body, sent) => send.mutate({ recipientId: c.person.userId, body }, { onSuccess: sent })}
          />
        )}
      </Stack>
    </Paper>
  );
}

/** Writing to someone for the first time: opens their conversation if there already is one. */
function NewConversation(props: { userId: string }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const refresh = useRefreshMessages();
  const relationship = useQuery(trpc.network.relationship.queryOptions({ userId: props.userId }));
  const send = useMutation(
    trpc.network.send.mutationOptions({
      onSuccess: ({ conversationId }) => {
        refresh();
        void navigate(`/messages/${conversationId}`, { replace: true });
      },
    }),
  );
  if (relationship.isPending) return <Skeleton height={200} aria-label="Loading" />;
  if (relationship.isError)
    return <QueryError title="You cannot write to this person" error={relationship.error} />;
  const r = relationship.data;
  if (r.conversationId) return <Navigate to={`/messages/${r.conversationId}`} replace />;
  const connected = r.connection?.status === 'accepted';
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group gap="sm">
          <Avatar name={r.person.name} color="initials" radius="xl" size="sm" />
          <Title order={2} size="h5">
            {r.person.name}
          </Title>
        </Group>
        {!connected && (
          <Text size="sm" c="dimmed">
            You are not connected: this will be a message request, a short note they can accept or decline.
          </Text>
        )}
        <MessageComposer
          maxLength={composerLimit(connected)}
          placeholder={`Write to ${r.person.name}`}
          sending={send.isPending}
          error={send.error}
          onSend={(body) => send.mutate({ recipientId: props.userId, body })}
        />
      </Stack>
    </Paper>
  );
}

/** Conversations on the left, the open one on the right; on a phone, one at a time. */
export function MessagesPage() {
  const { conversationId, userId } = useParams();
  const selected = conversationId ?? userId;
  return (
    <Container size="lg" w="100%" py={{ base: 16, sm: 32 }}>
      <Group justify="space-between" mb="md" visibleFrom={selected ? 'md' : undefined}>
        <Title order={1} size="h2">
          Messages
        </Title>
        <Button component={Link} to="/network" variant="light" leftSection={<IconUsers size={16} />}>
          Network
        </Button>
      </Group>
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 4 }} display={selected ? { base: 'none', md: 'block' } : undefined}>
          <ConversationList activeId={conversationId} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }} display={selected ? undefined : { base: 'none', md: 'block' }}>
          {conversationId && <ConversationView conversationId={conversationId} />}
          {userId && <NewConversation userId={userId} />}
          {!selected && (
            <Paper withBorder p="xl" radius="md">
              <Text c="dimmed" ta="center">
                Choose a conversation to read it.
              </Text>
            </Paper>
          )}
        </Grid.Col>
      </Grid>
    </Container>
  );
}
