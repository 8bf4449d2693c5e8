import {
  Badge,
  Box,
  Button,
  Card,
  Container,
  Group,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconArrowRight, IconBriefcase, IconCertificate, IconSchool } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useSession } from '../auth/use-session';
import classes from './landing-page.module.css';

const steps = [
  {
    icon: IconSchool,
    step: 'Learn',
    title: 'Courses that build real skills',
    text: 'Work through structured courses, lesson by lesson, and track your progress as you go.',
  },
  {
    icon: IconCertificate,
    step: 'Prove',
    title: 'Evidence, not claims',
    text: 'Solve coding challenges and finish courses. Every pass becomes verified evidence on your profile.',
  },
  {
    icon: IconBriefcase,
    step: 'Hire',
    title: 'Hiring on what people can do',
    text: 'Employers post jobs and rank applicants by the skills they have proven, not by keywords.',
  },
];

export function LandingPage() {
  const session = useSession();
  const signedIn = session.status === 'authenticated';
  return (
    <>
      <Box className={classes.hero}>
        <Container size="md" py={{ base: 56, sm: 96 }}>
          <Stack align="center" ta="center" gap="lg">
            <Badge variant="light" size="lg" radius="sm">
              Learn → Prove → Hire
            </Badge>
            <Title order={1} className={classes.title}>
              Show what you can do.{' '}
              <Text component="span" inherit variant="gradient" gradient={{ from: 'brand.5', to: 'cyan.5' }}>
                Get hired for it.
              </Text>
            </Title>
            <Text size="lg" c="dimmed" maw={620}>
              TalentSphere turns learning into proof. Take courses, pass coding challenges, and let employers
              find you by the skills you have verified.
            </Text>
            <Group justify="center" gap="sm">
              {signedIn ? (
                <Button component={Link} to="/profile" size="md" rightSection={<IconArrowRight size={18} />}>
                  Go to your profile
                </Button>
              ) : (
                <>
                  <Button
                    component={Link}
                    to="/sign-up"
                    size="md"
                    rightSection={<IconArrowRight size={18} />}
                  >
                    Create your free account
                  </Button>
                  <Button component={Link} to="/sign-in" size="md" variant="default">
                    Sign in
                  </Button>
                </>
              )}
            </Group>
          </Stack>
        </Container>
      </Box>

      <Container size="lg" py={{ base: 40, sm: 64 }}>
        <Title order={2} ta="center" mb="xs">
          One loop from first lesson to first offer
        </Title>
        <Text c="dimmed" ta="center" mb="xl">
          For job seekers who want their work to speak, and for employers who want to see it.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
          {steps.map((item, index) => (
            <Card
              key={item.step}
              withBorder
              padding="lg"
              component="section"
              aria-labelledby={`step-${index}`}
            >
              <ThemeIcon size={44} radius="md" variant="light">
                <item.icon size={24} aria-hidden />
              </ThemeIcon>
              <Text size="xs" tt="uppercase" fw={700} c="brand" mt="md">
                {index + 1}. {item.step}
              </Text>
              <Title order={3} size="h4" mt={4} id={`step-${index}`}>
                {item.title}
              </Title>
              <Text size="sm" c="dimmed" mt="xs">
                {item.text}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </Container>

      <Box component="footer" mt="auto" py="lg" className={classes.footer}>
        <Text size="sm" c="dimmed" ta="center">
          © {new Date().getFullYear()} TalentSphere
        </Text>
      </Box>
    </>
  );
}
