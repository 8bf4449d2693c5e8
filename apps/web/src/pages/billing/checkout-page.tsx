import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Container,
  Divider,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconCreditCard, IconLock } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { QueryError } from '../../components/query-state';
import { readError } from '../../lib/app-error';
import {
  cardNumberError,
  formatCardNumber,
  formatMoney,
  intervalLabels,
  isInAppPath,
  TEST_CARDS,
} from '../../lib/billing-format';
import type { RouterOutputs } from '../../lib/router-types';
import { useTRPC } from '../../trpc';

type LocalCheckout = RouterOutputs['billing']['describeLocalCheckout'];

/** The embedded provider's payment page (the address its checkout answers): test cards only. */
export function CheckoutPage() {
  const { checkoutId = '' } = useParams();
  const trpc = useTRPC();
  const checkout = useQuery(trpc.billing.describeLocalCheckout.queryOptions({ checkoutId }));

  return (
    <Container size={520} w="100%" py={{ base: 24, sm: 48 }}>
      {checkout.isPending && (
        <Stack aria-busy="true" aria-label="Loading the checkout">
          <Skeleton height={28} width="60%" />
          <Skeleton height={320} />
        </Stack>
      )}
      {checkout.isError &&
        (readError(checkout.error).code === 'BILLING_011' ? (
          <ClosedCheckout
            title="This checkout does not exist"
            text="The link may be mistyped, or it belongs to another account."
          />
        ) : (
          <QueryError
            title="Could not load the checkout"
            error={checkout.error}
            onRetry={() => void checkout.refetch()}
          />
        ))}
      {checkout.data?.status === 'completed' && (
        <ClosedCheckout
          title="This checkout is already paid"
          text={`Your ${checkout.data.planDetails.name} plan is set up.`}
          to="/billing"
          action="Go to billing"
        />
      )}
      {checkout.data?.status === 'expired' && (
        <ClosedCheckout
          title="This checkout has expired"
          text="Nothing was charged. Start again from the pricing page."
        />
      )}
      {checkout.data?.status === 'open' && <PayForm checkout={checkout.data} />}
    </Container>
  );
}

function ClosedCheckout(props: { title: string; text: string; to?: string; action?: string }) {
  return (
    <Alert color="gray" icon={<IconAlertCircle />} title={props.title} data-testid="checkout-closed">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{props.text}</Text>
        <Button size="xs" component={Link} to={props.to ?? '/pricing'}>
          {props.action ?? 'See plans'}
        </Button>
      </Stack>
    </Alert>
  );
}

function PayForm(props: { checkout: LocalCheckout }) {
  const { checkout } = props;
  const plan = checkout.planDetails;
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const pay = useMutation(trpc.billing.payLocalCheckout.mutationOptions());
  const form = useForm({
    initialValues: { cardNumber: '' },
    validate: { cardNumber: cardNumberError },
  });
  const amount = plan.price ? formatMoney(plan.price.amountMinor, plan.price.currency) : null;

  const submit = form.onSubmit(
    (values) => {
      setProblem(null);
      pay.mutate(
        { checkoutId: checkout.checkoutId, cardNumber: values.cardNumber },
        {
          onSuccess: async ({ redirectUrl }) => {
            await queryClient.invalidateQueries({ queryKey: trpc.billing.pathKey() });
            if (isInAppPath(redirectUrl)) void navigate(redirectUrl, { replace: true });
            else window.location.assign(redirectUrl);
          },
          onError: (error) => {
            const readable = readError(error);
            // Not a card: the field says so. Anything else (a decline above all) gets the alert.
            if (readable.code === 'PAYMENT_CARD_INVALID' || readable.code === 'VALIDATION')
              form.setFieldError('cardNumber', readable.fields.cardNumber ?? readable.message);
            else setProblem(readable.message);
            form.getInputNode('cardNumber')?.focus();
            // A checkout that closed meanwhile (paid in another tab, expired) shows its new state.
            if (readable.code === 'PAYMENT_CHECKOUT_CLOSED') void queryClient.invalidateQueries();
          },
        },
      );
    },
    () => form.getInputNode('cardNumber')?.focus(),
  );

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={1} size="h3">
          Checkout
        </Title>
        <Badge color="orange" variant="light">
          Test mode
        </Badge>
      </Group>
      <Card withBorder padding="lg" radius="md">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            You are subscribing to
          </Text>
          <Group justify="space-between" align="baseline" gap="xs">
            <Text fw={600} size="lg" data-testid="checkout-plan">
              TalentSphere {plan.name}
            </Text>
            <Text fw={700} size="lg" data-testid="checkout-amount" style={{ whiteSpace: 'nowrap' }}>
              {amount}
              {plan.interval && (
                <Text span c="dimmed" fw={400} size="sm">
                  {' '}
                  / {intervalLabels[plan.interval]}
                </Text>
              )}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            Renews every {plan.interval ? intervalLabels[plan.interval] : 'period'} until you cancel. Cancel
            any time on the billing page and keep access until the period ends.
          </Text>
          <Divider my="xs" />
          <form onSubmit={submit} noValidate aria-label="Pay">
            <Stack gap="md">
              {problem && (
                <Alert color="red" icon={<IconAlertCircle />} role="alert" data-testid="payment-error">
                  {problem}
                </Alert>
              )}
              <TextInput
                label="Card number"
                placeholder="1234 1234 1234 1234"
                inputMode="numeric"
                autoComplete="cc-number"
                leftSection={<IconCreditCard size={18} aria-hidden />}
                {...form.getInputProps('cardNumber')}
                onChange={(event) =>
                  form.setFieldValue('cardNumber', formatCardNumber(event.currentTarget.value))
                }
              />
              <TestCards onPick={(number) => form.setFieldValue('cardNumber', number)} />
              <Button type="submit" size="md" loading={pay.isPending} leftSection={<IconLock size={16} />}>
                {amount ? `Pay ${amount}` : 'Subscribe'}
              </Button>
            </Stack>
          </form>
        </Stack>
      </Card>
      <Anchor
        component={Link}
        to={isInAppPath(checkout.cancelUrl) ? checkout.cancelUrl : '/pricing'}
        size="sm"
        ta="center"
      >
        Cancel and go back to plans
      </Anchor>
    </Stack>
  );
}

/** The offline provider takes only these numbers; each fills the field when picked. */
function TestCards(props: { onPick: (number: string) => void }) {
  return (
    <Card withBorder padding="sm" bg="var(--mantine-color-default-hover)">
      <Text size="xs" fw={600} mb={4} id="test-cards">
        Test cards (no real money moves)
      </Text>
      <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing={0} aria-labelledby="test-cards">
        <Table.Tbody>
          {TEST_CARDS.map((card) => (
            <Table.Tr key={card.number}>
              <Table.Td w={170}>
                <UnstyledButton
                  onClick={() => props.onPick(card.number)}
                  aria-label={`Use test card ${card.number}`}
                  ff="monospace"
                  fz="xs"
                  c="blue"
                  td="underline"
                >
                  {card.number}
                </UnstyledButton>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {card.outcome}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
