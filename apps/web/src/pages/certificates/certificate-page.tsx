import {
  Anchor,
  Badge,
  Button,
  Code,
  Container,
  CopyButton,
  Divider,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import {
  IconCertificateOff,
  IconCheck,
  IconCopy,
  IconPrinter,
  IconRosetteDiscountCheck,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Brand } from '../../components/brand';
import { QueryError } from '../../components/query-state';
import { readError } from '../../lib/app-error';
import { courseLevelLabels } from '../../lib/learning-format';
import { formatDate, skillLevelLabels } from '../../lib/recruiting-format';
import type { CertificateView } from '../../lib/router-types';
import { useTRPC } from '../../trpc';
import classes from './certificate-page.module.css';

/** Public: anyone holding the code (an employer, say) can check the certificate without signing in. */
export function CertificatePage() {
  const { code = '' } = useParams();
  const trpc = useTRPC();
  const certificate = useQuery(trpc.certificates.get.queryOptions({ code }));
  const notFound =
    certificate.isError &&
    ['CERTIFICATE_001', 'NOT_FOUND', 'BAD_REQUEST', 'VALIDATION'].includes(
      readError(certificate.error).code ?? '',
    );

  return (
    <Container size="md" w="100%" py={{ base: 24, sm: 48 }}>
      {certificate.isPending && (
        <Skeleton height={520} aria-busy="true" aria-label="Checking the certificate" />
      )}
      {notFound && <UnknownCertificate code={code} />}
      {certificate.isError && !notFound && (
        <QueryError
          title="Could not check this certificate"
          error={certificate.error}
          onRetry={() => void certificate.refetch()}
          retrying={certificate.isFetching}
        />
      )}
      {certificate.data && <Certificate certificate={certificate.data} />}
    </Container>
  );
}

function Certificate(props: { certificate: CertificateView }) {
  const { certificate } = props;
  return (
    <Stack gap="md">
      <Paper
        className={classes.certificate}
        p={{ base: 'lg', sm: 48 }}
        radius="lg"
        shadow="sm"
        component="article"
        aria-labelledby="certificate-title"
        data-testid="certificate"
      >
        <Stack align="center" ta="center" gap="lg">
          <Brand />
          <div>
            <Text tt="uppercase" fw={700} c="dimmed" size="sm" style={{ letterSpacing: '0.12em' }}>
              Certificate of completion
            </Text>
            <Text size="sm" c="dimmed" mt="lg">
              This certifies that
            </Text>
            <Title order={1} fz={{ base: 30, sm: 40 }} mt={4} data-testid="certificate-learner">
              {certificate.learnerName}
            </Title>
            <Text size="sm" c="dimmed" mt="md">
              has completed the {courseLevelLabels[certificate.course.level].toLowerCase()} course
            </Text>
            <Title order={2} size="h3" mt={4} id="certificate-title">
              <Anchor component={Link} to={`/courses/${certificate.course.id}`} inherit>
                {certificate.course.title}
              </Anchor>
            </Title>
            {certificate.course.authors.length > 0 && (
              <Text size="sm" c="dimmed" mt={4}>
                taught by {certificate.course.authors.join(', ')}
              </Text>
            )}
          </div>
          {certificate.skills.length > 0 && (
            <Group gap="xs" justify="center" aria-label="Skills">
              {certificate.skills.map((skill) => (
                <Badge key={skill.name} variant="outline" color="gray" tt="none" size="lg">
                  {skill.name} · {skillLevelLabels[skill.level]}
                </Badge>
              ))}
            </Group>
          )}
          <Divider w="100%" />
          <SimpleGrid cols={{ base: 1, sm: 3 }} w="100%" spacing="lg" verticalSpacing="md">
            <Stack gap={2} align="center">
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Issued
              </Text>
              <Text fw={500}>{formatDate(certificate.issuedAt)}</Text>
            </Stack>
            <Group gap="xs" wrap="nowrap" justify="center">
              <ThemeIcon color="teal" variant="light" radius="xl" size="lg">
                <IconRosetteDiscountCheck size={22} aria-hidden />
              </ThemeIcon>
              <Text fw={600} c="teal.7" style={{ whiteSpace: 'nowrap' }}>
                Verified by TalentSphere
              </Text>
            </Group>
            <Stack gap={2} align="center">
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Verification code
              </Text>
              <Group gap={4} wrap="nowrap">
                <Code fz="sm" data-testid="certificate-code">
                  {certificate.verificationCode}
                </Code>
                <CopyButton value={certificate.verificationCode}>
                  {({ copied, copy }) => (
                    <Button
                      className={classes.screenOnly}
                      size="compact-xs"
                      variant="subtle"
                      color={copied ? 'teal' : 'gray'}
                      onClick={copy}
                      aria-label={copied ? 'Verification code copied' : 'Copy verification code'}
                    >
                      {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          </SimpleGrid>
        </Stack>
      </Paper>
      <Group justify="center" gap="xs" className={classes.screenOnly}>
        <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
          Print or save as PDF
        </Button>
        <CopyButton value={window.location.href}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              onClick={copy}
              leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
            >
              {copied ? 'Link copied' : 'Copy link'}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}

function UnknownCertificate(props: { code: string }) {
  return (
    <Paper withBorder p="xl" data-testid="certificate-not-found">
      <Stack align="center" ta="center" gap="sm">
        <ThemeIcon size={56} radius="xl" variant="light" color="red">
          <IconCertificateOff size={30} aria-hidden />
        </ThemeIcon>
        <Title order={1} size="h3">
          No such certificate
        </Title>
        <Text c="dimmed" maw={460}>
          No TalentSphere certificate has the code <Code>{props.code}</Code>. Check it for typos: codes look
          like <Code>K7QM-2XHD-9TBW</Code>. A certificate that does not appear here was not issued by
          TalentSphere.
        </Text>
        <Button component={Link} to="/courses" variant="light" mt="xs">
          Browse courses
        </Button>
      </Stack>
    </Paper>
  );
}
