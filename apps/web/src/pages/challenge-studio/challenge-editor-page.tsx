import {
  Alert,
  Anchor,
  Badge,
  Button,
  Container,
  Group,
  Modal,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconAlertCircle,
  IconArchive,
  IconChecklist,
  IconExternalLink,
  IconRocket,
} from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryError } from '../../components/query-state';
import { readError } from '../../lib/app-error';
import {
  challengeStatusColors,
  challengeStatusLabels,
  type StudioChallenge,
  type ValidationRun,
} from '../../lib/challenge-format';
import { formatRelative } from '../../lib/recruiting-format';
import { useTRPC } from '../../trpc';
import { InstructorOnly } from '../studio/instructor-only';
import { ChallengeForm } from './challenge-form';
import { toDetailsPayload, toFormValues, toGradingPayload } from './challenge-form-values';
import { useStoreStudioChallenge } from './studio-challenge-cache';
import { ValidationResults } from './validation-results';

export function ChallengeEditorPage() {
  return (
    <InstructorOnly>
      <ChallengeEditor />
    </InstructorOnly>
  );
}

function ChallengeEditor() {
  const { challengeId = '' } = useParams();
  const trpc = useTRPC();
  const challenge = useQuery(trpc.challengeStudio.get.queryOptions({ challengeId }));

  return (
    <Container size="md" w="100%" py={{ base: 24, sm: 40 }}>
      <Anchor component={Link} to="/studio/challenges" size="sm">
        ← Challenge studio
      </Anchor>
      {challenge.isPending && (
        <Stack mt="md" aria-busy="true" aria-label="Loading the challenge">
          <Skeleton height={32} width="50%" />
          <Skeleton height={320} />
        </Stack>
      )}
      {challenge.isError && (
        <Stack mt="md">
          <QueryError
            title="Could not open this challenge"
            error={challenge.error}
            onRetry={
              ['CHALLENGE_001', 'CHALLENGE_002'].includes(readError(challenge.error).code ?? '')
                ? undefined
                : () => void challenge.refetch()
            }
          />
        </Stack>
      )}
      {challenge.data && <Editor challenge={challenge.data} />}
    </Container>
  );
}

/** The last validation's results, for the grading version they ran against. */
interface LastValidation {
  readonly version: number;
  readonly results: readonly ValidationRun[];
}

