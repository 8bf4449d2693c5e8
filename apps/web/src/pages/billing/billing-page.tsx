import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Container,
  Group,
  Loader,
  Modal,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconAlertCircle,
  IconAlertTriangle,
  IconCircleCheck,
  IconClockHour4,
  IconExternalLink,
} from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '../../components/query-state';
import { isRetryable, readError } from '../../lib/app-error';
import {
  CHECKOUT_WAIT,
  checkoutSettled,
  formatMoney,
  type InvoiceView,
  invoiceStatusColors,
  invoiceStatusLabels,
  isRunning,
  type MyBilling,
  newIdempotencyKey,
  pollEvery,
  priceLabel,
  RENEWAL_WAIT,
  renewalSettled,
  subscriptionStatusColors,
  subscriptionStatusLabels,
  waitPhase,
} from '../../lib/billing-format';
import { formatDate } from '../../lib/recruiting-format';
import { useTRPC } from '../../trpc';

export function BillingPage() {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const justPaid = params.get('checkout') === 'success';
  // The provider confirms a checkout by webhook, which may land after the redirect back here: until
  // the mirror shows the paid plan, the page reads it again every few seconds, for a minute at most.
  const [checkoutSince, setCheckoutSince] = useState(() => Date.now());
  const checkoutExpired = useExpired(justPaid ? checkoutSince : null, CHECKOUT_WAIT.forMs);
  // Once confirmed it stays so: a cancel made afterwards on this page is not a checkout to wait for.
  const [checkoutConfirmed, setCheckoutConfirmed] = useState(false);
  const checkoutPhase = (billing: MyBilling | undefined) =>
    waitPhase(justPaid, checkoutConfirmed || (billing && checkoutSettled(billing)), checkoutExpired);
  const mine = useQuery({
    ...trpc.billing.mine.queryOptions(),
    refetchInterval: (query) => pollEvery(checkoutPhase(query.state.data), CHECKOUT_WAIT),
  });
  const checkout = mine.data ? checkoutPhase(mine.data) : 'idle';
  useEffect(() => {
    if (checkout === 'settled') setCheckoutConfirmed(true);
  }, [checkout]);

  return (
    <Container size="md" w="100%" py={{ base: 24, sm: 40 }}>
      <Title order={1} size="h2" mb="lg">
        Billing
      </Title>
      {checkout === 'settled' && mine.data && (
        <Alert
          color="teal"
          icon={<IconCircleCheck />}
          title="Payment received"
          mb="lg"
          data-testid="checkout-success"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setParams({}, { replace: true })}
        >
          {`Welcome to ${mine.data.plan.name}. Your receipt is in the invoices below.`}
        </Alert>
      )}
      {checkout === 'waiting' && (
        <Alert
          color="blue"
          icon={<Loader size={20} />}
          title="Confirming your payment…"
          mb="lg"
          role="status"
          data-testid="checkout-confirming"
        >
          Your checkout is complete. We are waiting for the payment provider to confirm it, which usually
          takes a few seconds; your plan updates here on its own.
        </Alert>
      )}
      {checkout === 'timed-out' && (
        <Alert
          color="yellow"
          icon={<IconClockHour4 />}
          title="Still waiting for the payment provider"
          mb="lg"
          role="alert"
          data-testid="checkout-still-waiting"
        >
          <Stack gap="sm" align="flex-start">
            <Text size="sm">
              Your checkout is complete, but the provider has not confirmed the payment yet. Refresh this page
              later: your plan changes as soon as the confirmation arrives. There is no need to pay again.
            </Text>
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                setCheckoutSince(Date.now());
                void mine.refetch();
              }}
            >
              Check again
            </Button>
          </Stack>
        </Alert>
      )}
      {mine.isPending && (
        <Stack aria-busy="true" aria-label="Loading your billing">
          <Skeleton height={180} />
          <Skeleton height={140} />
        </Stack>
      )}
      {mine.isError && (
        <QueryError
          title="Could not load your billing"
          error={mine.error}
          onRetry={() => void mine.refetch()}
        />
      )}
      {mine.data && (
        <Stack gap="xl">
          <PlanSection
            billing={mine.data}
            awaitingCheckout={checkout === 'waiting' || checkout === 'timed-out'}
          />
          <InvoicesSection invoices={mine.data.invoices} />
        </Stack>
      )}
    </Container>
  );
}

