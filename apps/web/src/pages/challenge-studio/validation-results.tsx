import { Alert, Badge, Code, Table, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import {
  formatJson,
  formatMs,
  type StudioTest,
  type ValidationRun,
  verdictColors,
  verdictLabels,
} from '../../lib/challenge-format';

/** What the reference solution did on every test, hidden ones included: the author wrote them all. */
export function ValidationResults(props: {
  results: readonly ValidationRun[];
  tests: readonly StudioTest[];
}) {
  const { results } = props;
  const numbers = new Map(props.tests.map((t, index) => [t.id, { n: index + 1, visibility: t.visibility }]));
  const passed = results.filter((r) => r.verdict === 'ACCEPTED').length;
  const allPassed = passed === results.length && results.length > 0;
  return (
    <Alert
      color={allPassed ? 'teal' : 'red'}
      icon={allPassed ? <IconCircleCheck /> : <IconCircleX />}
      title={
        allPassed
          ? `The reference solution passed all ${results.length} tests`
          : `The reference solution passed ${passed} of ${results.length} tests`
      }
      role="status"
      data-testid="validation-results"
      // The table scrolls inside the alert on phones instead of widening it.
      styles={{ body: { minWidth: 0 } }}
    >
      <Table.ScrollContainer minWidth={380}>
        <Table verticalSpacing={4} fz="sm" aria-label="Validation results">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Test</Table.Th>
              <Table.Th>Verdict</Table.Th>
              <Table.Th ta="right">Time</Table.Th>
              <Table.Th>Returned</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {results.map((result) => {
              const test = numbers.get(result.testId);
              return (
                <Table.Tr key={result.testId}>
                  <Table.Td>
                    <Text size="sm">Test {test?.n ?? result.testId}</Text>
                    <Text size="xs" c="dimmed">
                      {test?.visibility === 'sample' ? 'Sample' : 'Hidden'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={verdictColors[result.verdict]} variant="light" miw="max-content">
                      {verdictLabels[result.verdict]}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">{formatMs(result.timeMs)}</Table.Td>
                  <Table.Td maw={260}>
                    <Code style={{ wordBreak: 'break-all' }}>{formatJson(result.actual)}</Code>
                    {result.error && (
                      <Text size="xs" c="red" style={{ wordBreak: 'break-word' }}>
                        {result.error}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Alert>
  );
}
