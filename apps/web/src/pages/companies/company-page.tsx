import {
  Alert,
  Anchor,
  Avatar,
  Button,
  Card,
  Container,
  Grid,
  Group,
  Paper,
  Rating,
  Skeleton,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconMapPin, IconUsers, IconWorld } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useSession } from '../../auth/use-session';
import { Markdown } from '../../components/markdown';
import { EmptyState, QueryError } from '../../components/query-state';
import { readError } from '../../lib/app-error';
import { companySizeLabels, formatDate } from '../../lib/recruiting-format';
import type { CompanyDetail } from '../../lib/router-types';
import { useTRPC } from '../../trpc';
import { JobCard } from '../jobs/job-card';

export function CompanyPage() {
  const { slug = '' } = useParams();
  const trpc = useTRPC();
  const company = useQuery(trpc.companies.bySlug.queryOptions({ slug }));

  return (
    <Container size="lg" w="100%" py={{ base: 24, sm: 40 }}>
      {company.isPending && (
        <Stack gap="sm" aria-busy="true" aria-label="Loading the company">
          <Skeleton height={64} width={64} radius="md" />
          <Skeleton height={28} width="40%" />
          <Skeleton height={160} mt="md" />
        </Stack>
      )}
      {company.isError && (
        <QueryError
          title="Could not load this company"
          error={company.error}
          onRetry={() => void company.refetch()}
        />
      )}
      {company.data && <CompanyView company={company.data} />}
    </Container>
  );
}