/** True once `forMs` have passed since `since` (a new `since` starts over; null never expires). */
function useExpired(since: number | null, forMs: number): boolean {
  const [expiredSince, setExpiredSince] = useState<number | null>(null);
  useEffect(() => {
    if (since === null) return;
    const timer = setTimeout(() => setExpiredSince(since), Math.max(0, since + forMs - Date.now()));
    return () => clearTimeout(timer);
  }, [since, forMs]);
  return since !== null && expiredSince === since;
}

function PlanSection(props: { billing: MyBilling; awaitingCheckout: boolean }) {
  const { billing } = props;
  const { subscription, plan } = billing;
  const running = isRunning(subscription);
  const ending = running && subscription?.cancelAtPeriodEnd === true;
  // A subscription that ended leaves the free plan in effect: the page leads back to the plans.
  if (!subscription || (!running && !billing.accessUntil)) {
    return (
      <section aria-labelledby="billing-plan">
        <Title order={2} size="h4" id="billing-plan" mb="sm">
          Your plan
        </Title>
        {subscription && <EndedSubscription billing={billing} />}
        <Card withBorder padding="lg" radius="md" data-testid="billing-plan">
          <Group justify="space-between" align="center">
            <div>
              <Group gap="xs">
                <Text fw={700} size="xl">
                  {plan.name}
                </Text>
                <Badge color="gray" variant="light">
                  Free plan
                </Badge>
              </Group>
              <Text c="dimmed" size="sm" mt={4} maw={460}>
                {billing.audience === 'employer'
                  ? `${plan.features.join(' · ')}. Upgrade to open more jobs at once and add recruiters.`
                  : 'Upgrade to Pro to enrol in every pro course and earn its certificate.'}
              </Text>
            </div>
            {/* While a payment is being confirmed, buying again would charge twice. */}
            {!props.awaitingCheckout && (
              <Button component={Link} to={`/pricing?for=${billing.audience}`}>
                See plans
              </Button>
            )}
          </Group>
        </Card>
      </section>
    );
  }

  return (
    <section aria-labelledby="billing-plan">
      <Title order={2} size="h4" id="billing-plan" mb="sm">
        Your plan
      </Title>
      <Card withBorder padding="lg" radius="md" data-testid="billing-plan">
        <Stack gap="md">
          <Group justify="space-between" align="flex-start">
            <div>
              <Group gap="xs">
                <Text fw={700} size="xl">
                  {subscription.planName}
                </Text>
                <Badge
                  color={ending ? 'yellow' : subscriptionStatusColors[subscription.status]}
                  variant="light"
                  data-testid="subscription-status"
                >
                  {ending ? 'Cancels at period end' : subscriptionStatusLabels[subscription.status]}
                </Badge>
              </Group>
              <Text c="dimmed" size="sm" mt={4}>
                {priceLabel(plan.code === subscription.plan ? plan : { price: null, interval: null })}
              </Text>
            </div>
            <RenewalActions billing={billing} />
          </Group>
          <RenewalLine billing={billing} />
          {subscription.status === 'past_due' && (
            <Alert color="orange" icon={<IconAlertTriangle />} title="Your last payment failed" role="alert">
              {billing.accessUntil
                ? `We will retry the charge. Your ${subscription.planName} access continues until ${formatDate(billing.accessUntil)}; after that it is paused until a payment succeeds.`
                : 'We will retry the charge. Your access is paused until a payment succeeds.'}
            </Alert>
          )}
          {!running && <EndedSubscription billing={billing} />}
        </Stack>
      </Card>
    </section>
  );
}

