import { Anchor, Badge, Group, Paper, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconCircleCheckFilled } from '@tabler/icons-react';
import { Link } from 'react-router';
import {
  acceptanceRate,
  type ChallengeCard,
  difficultyColors,
  difficultyLabels,
} from '../../lib/challenge-format';
import { plural } from '../../lib/learning-format';

/** One challenge in the list: title and skills, then difficulty and how others fared. */
export function ChallengeRow(props: { challenge: ChallengeCard }) {
  const { challenge } = props;
  const rate = acceptanceRate(challenge.stats);
  const titleId = `challenge-${challenge.id}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId} data-testid="challenge-row">
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0, flex: '1 1 260px' }}>
          <SolvedMark solved={challenge.solvedByViewer} />
          <Stack gap={6} style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/challenges/${challenge.id}`} fw={600} id={titleId} lh={1.3}>
              {challenge.title}
            </Anchor>
            {challenge.skills.length > 0 && (
              <Group gap={6}>
                {challenge.skills.slice(0, 4).map((skill) => (
                  <Badge key={skill.name} variant="outline" color="gray" size="sm" tt="none">
                    {skill.name}
                  </Badge>
                ))}
                {challenge.skills.length > 4 && (
                  <Text size="xs" c="dimmed">
                    +{challenge.skills.length - 4}
                  </Text>
                )}
              </Group>
            )}
          </Stack>
        </Group>
        <Group gap="md" wrap="nowrap" c="dimmed">
          <Badge variant="light" color={difficultyColors[challenge.difficulty]} miw="max-content">
            {difficultyLabels[challenge.difficulty]}
          </Badge>
          <Text size="xs" miw={110}>
            {rate === null
              ? 'No submissions yet'
              : `${rate}% accepted (${challenge.stats.accepted}/${challenge.stats.submissions})`}
          </Text>
          <Text size="xs" miw={64}>
            {plural(challenge.stats.solvers, 'solver')}
          </Text>
        </Group>
      </Group>
    </Paper>
  );
}

/** A check for solved challenges; nothing for visitors, and an empty slot for unsolved ones (rows stay aligned). */
function SolvedMark(props: { solved: boolean | null }) {
  if (props.solved === null) return null;
  if (!props.solved) return <span style={{ width: 22, flexShrink: 0 }} aria-hidden />;
  return (
    <Tooltip label="Solved">
      <ThemeIcon variant="transparent" color="teal" size={22} aria-label="Solved" role="img">
        <IconCircleCheckFilled size={20} />
      </ThemeIcon>
    </Tooltip>
  );
}
