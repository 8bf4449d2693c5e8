import { Alert, Anchor, Container, Text } from '@mantine/core';
import { IconSchool } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../auth/use-session';

/** The studio is for instructors and admins; anyone else gets told why and where to go instead. */
export function InstructorOnly(props: { children: ReactNode }) {
  const session = useSession();
  if (session.status !== 'authenticated') return null;
  const { role } = session.user;
  if (role === 'instructor' || role === 'admin') return props.children;
  return (
    <Container size="sm" py={56}>
      <Alert color="gray" icon={<IconSchool />} title="The studio is for instructors">
        <Text size="sm">
          Instructors write and publish courses and coding challenges here. Your account is set up to{' '}
          {role === 'employer' ? 'hire' : 'learn and apply to jobs'}, so there is nothing to edit.{' '}
          <Anchor component={Link} to="/courses" size="sm">
            Browse the courses
          </Anchor>{' '}
          or{' '}
          <Anchor component={Link} to="/challenges" size="sm">
            solve challenges
          </Anchor>{' '}
          instead, or create a separate instructor account to teach.
        </Text>
      </Alert>
    </Container>
  );
}
