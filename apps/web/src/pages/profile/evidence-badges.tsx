import { Anchor, Badge, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconCertificate, IconCode, IconSchool } from '@tabler/icons-react';
import { Link } from 'react-router';
import { skillLevelLabels } from '../../lib/recruiting-format';
import type { RouterOutputs } from '../../lib/router-types';

export type VerifiedSkillView = NonNullable<RouterOutputs['profiles']['me']['verifiedSkills']>[number];
export type EvidenceView = VerifiedSkillView['evidence'][number];

const kindLabels = {
  'course-completed': 'Completed course',
  certificate: 'Certificate',
  'challenge-passed': 'Passed',
  claimed: 'Claimed',
} as const;

const kindIcons = {
  'course-completed': IconSchool,
  certificate: IconCertificate,
  'challenge-passed': IconCode,
  claimed: IconSchool,
} as const;

const difficultyColors = { easy: 'teal', medium: 'yellow', hard: 'red' } as const;

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** One piece of evidence: what it is, where to check it (certificate page, course, challenge), when. */
export function EvidenceItem(props: { evidence: EvidenceView }) {
  const { evidence } = props;
  const Icon = kindIcons[evidence.kind];
  const label = kindLabels[evidence.kind];
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Icon size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        {label}:{' '}
        {evidence.link ? (
          <Anchor component={Link} to={evidence.link} size="sm">
            {evidence.sourceTitle}
          </Anchor>
        ) : (
          evidence.sourceTitle
        )}
        {evidence.difficulty && (
          <Badge
            component="span"
            ml={6}
            size="xs"
            variant="light"
            color={difficultyColors[evidence.difficulty]}
          >
            {evidence.difficulty}
          </Badge>
        )}{' '}
        <Text span size="xs" c="dimmed">
          {day.format(new Date(evidence.occurredAt))}
        </Text>
      </Text>
    </Group>
  );
}

/** Each skill with its badge (verified, with the level evidence shows, or claimed only) and evidence. */
export function SkillEvidenceList(props: { skills: readonly VerifiedSkillView[]; emptyText: string }) {
  if (props.skills.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {props.emptyText}
      </Text>
    );
  return (
    <Stack gap="sm" data-testid="skill-evidence">
      {props.skills.map((skill) => (
        <Paper key={skill.skill} withBorder p="sm" data-testid={`skill-${skill.skill}`}>
          <Group justify="space-between" gap="xs">
            <Title order={3} size="h5">
              {skill.skill}
            </Title>
            <Group gap={6}>
              {skill.verifiedLevel ? (
                <Badge color="teal" variant="filled" data-testid="verified-badge">
                  Verified · {skillLevelLabels[skill.verifiedLevel]}
                </Badge>
              ) : null}
              {skill.claimedLevel && (
                <Badge color="gray" variant="light">
                  Claimed · {skillLevelLabels[skill.claimedLevel]}
                </Badge>
              )}
            </Group>
          </Group>
          {skill.verifiedLevel && (
            <Group gap="xs" mt={6} wrap="nowrap">
              <Text size="xs" c="dimmed" w={90} style={{ flexShrink: 0 }}>
                Confidence {Math.round(skill.confidence * 100)}%
              </Text>
              <Progress
                flex={1}
                value={skill.confidence * 100}
                color="teal"
                size="sm"
                aria-label={`Confidence in ${skill.skill}: ${Math.round(skill.confidence * 100)}%`}
              />
            </Group>
          )}
          {skill.evidence.length > 0 && (
            <List listStyleType="none" spacing={4} mt="xs">
              {skill.evidence.map((evidence) => (
                <List.Item key={evidence.id}>
                  <EvidenceItem evidence={evidence} />
                </List.Item>
              ))}
            </List>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