function RenewalLine(props: { billing: MyBilling }) {
  const subscription = props.billing.subscription;
  if (!subscription) return null;
  if (subscription.cancelAtPeriodEnd && isRunning(subscription)) {
    return (
      <Alert color="yellow" variant="light" icon={<IconAlertCircle />} data-testid="ends-on">
        {`Your plan is cancelled. You keep access until ${formatDate(subscription.currentPeriodEnd)}; after that you move to the free plan.`}
      </Alert>
    );
  }
  // Past due, the alert below tells what happens next: the period shown has not been paid for.
  if (subscription.renewsAt && subscription.status !== 'past_due') {
    return (
      <Text size="sm" data-testid="renews-on">
        Next renewal on <strong>{formatDate(subscription.renewsAt)}</strong>
      </Text>
    );
  }
  return null;
}

function EndedSubscription(props: { billing: MyBilling }) {
  const subscription = props.billing.subscription;
  if (!subscription) return null;
  return (
    <Alert color="gray" mb="md" data-testid="subscription-ended">
      <Group gap="xs">
        <Text size="sm">{`Your ${subscription.planName} subscription is`}</Text>
        <Badge
          color={subscriptionStatusColors[subscription.status]}
          variant="light"
          data-testid="subscription-status"
        >
          {subscriptionStatusLabels[subscription.status]}
        </Badge>
        {props.billing.accessUntil ? (
          <Text size="sm">{`(access until ${formatDate(props.billing.accessUntil)}).`}</Text>
        ) : (
          <Text size="sm">{`(ended ${formatDate(subscription.canceledAt ?? subscription.currentPeriodEnd)}).`}</Text>
        )}
      </Group>
    </Alert>
  );
}

/**
 * Cancel (at period end, confirmed), resume, and the provider's portal where there is one. The
 * provider's webhook changes the mirror after the mutation answers: until it shows the change, the
 * mirror is read again every second (for a bounded time) and both buttons stay disabled.
 */
