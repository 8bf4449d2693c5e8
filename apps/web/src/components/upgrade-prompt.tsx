import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useSession } from '../auth/use-session';
import { readError } from '../lib/app-error';
import { audienceForRole, priceLabel, upgradePlanFor } from '../lib/billing-format';
import { useStartCheckout } from '../pages/billing/use-start-checkout';
import { useTRPC } from '../trpc';

/**
 * What to show when the server answers PAYMENT_REQUIRED (BILLING_001): its reason, a button straight
 * to the checkout of the plan that lifts the limit, and the pricing page to compare.
 */
export function UpgradePrompt(props: {
  message: string;
  title?: string;
  /** Brings the prompt into view when it appears (a form submitted from far below it). */
  scrollIntoView?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const scroll = props.scrollIntoView === true;
  useEffect(() => {
    if (scroll) ref.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [scroll]);
  return (
    <Alert
      ref={ref}
      color="yellow"
      variant="light"
      icon={<IconSparkles />}
      // The theme's text colour, not the light variant's yellow (about 1.7:1 on its tint), and a
      // polite live region: the prompt is often simply part of a page as it loads.
      title={
        <Text component="span" fw={700} size="sm" c="var(--mantine-color-text)">
          {props.title ?? 'Upgrade to continue'}
        </Text>
      }
      role="status"
      data-testid="upgrade-prompt"
    >
      <UpgradeBody message={props.message} />
    </Alert>
  );
}

/** The same prompt as a dialog, for actions started from a menu or a table row. */
export function UpgradeModal(props: {
  opened: boolean;
  message: string;
  onClose: () => void;
  title?: string;
}) {
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.title ?? 'Upgrade to continue'}
      centered
    >
      <div data-testid="upgrade-prompt">
        <UpgradeBody message={props.message} onCancel={props.onClose} />
      </div>
    </Modal>
  );
}

function UpgradeBody(props: { message: string; onCancel?: () => void }) {
  const trpc = useTRPC();
  const session = useSession();
  const role = session.status === 'authenticated' ? session.user.role : undefined;
  const code = upgradePlanFor(role ?? 'jobseeker');
  const plans = useQuery(trpc.billing.plans.queryOptions({ audience: audienceForRole(role) }));
  const plan = plans.data?.find((candidate) => candidate.code === code);
  const checkout = useStartCheckout();

  return (
    <Stack gap="sm" align="flex-start">
      <Text size="sm">{props.message}</Text>
      {plan && (
        <Text size="xs" c="dimmed">
          {`${plan.name}: ${priceLabel(plan)}. Cancel any time.`}
        </Text>
      )}
      {checkout.error && (
        <Text size="sm" c="red" role="alert">
          {readError(checkout.error).message}
        </Text>
      )}
      <Group gap="xs">
        {session.status === 'authenticated' && (
          <Button
            size="sm"
            leftSection={<IconSparkles size={16} />}
            onClick={() => checkout.start(code)}
            loading={checkout.startingPlan === code}
          >
            {plan ? `Upgrade to ${plan.name}` : 'Upgrade'}
          </Button>
        )}
        <Button size="sm" variant="default" component={Link} to="/pricing">
          Compare plans
        </Button>
        {props.onCancel && (
          <Button size="sm" variant="subtle" color="gray" onClick={props.onCancel}>
            Not now
          </Button>
        )}
      </Group>
    </Stack>
  );
}
