import { Badge, Code, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Markdown } from '../../components/markdown';
import {
  type ChallengeDetail,
  formatBytes,
  formatCall,
  formatJson,
  formatMs,
} from '../../lib/challenge-format';
import { plural } from '../../lib/learning-format';

/** The problem: statement, the sample tests as call → expected, and the limits every test runs under. */
export function ChallengeStatement(props: { challenge: ChallengeDetail }) {
  const { challenge } = props;
  return (
    <Stack gap="lg">
      <Markdown>{challenge.statement}</Markdown>

      <section aria-labelledby="samples-heading">
        <Title order={2} size="h5" id="samples-heading" mb="xs">
          Sample tests
        </Title>
        <Stack gap="xs">
          {challenge.samples.map((sample, index) => (
            <Paper key={sample.id} withBorder p="sm" data-testid="sample-test">
              <Text size="xs" c="dimmed" mb={4}>
                Sample {index + 1}
              </Text>
              <Stack gap={4}>
                <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                  {formatCall(challenge.entryFunction, sample.input)}
                </Code>
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <Text size="sm" c="dimmed" aria-hidden>
                    →
                  </Text>
                  <Text size="sm" component="span">
                    expected <Code style={{ wordBreak: 'break-all' }}>{formatJson(sample.expected)}</Code>
                  </Text>
                </Group>
              </Stack>
            </Paper>
          ))}
        </Stack>
        <Text size="sm" c="dimmed" mt="xs">
          Submissions are also judged on {plural(challenge.hiddenTestCount, 'hidden test')}.
        </Text>
      </section>

      <section aria-labelledby="limits-heading">
        <Title order={2} size="h5" id="limits-heading" mb="xs">
          Limits per test
        </Title>
        <SimpleGrid cols={3} spacing="xs">
          <Limit label="Time" value={formatMs(challenge.limits.timeMs)} />
          <Limit label="Memory" value={`${challenge.limits.memoryMb} MB`} />
          <Limit label="Output" value={formatBytes(challenge.limits.outputBytes)} />
        </SimpleGrid>
      </section>

      {challenge.skills.length > 0 && (
        <Group gap={6} aria-label="Skills practised">
          {challenge.skills.map((skill) => (
            <Badge key={skill.name} variant="outline" color="gray" tt="none">
              {skill.name}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}

function Limit(props: { label: string; value: string }) {
  return (
    <Paper withBorder p="xs" ta="center">
      <Text size="xs" c="dimmed">
        {props.label}
      </Text>
      <Text size="sm" fw={600}>
        {props.value}
      </Text>
    </Paper>
  );
}