function CompanyView(props: { company: CompanyDetail }) {
  const { company } = props;
  const trpc = useTRPC();
  const jobs = useQuery(trpc.jobs.search.queryOptions({ companyId: company.id, sort: 'newest', limit: 50 }));

  return (
    <Stack gap="xl">
      <Group wrap="nowrap" align="flex-start" gap="lg">
        <Avatar src={company.logoUrl} name={company.name} color="initials" radius="md" size={72} />
        <div style={{ minWidth: 0 }}>
          <Title order={1} size="h2">
            {company.name}
          </Title>
          <Group gap="md" mt={6}>
            {company.location && (
              <Group gap={4} wrap="nowrap">
                <IconMapPin size={16} aria-hidden />
                <Text size="sm">{company.location}</Text>
              </Group>
            )}
            <Group gap={4} wrap="nowrap">
              <IconUsers size={16} aria-hidden />
              <Text size="sm">{companySizeLabels[company.size]}</Text>
            </Group>
            {company.website && (
              <Group gap={4} wrap="nowrap">
                <IconWorld size={16} aria-hidden />
                <Anchor href={company.website} target="_blank" rel="noopener noreferrer" size="sm">
                  {company.website.replace(/^https?:\/\//, '')}
                </Anchor>
              </Group>
            )}
          </Group>
          <Group gap={6} mt={6}>
            <Rating value={company.rating.average ?? 0} fractions={10} readOnly size="sm" aria-hidden />
            <Text size="sm" c="dimmed">
              {company.rating.average === null
                ? 'No reviews yet'
                : `${company.rating.average.toFixed(1)} out of 5 · ${company.rating.count} ${company.rating.count === 1 ? 'review' : 'reviews'}`}
            </Text>
          </Group>
        </div>
      </Group>

      <Grid gutter="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            {company.description.trim() && (
              <section aria-labelledby="about">
                <Title order={2} size="h4" id="about" mb="xs">
                  About
                </Title>
                <Markdown>{company.description}</Markdown>
              </section>
            )}
            <section aria-labelledby="open-jobs">
              <Group justify="space-between" mb="xs">
                <Title order={2} size="h4" id="open-jobs">
                  Open jobs ({company.openJobs})
                </Title>
                {company.openJobs > 0 && (
                  <Anchor component={Link} to={`/jobs?company=${company.id}`} size="sm">
                    Search these jobs
                  </Anchor>
                )}
              </Group>
              {jobs.isPending && <Skeleton height={100} />}
              {jobs.isError && (
                <QueryError
                  title="Could not load the jobs"
                  error={jobs.error}
                  onRetry={() => void jobs.refetch()}
                />
              )}
              {jobs.data?.items.length === 0 && <EmptyState title="No open jobs right now" />}
              <Stack gap="sm">
                {jobs.data?.items.map((job) => (
                  <JobCard key={job.id} job={job} />
                ))}
              </Stack>
            </section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <section aria-labelledby="reviews">
            <Title order={2} size="h4" id="reviews" mb="xs">
              Reviews
            </Title>
            <Stack gap="sm">
              <ReviewForm companyId={company.id} slug={company.slug} />
              {company.reviews.length === 0 && (
                <Text size="sm" c="dimmed">
                  Nobody has reviewed {company.name} yet.
                </Text>
              )}
              {company.reviews.map((review) => (
                <Paper key={review.id} withBorder p="md" component="article">
                  <Group justify="space-between" gap="xs">
                    <Text fw={600} size="sm">
                      {review.authorName}
                    </Text>
                    <Rating
                      value={review.rating}
                      readOnly
                      size="xs"
                      aria-label={`${review.rating} out of 5`}
                    />
                  </Group>
                  {review.body && (
                    <Text size="sm" mt={6} style={{ whiteSpace: 'pre-wrap' }}>
                      {review.body}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed" mt={6}>
                    {formatDate(review.createdAt)}
                  </Text>
                </Paper>
              ))}
            </Stack>
          </section>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** Signed-in people who are not members may review (the server refuses members and second reviews). */
function ReviewForm(props: { companyId: string; slug: string }) {
  const session = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mine = useQuery({
    ...trpc.companies.mine.queryOptions(),
    enabled: session.status === 'authenticated',
  });
  const review = useMutation(trpc.companies.review.mutationOptions());
  const [serverError, setServerError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm({
    initialValues: { rating: 0, body: '' },
    validate: {
      rating: (value) => (value >= 1 ? null : 'Choose from 1 to 5 stars.'),
      body: (value) => (value.length > 5000 ? 'Use at most 5,000 characters.' : null),
    },
  });

  if (session.status !== 'authenticated') {
    return (
      <Text size="sm" c="dimmed">
        <Anchor component={Link} to="/sign-in" state={{ from: `/companies/${props.slug}` }}>
          Sign in
        </Anchor>{' '}
        to write a review.
      </Text>
    );
  }
  if (mine.data?.some((company) => company.id === props.companyId)) return null;
  if (done) {
    return (
      <Alert color="teal" title="Thank you">
        Your review is published.
      </Alert>
    );
  }

  const handleSubmit = form.onSubmit(async (values) => {
    setServerError(null);
    try {
      await review.mutateAsync({ companyId: props.companyId, rating: values.rating, body: values.body });
      setDone(true);
      await queryClient.invalidateQueries({ queryKey: trpc.companies.bySlug.queryKey({ slug: props.slug }) });
    } catch (error) {
      const problem = readError(error);
      setServerError(problem.message);
      form.setErrors(problem.fields);
    }
  });

  return (
    <Card withBorder padding="md">
      <form onSubmit={handleSubmit} noValidate aria-label="Write a review">
        <Stack gap="sm">
          <Text fw={600} size="sm">
            Write a review
          </Text>
          {serverError && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert">
              {serverError}
            </Alert>
          )}
          <div>
            <Text size="sm" fw={500} id="rating-label">
              Rating
            </Text>
            <Rating
              aria-labelledby="rating-label"
              value={form.values.rating}
              onChange={(value) => form.setFieldValue('rating', value)}
            />
            {form.errors.rating && (
              <Text size="xs" c="red" mt={2}>
                {form.errors.rating}
              </Text>
            )}
          </div>
          <Textarea label="Your review" autosize minRows={3} {...form.getInputProps('body')} />
          <Button type="submit" loading={review.isPending} variant="light">
            Publish review
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
