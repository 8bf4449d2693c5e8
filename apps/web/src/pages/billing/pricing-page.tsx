import {
  Alert,
  Badge,
  Button,
  Card,
  Container,
  Group,
  List,
  SegmentedControl,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import type { ReturnState } from '../../auth/route-guards';
import { useSession } from '../../auth/use-session';
import { QueryError } from '../../components/query-state';
import { isRetryable, readError } from '../../lib/app-error';
import {
  audienceForRole,
  formatMoney,
  intervalLabels,
  type PlanAction,
  type PlanAudience,
  type PlanView,
  planAction,
} from '../../lib/billing-format';
import { useTRPC } from '../../trpc';
import { useStartCheckout } from './use-start-checkout';

const audienceLabels: Record<PlanAudience, string> = { learner: 'For learners', employer: 'For employers' };

export function PricingPage() {
  const trpc = useTRPC();
  const session = useSession();
  const signedIn = session.status === 'authenticated';
  const [params, setParams] = useSearchParams();
  const role = signedIn ? session.user.role : undefined;
  const requested = params.get('for');
  // The visitor's choice (kept in the address), else their role's plans once the session is known.
  const audience: PlanAudience =
    requested === 'employer' || requested === 'learner' ? requested : audienceForRole(role);
  const plans = useQuery(trpc.billing.plans.queryOptions({}));
  const mine = useQuery({ ...trpc.billing.mine.queryOptions(), enabled: signedIn });
  const checkout = useStartCheckout();
  const shown = plans.data?.filter((plan) => plan.audience === audience) ?? [];
  const failed = checkout.failedPlan && plans.data?.find((plan) => plan.code === checkout.failedPlan);

  return (
    <Container size="lg" w="100%" py={{ base: 24, sm: 48 }}>
      <Stack gap="xs" align="center" ta="center" mb="xl">
        <Title order={1} size="h2">
          Plans and pricing
        </Title>
        <Text c="dimmed" maw={560}>
          Learn for free, go Pro for every advanced course, or hire without limits. Cancel any time: you keep
          what you paid for until the end of the period.
        </Text>
        <SegmentedControl
          mt="sm"
          value={audience}
          onChange={(value) => setParams({ for: value }, { replace: true })}
          data={(['learner', 'employer'] as const).map((value) => ({ value, label: audienceLabels[value] }))}
          aria-label="Plans for"
        />
      </Stack>

      {failed && checkout.error && (
        <Alert
          color="red"
          icon={<IconAlertCircle />}
          role="alert"
          mb="lg"
          title="Could not start the checkout"
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{readError(checkout.error).message}</Text>
            {isRetryable(checkout.error) && (
              <Button size="xs" variant="light" color="red" onClick={() => checkout.start(failed.code)}>
                Try again
              </Button>
            )}
          </Stack>
        </Alert>
      )}

      {plans.isPending && (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} aria-busy="true" aria-label="Loading the plans">
          <Skeleton height={360} />
          <Skeleton height={360} />
          <Skeleton height={360} />
        </SimpleGrid>
      )}
      {plans.isError && (
        <QueryError
          title="Could not load the plans"
          error={plans.error}
          onRetry={() => void plans.refetch()}
        />
      )}
      {mine.isError && (
        <Alert color="gray" icon={<IconAlertCircle />} mb="lg">
          Your current plan could not be loaded, so it is not marked below.
        </Alert>
      )}
      {plans.data && (
        <SimpleGrid
          cols={{ base: 1, sm: 2, md: shown.length > 2 ? 3 : 2 }}
          maw={shown.length > 2 ? undefined : 760}
          mx="auto"
        >
          {shown.map((plan) => (
            <PlanCard
              key={plan.code}
              plan={plan}
              action={signedIn && !mine.data ? null : planAction(plan, signedIn ? (mine.data ?? null) : null)}
              starting={checkout.startingPlan === plan.code}
              busy={checkout.startingPlan !== undefined}
              onUpgrade={() => checkout.start(plan.code)}
            />
          ))}
        </SimpleGrid>
      )}
      <Text size="xs" c="dimmed" ta="center" mt="xl">
        Prices in US dollars. Taxes, where they apply, are added at checkout.
      </Text>
    </Container>
  );
}

