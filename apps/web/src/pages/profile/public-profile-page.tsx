import { Anchor, Avatar, Badge, Card, Container, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconBrandGithub, IconBrandLinkedin, IconMapPin, IconWorld } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ConnectActions } from '../../components/connect-actions';
import { QueryError } from '../../components/query-state';
import type { RouterOutputs } from '../../lib/router-types';
import { useTRPC } from '../../trpc';
import { SkillEvidenceList } from './evidence-badges';

type ProfilePage = RouterOutputs['profiles']['get'];

const period = (start: string, end: string | null) => `${start} – ${end ?? 'now'}`;

/** Anyone's profile as its owner chose to show it, with evidence behind each skill. */
export function PublicProfilePage() {
  const { userId = '' } = useParams();
  const trpc = useTRPC();
  const profile = useQuery(trpc.profiles.get.queryOptions({ userId }));

  return (
    <Container size="md" w="100%" py={{ base: 24, sm: 48 }}>
      {profile.isPending && (
        <Stack aria-busy="true" aria-label="Loading the profile">
          <Skeleton height={96} />
          <Skeleton height={220} />
        </Stack>
      )}
      {profile.isError && (
        <QueryError
          title="Could not load this profile"
          error={profile.error}
          onRetry={() => void profile.refetch()}
          retrying={profile.isFetching}
        />
      )}
      {profile.data && (
        <Stack gap="sm">
          <Group justify="flex-end">
            <ConnectActions userId={userId} />
          </Group>
          <ProfileView profile={profile.data} />
        </Stack>
      )}
    </Container>
  );
}

export function ProfileView(props: { profile: ProfilePage }) {
  const { profile } = props;
  return (
    <Stack gap="lg">
      <Card withBorder p={{ base: 'md', sm: 'xl' }}>
        <Group gap="lg" wrap="nowrap" align="flex-start">
          <Avatar src={profile.about?.photoUrl} name={profile.name} color="initials" size={72} />
          <div style={{ minWidth: 0 }}>
            <Title order={1} size="h2" data-testid="public-profile-name">
              {profile.name}
            </Title>
            {profile.about?.headline && <Text fw={500}>{profile.about.headline}</Text>}
            {profile.about?.location && (
              <Group gap={4} mt={4} c="dimmed">
                <IconMapPin size={14} aria-hidden />
                <Text size="sm">{profile.about.location}</Text>
              </Group>
            )}
            {profile.links && (
              <Group gap="md" mt="xs">
                {profile.links.website && (
                  <Anchor href={profile.links.website} target="_blank" rel="noopener noreferrer" size="sm">
                    <Group gap={4} wrap="nowrap">
                      <IconWorld size={14} aria-hidden /> Website
                    </Group>
                  </Anchor>
                )}
                {profile.links.github && (
                  <Anchor href={profile.links.github} target="_blank" rel="noopener noreferrer" size="sm">
                    <Group gap={4} wrap="nowrap">
                      <IconBrandGithub size={14} aria-hidden /> GitHub
                    </Group>
                  </Anchor>
                )}
                {profile.links.linkedin && (
                  <Anchor href={profile.links.linkedin} target="_blank" rel="noopener noreferrer" size="sm">
                    <Group gap={4} wrap="nowrap">
                      <IconBrandLinkedin size={14} aria-hidden /> LinkedIn
                    </Group>
                  </Anchor>
                )}
              </Group>
            )}
          </div>
        </Group>
        {profile.about?.summary && (
          <Text mt="md" style={{ whiteSpace: 'pre-line' }}>
            {profile.about.summary}
          </Text>
        )}
        {profile.isOwner && (
          <Group mt="md" gap="xs">
            <Badge variant="light">This is how others see your profile</Badge>
            <Anchor component={Link} to="/profile" size="sm">
              Edit it
            </Anchor>
          </Group>
        )}
      </Card>

      <Card withBorder p={{ base: 'md', sm: 'xl' }} component="section" aria-labelledby="skills-heading">
        <Title order={2} size="h4" id="skills-heading" mb="sm">
          Skills and evidence
        </Title>
        {profile.verifiedSkills === null ? (
          <Text size="sm" c="dimmed">
            {profile.name} keeps their skills private.
          </Text>
        ) : (
          <SkillEvidenceList skills={profile.verifiedSkills} emptyText="No skills listed or proven yet." />
        )}
      </Card>

      {profile.experience && profile.experience.length > 0 && (
        <Card
          withBorder
          p={{ base: 'md', sm: 'xl' }}
          component="section"
          aria-labelledby="experience-heading"
        >
          <Title order={2} size="h4" id="experience-heading" mb="sm">
            Experience
          </Title>
          <Stack gap="sm">
            {profile.experience.map((entry) => (
              <div key={`${entry.organisation}-${entry.startMonth}-${entry.title}`}>
                <Text fw={600}>
                  {entry.title} · {entry.organisation}
                </Text>
                <Text size="sm" c="dimmed">
                  {period(entry.startMonth, entry.endMonth)}
                </Text>
                {entry.description && <Text size="sm">{entry.description}</Text>}
              </div>
            ))}
          </Stack>
        </Card>
      )}

      {profile.education && profile.education.length > 0 && (
        <Card withBorder p={{ base: 'md', sm: 'xl' }} component="section" aria-labelledby="education-heading">
          <Title order={2} size="h4" id="education-heading" mb="sm">
            Education
          </Title>
          <Stack gap="sm">
            {profile.education.map((entry) => (
              <div key={`${entry.school}-${entry.startMonth}`}>
                <Text fw={600}>
                  {entry.school}
                  {entry.degree && ` · ${entry.degree}`}
                </Text>
                <Text size="sm" c="dimmed">
                  {period(entry.startMonth, entry.endMonth)}
                </Text>
              </div>
            ))}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
