import { Alert, Button, Center, Loader, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertCircle, IconMoodEmpty } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { readError } from '../lib/app-error';

/** A failed query: what went wrong in one sentence, and a way to try again. */
export function QueryError(props: {
  title: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}) {
  return (
    <Alert color="red" icon={<IconAlertCircle />} title={props.title} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{readError(props.error).message}</Text>
        {props.onRetry && (
          <Button size="xs" variant="light" color="red" onClick={props.onRetry} loading={props.retrying}>
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function EmptyState(props: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <Paper withBorder p="xl">
      <Stack align="center" ta="center" gap="xs">
        <ThemeIcon size={48} radius="xl" variant="light" color="gray">
          <IconMoodEmpty size={26} aria-hidden />
        </ThemeIcon>
        <Title order={2} size="h4">
          {props.title}
        </Title>
        {props.children && (
          <Text c="dimmed" size="sm" maw={460}>
            {props.children}
          </Text>
        )}
        {props.action}
      </Stack>
    </Paper>
  );
}

export function PageLoader(props: { label: string }) {
  return (
    <Center py={96}>
      <Loader aria-label={props.label} />
    </Center>
  );
}
