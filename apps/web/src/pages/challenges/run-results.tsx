import { Accordion, Badge, Code, Group, Stack, Text } from '@mantine/core';
import {
  formatCall,
  formatJson,
  formatMs,
  type SampleRunResult,
  verdictColors,
  verdictLabels,
} from '../../lib/challenge-format';

/** A "Run" on the sample tests: everything about each test is public, so all of it is shown. */
export function RunResults(props: { results: readonly SampleRunResult[]; entryFunction: string }) {
  const { results } = props;
  const passed = results.filter((r) => r.verdict === 'ACCEPTED').length;
  // Failing tests open by themselves: they are what the learner needs to read.
  const failing = results.filter((r) => r.verdict !== 'ACCEPTED').map((r) => r.testId);
  return (
    <Stack gap="xs" data-testid="run-results">
      <Text fw={600} role="status">
        {passed === results.length
          ? `All ${results.length} sample tests passed`
          : `${passed} of ${results.length} sample tests passed`}
      </Text>
      <Accordion multiple defaultValue={failing} variant="contained">
        {results.map((result, index) => (
          <Accordion.Item key={result.testId} value={result.testId} data-testid="run-result">
            <Accordion.Control>
              <Group gap="sm" justify="space-between" wrap="nowrap" pr="xs">
                <Text size="sm">Sample {index + 1}</Text>
                <Group gap="sm" wrap="nowrap">
                  <Badge color={verdictColors[result.verdict]} variant="light" miw="max-content">
                    {verdictLabels[result.verdict]}
                  </Badge>
                  <Text size="xs" c="dimmed" miw={52} ta="right">
                    {formatMs(result.timeMs)}
                  </Text>
                </Group>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap={6}>
                <Field label="Input">{formatCall(props.entryFunction, result.input)}</Field>
                <Field label="Expected">{formatJson(result.expected)}</Field>
                <Field label="Actual">{result.actual === null ? '—' : formatJson(result.actual)}</Field>
                {result.error && (
                  <Field label="Error" color="red">
                    {result.error}
                  </Field>
                )}
                {result.console && <Field label="Console">{result.console}</Field>}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}

function Field(props: { label: string; children: string; color?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {props.label}
      </Text>
      <Code
        block
        c={props.color}
        style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', maxHeight: 200, overflow: 'auto' }}
      >
        {props.children}
      </Code>
    </div>
  );
}
