import {
  ActionIcon,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Tooltip,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { formatJson, type ValidationRun, verdictColors, verdictLabels } from '../../lib/challenge-format';
import { type ChallengeFormValues, type ComparisonKind, newTestRow } from './challenge-form-values';

const comparisonOptions: { value: ComparisonKind; label: string }[] = [
  { value: 'exact', label: 'Exact match' },
  { value: 'unordered', label: 'Same items, any order' },
  { value: 'tolerance', label: 'Numbers within a tolerance' },
];

const MAX_TESTS = 100;

/**
 * The tests, one card each: arguments as a JSON array, the expected value as JSON, how to compare,
 * and whether learners see it. The last validation's outcome shows on each test it covered.
 */
export function TestsEditor(props: {
  form: UseFormReturnType<ChallengeFormValues>;
  /** From the last "Validate" of the saved tests; omitted once the tests are edited. */
  validation?: ReadonlyMap<string, ValidationRun>;
}) {
  const { form } = props;
  const tests = form.values.tests;
  const listError = form.errors.tests;

  return (
    <Stack gap="sm">
      {typeof listError === 'string' && (
        <Text size="sm" c="red" role="alert" data-path="tests" tabIndex={-1}>
          {listError}
        </Text>
      )}
      {tests.map((row, index) => {
        const run = props.validation?.get(row.id);
        const label = `Test ${index + 1}`;
        return (
          <Paper
            key={row.key}
            withBorder
            p="sm"
            component="fieldset"
            aria-label={label}
            data-testid="test-row"
          >
            <Group justify="space-between" gap="xs" mb="xs">
              <Group gap="xs">
                <Text fw={600} size="sm">
                  {label}
                </Text>
                {run && (
                  <Badge color={verdictColors[run.verdict]} variant="light" size="sm">
                    {verdictLabels[run.verdict]}
                  </Badge>
                )}
              </Group>
              <Group gap={4}>
                <SegmentedControl
                  size="xs"
                  aria-label={`Visibility of test ${index + 1}`}
                  data={[
                    { value: 'sample', label: 'Sample' },
                    { value: 'hidden', label: 'Hidden' },
                  ]}
                  {...form.getInputProps(`tests.${index}.visibility`)}
                />
                <Tooltip label="Move up">
                  <ActionIcon
                    variant="subtle"
                    aria-label={`Move test ${index + 1} up`}
                    disabled={index === 0}
                    onClick={() => form.reorderListItem('tests', { from: index, to: index - 1 })}
                  >
                    <IconArrowUp size={16} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label="Move down">
                  <ActionIcon
                    variant="subtle"
                    aria-label={`Move test ${index + 1} down`}
                    disabled={index === tests.length - 1}
                    onClick={() => form.reorderListItem('tests', { from: index, to: index + 1 })}
                  >
                    <IconArrowDown size={16} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label="Remove">
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove test ${index + 1}`}
                    disabled={tests.length === 1}
                    onClick={() => form.removeListItem('tests', index)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <Textarea
                label="Input (arguments)"
                description="A JSON array: one element per argument."
                autosize
                minRows={1}
                maxRows={8}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                spellCheck={false}
                {...form.getInputProps(`tests.${index}.input`)}
              />
              <Textarea
                label="Expected"
                description="The return value, as JSON."
                autosize
                minRows={1}
                maxRows={8}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                spellCheck={false}
                {...form.getInputProps(`tests.${index}.expected`)}
              />
            </SimpleGrid>
            <Group gap="xs" mt="xs" align="flex-start">
              <Select
                label="Comparison"
                w={240}
                data={comparisonOptions}
                allowDeselect={false}
                {...form.getInputProps(`tests.${index}.comparison`)}
              />
              {row.comparison === 'tolerance' && (
                <NumberInput
                  label="Tolerance"
                  w={160}
                  decimalScale={12}
                  step={0.000001}
                  min={0}
                  max={1}
                  {...form.getInputProps(`tests.${index}.tolerance`)}
                />
              )}
            </Group>
            {run && run.verdict !== 'ACCEPTED' && (
              <Text size="xs" c="red" mt="xs" style={{ wordBreak: 'break-all' }}>
                The reference solution returned{' '}
                {run.actual === undefined ? 'nothing' : formatJson(run.actual)}
                {run.error ? ` (${run.error})` : ''}.
              </Text>
            )}
          </Paper>
        );
      })}
      <Group gap="xs">
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => form.insertListItem('tests', newTestRow(tests, 'sample'))}
          disabled={tests.length >= MAX_TESTS}
        >
          Add a sample test
        </Button>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => form.insertListItem('tests', newTestRow(tests, 'hidden'))}
          disabled={tests.length >= MAX_TESTS}
        >
          Add a hidden test
        </Button>
      </Group>
    </Stack>
  );
}