function RenewalActions(props: { billing: MyBilling }) {
  const { billing } = props;
  const subscription = billing.subscription;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, confirm] = useDisclosure(false);
  const [asked, setAsked] = useState<{ cancelAtPeriodEnd: boolean; since: number } | null>(null);
  const expired = useExpired(asked?.since ?? null, RENEWAL_WAIT.forMs);
  const renewalPhase = (data: MyBilling | undefined) =>
    waitPhase(
      asked !== null,
      asked && data ? renewalSettled(data, asked.cancelAtPeriodEnd) : undefined,
      expired,
    );
  // Shares the page's cache entry; this observer only adds the polling while a change is awaited.
  useQuery({
    ...trpc.billing.mine.queryOptions(),
    enabled: asked !== null,
    refetchInterval: (query) => pollEvery(renewalPhase(query.state.data), RENEWAL_WAIT),
  });
  const phase = renewalPhase(billing);
  // One key per confirmation dialog (and per resume click), kept while an unanswered try is retried.
  const key = useRef<string | null>(null);
  const settle = (error: unknown) => {
    if (!error || !isRetryable(error)) key.current = null;
  };
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.billing.mine.queryKey() });
  const cancel = useMutation(
    trpc.billing.cancel.mutationOptions({
      onSuccess: async () => {
        settle(null);
        setAsked({ cancelAtPeriodEnd: true, since: Date.now() });
        confirm.close();
        await refresh();
      },
      onError: settle,
    }),
  );
  const resume = useMutation(
    trpc.billing.resume.mutationOptions({
      onSuccess: async () => {
        settle(null);
        setAsked({ cancelAtPeriodEnd: false, since: Date.now() });
        await refresh();
      },
      onError: settle,
    }),
  );
  const portal = useMutation(
    trpc.billing.portal.mutationOptions({ onSuccess: ({ url }) => window.location.assign(url) }),
  );
  useEffect(() => {
    if (phase !== 'settled' || !asked) return;
    notifications.show({
      color: 'teal',
      message: asked.cancelAtPeriodEnd ? 'Your plan will not renew.' : 'Your plan renews again.',
    });
    setAsked(null);
  }, [phase, asked]);
  const keyed = () => {
    key.current ??= newIdempotencyKey();
    return { idempotencyKey: key.current };
  };
  if (!subscription) return null;
  const running = isRunning(subscription);
  const failure = cancel.error ?? resume.error ?? portal.error;
  const waiting = phase === 'waiting';
  const busy = cancel.isPending || resume.isPending || waiting;

  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="xs">
        {billing.portalAvailable && (
          <Button
            variant="default"
            leftSection={<IconExternalLink size={16} />}
            onClick={() => portal.mutate()}
            loading={portal.isPending}
          >
            Manage payment
          </Button>
        )}
        {running && subscription.cancelAtPeriodEnd && (
          <Button
            onClick={() => resume.mutate(keyed())}
            loading={resume.isPending || (waiting && asked?.cancelAtPeriodEnd === false)}
            disabled={busy}
          >
            Resume plan
          </Button>
        )}
        {running && !subscription.cancelAtPeriodEnd && (
          <Button
            variant="default"
            color="red"
            loading={waiting && asked?.cancelAtPeriodEnd === true}
            disabled={busy}
            onClick={() => {
              key.current = null;
              cancel.reset();
              confirm.open();
            }}
          >
            Cancel plan
          </Button>
        )}
      </Group>
      {waiting && (
        <Text size="sm" c="dimmed" role="status" data-testid="renewal-confirming">
          Confirming the change with the payment provider…
        </Text>
      )}
      {phase === 'timed-out' && (
        <Text size="sm" c="orange" role="alert" data-testid="renewal-still-waiting" maw={320} ta="right">
          The payment provider has not confirmed the change yet. Refresh this page later.
        </Text>
      )}
      {failure && !confirming && (
        <Text size="sm" c="red" role="alert">
          {readError(failure).message}
        </Text>
      )}
      <Modal opened={confirming} onClose={confirm.close} title={`Cancel ${subscription.planName}?`} centered>
        <Stack gap="md">
          <Text size="sm">
            {`Your plan will not renew. You keep access until ${formatDate(subscription.currentPeriodEnd)}, then move to the free plan. You can resume until then.`}
          </Text>
          {cancel.error && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert">
              {readError(cancel.error).message}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={confirm.close}>
              Keep my plan
            </Button>
            <Button color="red" onClick={() => cancel.mutate(keyed())} loading={cancel.isPending}>
              Cancel plan
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function InvoicesSection(props: { invoices: readonly InvoiceView[] }) {
  return (
    <section aria-labelledby="billing-invoices">
      <Title order={2} size="h4" id="billing-invoices" mb="sm">
        Invoices
      </Title>
      {props.invoices.length === 0 ? (
        <Text c="dimmed" size="sm">
          No invoices yet. They appear here after each payment.
        </Text>
      ) : (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={340}>
            <Table verticalSpacing="sm" data-testid="invoices">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Period</Table.Th>
                  <Table.Th ta="right">Amount</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {props.invoices.map((invoice) => (
                  <Table.Tr key={invoice.id} data-testid="invoice-row">
                    <Table.Td>
                      <Text size="sm">
                        {formatDate(invoice.periodStart)} – {formatDate(invoice.periodEnd)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {'Issued '}
                        {invoice.hostedUrl ? (
                          <Anchor href={invoice.hostedUrl} target="_blank" rel="noreferrer" size="xs">
                            {formatDate(invoice.createdAt)}
                          </Anchor>
                        ) : (
                          formatDate(invoice.createdAt)
                        )}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm" ff="monospace">
                        {formatMoney(invoice.amountDue.amountMinor, invoice.amountDue.currency)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        color={invoiceStatusColors[invoice.status]}
                        variant="light"
                        style={{ minWidth: 'max-content' }}
                      >
                        {invoiceStatusLabels[invoice.status]}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
    </section>
  );
}
