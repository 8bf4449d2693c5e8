import { Anchor, Container, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTRPC } from '../../trpc';
import { InstructorOnly } from '../studio/instructor-only';
import { ChallengeForm } from './challenge-form';
import { toDetailsPayload, toGradingPayload } from './challenge-form-values';
import { useStoreStudioChallenge } from './studio-challenge-cache';

export function NewChallengePage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const store = useStoreStudioChallenge();
  const create = useMutation(trpc.challengeStudio.create.mutationOptions({ onSuccess: store }));

  return (
    <InstructorOnly>
      <Container size="md" w="100%" py={{ base: 24, sm: 40 }}>
        <Anchor component={Link} to="/studio/challenges" size="sm">
          ← Challenge studio
        </Anchor>
        <Title order={1} size="h2" mt="sm">
          New challenge
        </Title>
        <Text c="dimmed" size="sm" mb="lg">
          The challenge stays a draft until its reference solution passes every test and you publish it.
        </Text>
        <ChallengeForm
          submitLabel="Create challenge"
          onSubmit={async (values) => {
            const challenge = await create.mutateAsync({
              details: toDetailsPayload(values),
              grading: toGradingPayload(values),
            });
            void navigate(`/studio/challenges/${challenge.id}`);
          }}
        />
      </Container>
    </InstructorOnly>
  );
}
