import { Alert, Box, Button, Card, Group, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconUserPlus } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../../auth/use-session';
import { UpgradePrompt } from '../../components/upgrade-prompt';
import { isPaymentRequired, readError } from '../../lib/app-error';
import type { MyCompany } from '../../lib/router-types';
import { useTRPC } from '../../trpc';

/** Owners add recruiters by email; recruiters only see their role (the API lists no members). */
export function TeamSection(props: { company: MyCompany }) {
  return (
    <section aria-labelledby="company-team">
      <Title order={2} size="h4" mb="sm" id="company-team">
        Team
      </Title>
      <Card withBorder padding="lg">
        {props.company.role === 'owner' ? (
          <AddRecruiterForm company={props.company} />
        ) : (
          <Text size="sm" data-testid="recruiter-note">
            You are a recruiter at {props.company.name}: you can post jobs and manage their applicants. The
            company owner adds and manages the team.
          </Text>
        )}
      </Card>
    </section>
  );
}

function AddRecruiterForm(props: { company: MyCompany }) {
  const trpc = useTRPC();
  const session = useSession();
  const ownEmail = session.status === 'authenticated' ? session.user.email.toLowerCase() : undefined;
  const addRecruiter = useMutation(trpc.companies.addRecruiter.mutationOptions());
  const [serverError, setServerError] = useState<string | null>(null);
  // Every seat of the owner's plan is taken (BILLING_001): the server's message names the limit.
  const [upgrade, setUpgrade] = useState<string | null>(null);
  // Business is the largest plan: an owner already on it is told the limit, not offered it again.
  const billing = useQuery({ ...trpc.billing.mine.queryOptions(), enabled: upgrade !== null });
  const onPaidPlan = billing.data ? billing.data.plan.price !== null : false;
  const form = useForm({
    initialValues: { email: '' },
    validate: {
      email: (v) => {
        if (!/^\S+@\S+\.\S+$/.test(v.trim())) return 'Enter an email address.';
        // The API accepts it as a no-op; say so rather than announce a new recruiter.
        return v.trim().toLowerCase() === ownEmail ? 'That is you: you already own this company.' : null;
      },
    },
  });

  const handleSubmit = form.onSubmit(
    async ({ email }) => {
      setServerError(null);
      setUpgrade(null);
      try {
        await addRecruiter.mutateAsync({ companyId: props.company.id, email: email.trim() });
        form.reset();
        notifications.show({
          color: 'teal',
          title: 'Recruiter added',
          message: `${email.trim()} can now post jobs and manage applicants for ${props.company.name}.`,
        });
      } catch (error) {
        const problem = readError(error);
        if (isPaymentRequired(error)) {
          setUpgrade(problem.message);
        } else if (problem.fields.email) {
          form.setFieldError('email', problem.fields.email);
          form.getInputNode('email')?.focus();
        } else {
          setServerError(problem.message);
        }
      }
    },
    () => form.getInputNode('email')?.focus(),
  );

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Text size="sm" c="dimmed" mb="md">
        Recruiters can post jobs and move, reject and hire applicants. They need an employer account on
        TalentSphere first; adding someone who is already on the team changes nothing.
      </Text>
      {serverError && (
        <Alert color="red" icon={<IconAlertCircle />} mb="md" role="alert">
          {serverError}
        </Alert>
      )}
      {upgrade &&
        (onPaidPlan ? (
          <Alert color="yellow" icon={<IconAlertCircle />} mb="md" role="alert" data-testid="seats-full">
            {upgrade}
          </Alert>
        ) : (
          <Box mb="md">
            <UpgradePrompt title="All your recruiter seats are taken" message={upgrade} />
          </Box>
        ))}
      <Group align="flex-start" gap="sm">
        <TextInput
          label="Recruiter's email"
          placeholder="name@company.com"
          type="email"
          autoComplete="off"
          style={{ flex: '1 1 240px' }}
          maw={420}
          {...form.getInputProps('email')}
        />
        <Button
          type="submit"
          mt={{ base: 0, xs: 25 }}
          leftSection={<IconUserPlus size={16} />}
          loading={addRecruiter.isPending}
        >
          Add recruiter
        </Button>
      </Group>
    </form>
  );
}
