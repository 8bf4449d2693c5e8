import { Text } from '@mantine/core';

/**
 * A ranked learner's name. A null user id is a learner who keeps their name off public leaderboards:
 * the server sends only "Anonymous learner", shown dimmed so it does not read as someone's name.
 */
export function LeaderboardName(props: { entry: { userId: string | null; name: string }; mine: boolean }) {
  const { entry, mine } = props;
  const anonymous = entry.userId === null;
  return (
    <Text
      size="sm"
      fw={mine ? 600 : undefined}
      c={anonymous ? 'dimmed' : undefined}
      fs={anonymous ? 'italic' : undefined}
      lineClamp={1}
    >
      {entry.name}
      {mine && ' (you)'}
    </Text>
  );
}

/** A row key: anonymous rows carry no user id, so their place on the board tells them apart. */
export const leaderboardRowKey = (entry: { userId: string | null }, index: number): string =>
  entry.userId ?? `anonymous-${index}`;
