import {
  Alert,
  Anchor,
  Badge,
  Card,
  Container,
  Grid,
  Group,
  Skeleton,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEye } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useSession } from '../../auth/use-session';
import { QueryError } from '../../components/query-state';
import { readError } from '../../lib/app-error';
import {
  acceptanceRate,
  type ChallengeDetail,
  difficultyColors,
  difficultyLabels,
} from '../../lib/challenge-format';
import { plural } from '../../lib/learning-format';
import { useTRPC } from '../../trpc';
import { ChallengeLeaderboard } from './challenge-leaderboard';
import { ChallengeStatement } from './challenge-statement';
import { SolvePanel } from './solve-panel';
import { SubmissionHistory } from './submission-history';
import { useCodeDrafts, useLanguageChoice } from './use-code-drafts';

export function ChallengePage() {
  const { challengeId = '' } = useParams();
  const trpc = useTRPC();
  const challenge = useQuery(trpc.challenges.get.queryOptions({ challengeId }));

  return (
    <Container size="xl" w="100%" py={{ base: 24, sm: 32 }}>
      <Anchor component={Link} to="/challenges" size="sm">
        ← Challenges
      </Anchor>
      {challenge.isPending && (
        <Stack mt="md" aria-busy="true" aria-label="Loading the challenge">
          <Skeleton height={32} width="40%" />
          <Grid>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Skeleton height={360} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Skeleton height={360} />
            </Grid.Col>
          </Grid>
        </Stack>
      )}
      {challenge.isError && (
        <Stack mt="md">
          <QueryError
            title="Could not open this challenge"
            error={challenge.error}
            onRetry={
              readError(challenge.error).code === 'CHALLENGE_001' ? undefined : () => void challenge.refetch()
            }
          />
        </Stack>
      )}
      {challenge.data && <Workspace challenge={challenge.data} />}
    </Container>
  );
}

function Workspace(props: { challenge: ChallengeDetail }) {
  const { challenge } = props;
  const session = useSession();
  const signedIn = session.status === 'authenticated';
  const drafts = useCodeDrafts(challenge.id, challenge.starterCode);
  const [language, setLanguage] = useLanguageChoice(challenge.id, challenge.languages);
  const [tab, setTab] = useState<string | null>('problem');
  const solutionRef = useRef<HTMLDivElement>(null);
  const rate = acceptanceRate(challenge.stats);

  return (
    <Stack gap="md" mt="sm">
      <div>
        <Group gap="sm">
          <Title order={1} size="h2">
            {challenge.title}
          </Title>
          <Badge variant="light" color={difficultyColors[challenge.difficulty]}>
            {difficultyLabels[challenge.difficulty]}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed" mt={4}>
          {plural(challenge.stats.solvers, 'solver')} ·{' '}
          {rate === null
            ? 'no submissions yet'
            : `${rate}% of ${plural(challenge.stats.submissions, 'submission')} accepted`}
          {challenge.authors.length > 0 && ` · by ${challenge.authors.map((a) => a.name).join(', ')}`}
        </Text>
      </div>
      {challenge.status !== 'published' && (
        <Alert color="gray" icon={<IconEye />}>
          {challenge.status === 'draft'
            ? 'Draft preview: only the authors see this challenge until it is published.'
            : 'This challenge is retired: it no longer takes new submissions.'}
        </Alert>
      )}
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="problem">Problem</Tabs.Tab>
              {signedIn && <Tabs.Tab value="submissions">Submissions</Tabs.Tab>}
              <Tabs.Tab value="leaderboard">Leaderboard</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="problem" pt="md">
              <ChallengeStatement challenge={challenge} />
            </Tabs.Panel>
            {signedIn && (
              <Tabs.Panel value="submissions" pt="md">
                <SubmissionHistory
                  challengeId={challenge.id}
                  onLoad={(loadedLanguage, source) => {
                    setLanguage(loadedLanguage);
                    drafts.setCode(loadedLanguage, source);
                    // On phones the editor sits below the history: bring it into view.
                    solutionRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
                    notifications.show({ message: 'Loaded into the editor.' });
                  }}
                />
              </Tabs.Panel>
            )}
            <Tabs.Panel value="leaderboard" pt="md">
              <ChallengeLeaderboard
                challengeId={challenge.id}
                authorIds={challenge.authors.map((a) => a.id)}
              />
            </Tabs.Panel>
          </Tabs>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder padding="md" component="section" aria-label="Your solution" ref={solutionRef}>
            <SolvePanel
              challenge={challenge}
              language={language}
              onLanguageChange={setLanguage}
              code={drafts.codeFor(language)}
              onCodeChange={(code) => drafts.setCode(language, code)}
              onReset={() => drafts.reset(language)}
            />
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
