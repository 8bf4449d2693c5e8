import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { ReturnState } from '../auth/route-guards';
import { AuthCard } from '../components/auth-card';
import { readError } from '../lib/app-error';
import { focusFirstError } from '../lib/focus-first-error';
import { validateEmail } from '../lib/validators';
import { session, useTRPC } from '../trpc';

const fieldOrder = ['email', 'password'] as const;

export function SignInPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const location = useLocation();
  const returnState = (location.state ?? {}) as ReturnState;
  const [serverError, setServerError] = useState<string | null>(null);
  const login = useMutation(trpc.auth.login.mutationOptions());

  const form = useForm({
    initialValues: { email: '', password: '' },
    validateInputOnBlur: true,
    validate: {
      email: validateEmail,
      password: (value) => (value ? null : 'Enter your password.'),
    },
  });

  const handleSubmit = form.onSubmit(
    async (values) => {
      setServerError(null);
      try {
        const grant = await login.mutateAsync({ email: values.email.trim(), password: values.password });
        queryClient.setQueryData(trpc.auth.me.queryKey(), grant.user);
        // The guest guard sees the session and forwards to where the visitor was heading.
        session.signedIn(grant);
      } catch (error) {
        const problem = readError(error);
        setServerError(problem.message);
        form.setErrors(problem.fields);
        if (problem.code === 'AUTH_001') form.setFieldValue('password', '');
        focusFirstError(
          fieldOrder,
          { ...problem.fields, password: problem.code === 'AUTH_001' },
          form.getInputNode,
        );
      }
    },
    (errors) => focusFirstError(fieldOrder, errors, form.getInputNode),
  );

  return (
    <AuthCard
      title="Welcome back"
      subtitle={
        <>
          New to TalentSphere?{' '}
          <Anchor component={Link} to="/sign-up" state={location.state} fw={500}>
            Create an account
          </Anchor>
        </>
      }
    >
      <form onSubmit={handleSubmit} noValidate aria-label="Sign in">
        <Stack gap="md">
          {returnState.expired && !serverError && (
            <Alert color="yellow" icon={<IconInfoCircle />} title="Session expired">
              For your security you were signed out. Sign in again to continue.
            </Alert>
          )}
          {returnState.signedOut && !serverError && (
            <Alert color="gray" icon={<IconInfoCircle />}>
              You have signed out.
            </Alert>
          )}
          {serverError && (
            <Alert color="red" icon={<IconAlertCircle />} title="Could not sign you in" role="alert">
              {serverError}
            </Alert>
          )}
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            placeholder="you@example.com"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" fullWidth mt="xs" loading={login.isPending} disabled={login.isPending}>
            Sign in
          </Button>
          <Text size="xs" c="dimmed" ta="center">
            Your session stays signed in on this device until you sign out.
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
