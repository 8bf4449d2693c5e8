import { Badge, Container, Group, Paper, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryError } from '../../components/query-state';
import { readError } from '../../lib/app-error';
import { type NotificationCategory, notificationCategoryText } from '../../lib/notification-format';
import { useTRPC } from '../../trpc';

/**
 * Which categories of notifications reach the signed-in person's inbox. A switched-off category is
 * not stored at all: switching it back on brings new ones, not the ones missed. Account and billing
 * are always on.
 */
export function NotificationPreferencesPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const preferences = useQuery(trpc.notifications.preferences.queryOptions());
  const [failed, setFailed] = useState<{ category: NotificationCategory; message: string } | null>(null);
  const queryKey = trpc.notifications.preferences.queryKey();
  // The switch moves at once (and keeps focus, so it can be pressed again); a refusal puts it back.
  const save = useMutation(
    trpc.notifications.setPreference.mutationOptions({
      onMutate: (input) => {
        setFailed(null);
        queryClient.setQueryData(queryKey, (current) =>
          current?.map((p) => (p.category === input.category ? { ...p, inApp: input.inApp } : p)),
        );
      },
      onError: (error, input) => {
        setFailed({ category: input.category, message: readError(error).message });
        void queryClient.invalidateQueries({ queryKey });
      },
    }),
  );

  return (
    <Container size="sm" w="100%" py={{ base: 24, sm: 40 }}>
      <Title order={1} size="h2">
        Notification settings
      </Title>
      <Text c="dimmed" mt={4} mb="lg">
        Choose what reaches your notifications in the app. New ones arrive live while TalentSphere is open.
      </Text>
      {preferences.isPending && (
        <Stack gap="sm" aria-busy="true" aria-label="Loading your notification settings">
          {[1, 2, 3, 4].map((n) => (
            <Skeleton key={n} height={72} />
          ))}
        </Stack>
      )}
      {preferences.isError && (
        <QueryError
          title="Could not load your notification settings"
          error={preferences.error}
          onRetry={() => void preferences.refetch()}
          retrying={preferences.isFetching}
        />
      )}
      {preferences.data && (
        <Paper withBorder component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {preferences.data.map((preference, index) => {
            const text = notificationCategoryText[preference.category];
            const error = failed?.category === preference.category ? failed.message : undefined;
            return (
              <li
                key={preference.category}
                style={index > 0 ? { borderTop: '1px solid var(--mantine-color-default-border)' } : undefined}
              >
                <Group justify="space-between" wrap="nowrap" gap="md" p="md" align="flex-start">
                  <Stack gap={2}>
                    <Group gap="xs">
                      <Text fw={600} id={`category-${preference.category}`}>
                        {text.label}
                      </Text>
                      {!preference.switchable && (
                        <Badge size="xs" variant="light" color="gray">
                          Always on
                        </Badge>
                      )}
                    </Group>
                    <Text size="sm" c="dimmed" id={`category-${preference.category}-description`}>
                      {text.description}
                    </Text>
                    {error && (
                      <Text size="sm" c="red" role="alert">
                        {error}
                      </Text>
                    )}
                  </Stack>
                  <Switch
                    checked={preference.inApp}
                    disabled={!preference.switchable}
                    onChange={(event) =>
                      save.mutate({ category: preference.category, inApp: event.currentTarget.checked })
                    }
                    aria-labelledby={`category-${preference.category}`}
                    aria-describedby={`category-${preference.category}-description`}
                    size="md"
                    mt={2}
                  />
                </Group>
              </li>
            );
          })}
        </Paper>
      )}
    </Container>
  );
}
