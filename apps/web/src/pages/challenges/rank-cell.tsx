import { Table, Text } from '@mantine/core';

const podium: Record<number, string> = { 1: 'yellow.7', 2: 'gray.6', 3: 'orange.8' };

/** A leaderboard rank; the top three stand out in colour (the number still says it). */
export function RankCell(props: { rank: number }) {
  return (
    <Table.Td>
      <Text size="sm" fw={700} c={podium[props.rank]}>
        {props.rank}
      </Text>
    </Table.Td>
  );
}
