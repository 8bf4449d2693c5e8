import { Anchor, Avatar, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { Link } from 'react-router';
import { employmentLabels, formatRelative, formatSalary, remoteLabels } from '../../lib/recruiting-format';
import type { JobSummary } from '../../lib/router-types';

export function JobCard(props: { job: JobSummary }) {
  const { job } = props;
  const salary = formatSalary(job.salary);
  return (
    <Card
      withBorder
      padding="lg"
      component="article"
      aria-labelledby={`job-${job.id}`}
      data-testid="job-card"
    >
      <Group wrap="nowrap" align="flex-start" gap="md">
        <Avatar src={job.company.logoUrl} name={job.company.name} color="initials" radius="md" size={44} />
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Anchor component={Link} to={`/jobs/${job.id}`} fw={600} size="lg" id={`job-${job.id}`} lh={1.3}>
            {job.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            {job.company.name}
          </Text>
          <Group gap="xs" mt={4}>
            {job.location && (
              <Group gap={4} wrap="nowrap">
                <IconMapPin size={14} aria-hidden />
                <Text size="sm">{job.location}</Text>
              </Group>
            )}
            <Badge variant="light">{remoteLabels[job.remotePolicy]}</Badge>
            <Badge variant="light" color="gray">
              {employmentLabels[job.employmentType]}
            </Badge>
            {salary && (
              <Text size="sm" fw={500}>
                {salary}
              </Text>
            )}
          </Group>
          {job.skills.length > 0 && (
            <Group gap={6} mt={6}>
              {job.skills.slice(0, 6).map((skill) => (
                <Badge key={skill.name} variant="outline" color="gray" size="sm" tt="none">
                  {skill.name}
                </Badge>
              ))}
            </Group>
          )}
        </Stack>
        {job.openedAt && (
          <Text size="xs" c="dimmed" visibleFrom="sm" style={{ whiteSpace: 'nowrap' }}>
            {formatRelative(job.openedAt)}
          </Text>
        )}
      </Group>
    </Card>
  );
}