function Editor(props: { challenge: StudioChallenge }) {
  const { challenge } = props;
  const trpc = useTRPC();
  const store = useStoreStudioChallenge();
  const [dirty, setDirty] = useState(false);
  const [lastValidation, setLastValidation] = useState<LastValidation | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [retireOpen, retireModal] = useDisclosure(false);
  const onError = (error: unknown) => setActionError(readError(error).message);
  const updateDetails = useMutation(trpc.challengeStudio.updateDetails.mutationOptions({ onSuccess: store }));
  const updateGrading = useMutation(trpc.challengeStudio.updateGrading.mutationOptions({ onSuccess: store }));
  const validate = useMutation(
    trpc.challengeStudio.validate.mutationOptions({
      onMutate: () => setActionError(null),
      onSuccess: ({ challenge: saved, results }) => {
        store(saved);
        setLastValidation({ version: saved.validation?.version ?? saved.gradingVersion, results });
      },
      onError,
    }),
  );
  const publish = useMutation(
    trpc.challengeStudio.publish.mutationOptions({
      onMutate: () => setActionError(null),
      onSuccess: (saved) => {
        store(saved);
        notifications.show({ color: 'teal', message: 'Published: learners can solve it now.' });
      },
      onError,
    }),
  );
  const retire = useMutation(
    trpc.challengeStudio.retire.mutationOptions({
      onMutate: () => setActionError(null),
      onSuccess: (saved) => {
        store(saved);
        retireModal.close();
      },
      onError: (error) => {
        retireModal.close();
        onError(error);
      },
    }),
  );

  const currentResults = lastValidation?.version === challenge.gradingVersion ? lastValidation.results : null;
  const resultsByTest = useMemo(
    () => (currentResults ? new Map(currentResults.map((r) => [r.testId, r])) : undefined),
    [currentResults],
  );
  const retired = challenge.status === 'retired';
  const publishBlocker = dirty
    ? 'Save your changes, then validate them, before publishing.'
    : !challenge.validated
      ? 'Validate first: the reference solution must pass every test of the current version.'
      : null;

  return (
    <Stack gap="lg" mt="sm">
      <Group justify="space-between" align="flex-start" gap="sm">
        <div style={{ minWidth: 0 }}>
          <Group gap="sm">
            <Title order={1} size="h2">
              {challenge.title}
            </Title>
            <Badge
              color={challengeStatusColors[challenge.status]}
              variant="light"
              data-testid="challenge-status"
            >
              {challengeStatusLabels[challenge.status]}
            </Badge>
            <Badge
              color={challenge.validated ? 'teal' : 'gray'}
              variant="outline"
              data-testid="challenge-validated"
            >
              {challenge.validated ? 'Validated' : 'Not validated'}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed" mt={4}>
            Tests version {challenge.gradingVersion} · {challenge.stats.submissions} submissions ·{' '}
            {challenge.stats.solvers} solvers · updated {formatRelative(challenge.updatedAt)}
          </Text>
        </div>
        <Button
          component={Link}
          to={`/challenges/${challenge.id}`}
          variant="default"
          leftSection={<IconExternalLink size={16} />}
        >
          {challenge.status === 'draft' ? 'Preview page' : 'Public page'}
        </Button>
      </Group>

      {retired ? (
        <Alert color="orange" icon={<IconArchive />} title="Retired">
          This challenge is out of the list and no longer takes submissions. Learners keep their history and
          leaderboard places.
        </Alert>
      ) : (
        <Stack gap="xs">
          <Group gap="xs">
            <Button
              variant="light"
              leftSection={<IconChecklist size={16} />}
              loading={validate.isPending}
              disabled={dirty}
              onClick={() => validate.mutate({ challengeId: challenge.id })}
            >
              Validate
            </Button>
            {challenge.status === 'draft' && (
              <Button
                leftSection={<IconRocket size={16} />}
                loading={publish.isPending}
                disabled={publishBlocker !== null}
                aria-describedby="publish-help"
                onClick={() => publish.mutate({ challengeId: challenge.id })}
              >
                Publish
              </Button>
            )}
            {challenge.status === 'published' && (
              <Button
                variant="default"
                color="red"
                leftSection={<IconArchive size={16} />}
                onClick={retireModal.open}
              >
                Retire
              </Button>
            )}
          </Group>
          <Text size="xs" c="dimmed" id="publish-help">
            {dirty
              ? 'Validation runs the saved version: save your changes first.'
              : challenge.status === 'draft'
                ? (publishBlocker ?? 'Validated for the current tests: ready to publish.')
                : 'Changing the tests of a published challenge re-runs the reference solution when you save.'}
          </Text>
          {actionError && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert">
              {actionError}
            </Alert>
          )}
        </Stack>
      )}

      {currentResults && <ValidationResults results={currentResults} tests={challenge.tests} />}

      <ChallengeForm
        challenge={challenge}
        submitLabel="Save changes"
        readOnly={retired}
        onDirtyChange={setDirty}
        validation={resultsByTest}
        onSubmit={async (values) => {
          const saved = toFormValues(challenge);
          const details = toDetailsPayload(values);
          const grading = toGradingPayload(values);
          if (JSON.stringify(details) !== JSON.stringify(toDetailsPayload(saved))) {
            await updateDetails.mutateAsync({ challengeId: challenge.id, details });
          }
          if (JSON.stringify(grading) !== JSON.stringify(toGradingPayload(saved))) {
            await updateGrading.mutateAsync({ challengeId: challenge.id, grading });
          }
          notifications.show({ color: 'teal', message: 'Changes saved.' });
        }}
      />

      <Modal opened={retireOpen} onClose={retireModal.close} title="Retire this challenge?" centered>
        <Stack gap="md">
          <Text size="sm">
            It leaves the challenge list and stops taking submissions. This cannot be undone. Learners keep
            their submissions and their places on the leaderboards.
          </Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={retireModal.close}>
              Keep it
            </Button>
            <Button
              color="red"
              loading={retire.isPending}
              onClick={() => retire.mutate({ challengeId: challenge.id })}
            >
              Retire challenge
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