function PlanCard(props: {
  plan: PlanView;
  /** null while the signed-in user's plan loads. */
  action: PlanAction | null;
  starting: boolean;
  busy: boolean;
  onUpgrade: () => void;
}) {
  const { plan, action } = props;
  const current = action?.kind === 'current' || action?.kind === 'resume';
  const highlighted = plan.code === 'learner-pro-monthly' || plan.code === 'employer-business-monthly';
  return (
    <Card
      withBorder
      padding="lg"
      radius="md"
      data-testid="plan-card"
      aria-labelledby={`plan-${plan.code}`}
      style={current ? { borderColor: 'var(--mantine-primary-color-filled)', borderWidth: 2 } : undefined}
    >
      <Stack gap="md" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4" id={`plan-${plan.code}`}>
            {plan.name}
          </Title>
          {current ? (
            <Badge variant="filled">Current plan</Badge>
          ) : (
            highlighted && (
              <Badge variant="light" color="yellow">
                Popular
              </Badge>
            )
          )}
        </Group>
        <div>
          <Group gap={6} align="baseline">
            <Text fz={36} fw={700} lh={1}>
              {formatMoney(plan.price?.amountMinor ?? 0, plan.price?.currency ?? 'USD', { trim: true })}
            </Text>
            {plan.interval && <Text c="dimmed">/ {intervalLabels[plan.interval]}</Text>}
          </Group>
          <Text size="sm" c="dimmed" mt={6}>
            {limitSummary(plan)}
          </Text>
        </div>
        <List
          spacing="xs"
          size="sm"
          style={{ flexGrow: 1 }}
          icon={
            <ThemeIcon size={20} radius="xl" variant="light" color="teal">
              <IconCheck size={14} aria-hidden />
            </ThemeIcon>
          }
        >
          {plan.features.map((feature) => (
            <List.Item key={feature}>{feature}</List.Item>
          ))}
        </List>
        <PlanButton {...props} />
      </Stack>
    </Card>
  );
}

function PlanButton(props: {
  plan: PlanView;
  action: PlanAction | null;
  starting: boolean;
  busy: boolean;
  onUpgrade: () => void;
}) {
  const { plan, action } = props;
  const from: ReturnState = { from: `/pricing?for=${plan.audience}` };
  if (!action) return <Skeleton height={36} />;
  switch (action.kind) {
    case 'sign-up':
      return (
        <Stack gap={6}>
          <Button component={Link} to="/sign-up" state={from} fullWidth>
            {plan.price ? `Sign up to get ${plan.name}` : 'Sign up free'}
          </Button>
          <Text size="xs" c="dimmed" ta="center">
            Have an account?{' '}
            <Text component={Link} to="/sign-in" state={from} size="xs" c="blue" td="underline">
              Sign in
            </Text>
          </Text>
        </Stack>
      );
    case 'other-audience':
      return (
        <Button variant="default" disabled fullWidth>
          {plan.audience === 'employer' ? 'For employer accounts' : 'For learner accounts'}
        </Button>
      );
    case 'current':
      return plan.price ? (
        <Button variant="default" component={Link} to="/billing" fullWidth>
          Manage billing
        </Button>
      ) : (
        <Button variant="default" disabled fullWidth>
          Your plan
        </Button>
      );
    case 'resume':
      return (
        <Button variant="light" component={Link} to="/billing" fullWidth>
          Ending soon: resume on Billing
        </Button>
      );
    case 'included':
      return (
        <Button variant="default" disabled fullWidth>
          Included in your plan
        </Button>
      );
    case 'change-on-billing':
      return (
        <Stack gap={6}>
          <Button variant="default" disabled fullWidth>
            {`Switch to ${plan.name}`}
          </Button>
          <Text size="xs" c="dimmed" ta="center">
            Cancel your current plan on the{' '}
            <Text component={Link} to="/billing" size="xs" c="blue" td="underline">
              billing page
            </Text>{' '}
            first.
          </Text>
        </Stack>
      );
    case 'upgrade':
      return (
        <Button
          onClick={props.onUpgrade}
          loading={props.starting}
          disabled={props.busy && !props.starting}
          fullWidth
        >
          {`Upgrade to ${plan.name}`}
        </Button>
      );
  }
}

function limitSummary(plan: PlanView): string {
  if (plan.audience === 'learner')
    return plan.limits.proCourses ? 'Every course, free and pro' : 'Free courses';
  const jobs =
    plan.limits.activeJobPosts === null ? 'Unlimited open jobs' : `${plan.limits.activeJobPosts} open jobs`;
  const seats = `${plan.limits.recruiterSeats} recruiter${plan.limits.recruiterSeats === 1 ? '' : 's'}`;
  return `${jobs} · ${seats}`;
}
