import { Alert, Anchor, Button, Group, PasswordInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { AuthCard } from '../components/auth-card';
import { readError } from '../lib/app-error';
import { focusFirstError } from '../lib/focus-first-error';
import { passwordPolicyHint, validateEmail, validateName, validateNewPassword } from '../lib/validators';
import { session, useTRPC } from '../trpc';
import classes from './sign-up-page.module.css';

type Role = 'jobseeker' | 'employer' | 'instructor';

const fieldOrder = ['name', 'email', 'password', 'role'] as const;

const roles: ReadonlyArray<{ value: Role; label: string; description: string }> = [
  {
    value: 'jobseeker',
    label: 'I want to get hired',
    description: 'Learn, prove your skills and apply to jobs.',
  },
  { value: 'employer', label: 'I am hiring', description: 'Post jobs and rank applicants by proven skills.' },
  {
    value: 'instructor',
    label: 'Teach: instructor',
    description: 'Write courses and publish them to learners.',
  },
];

export function SignUpPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const location = useLocation();
  const [serverError, setServerError] = useState<{ code: string | undefined; message: string } | null>(null);
  const register = useMutation(trpc.auth.register.mutationOptions());

  const form = useForm({
    initialValues: { name: '', email: '', password: '', role: '' as Role | '' },
    validateInputOnBlur: true,
    validate: {
      name: validateName,
      email: validateEmail,
      password: (value, values) => validateNewPassword(value, values),
      role: (value) => (value ? null : 'Choose how you will use TalentSphere.'),
    },
  });

  const handleSubmit = form.onSubmit(
    async (values) => {
      if (!values.role) return;
      setServerError(null);
      try {
        const grant = await register.mutateAsync({
          name: values.name.trim(),
          email: values.email.trim(),
          password: values.password,
          role: values.role,
        });
        queryClient.setQueryData(trpc.auth.me.queryKey(), grant.user);
        session.signedIn(grant);
      } catch (error) {
        const problem = readError(error);
        const fields =
          problem.code === 'AUTH_003'
            ? { ...problem.fields, email: 'This email is already registered.' }
            : problem.fields;
        setServerError({ code: problem.code, message: problem.message });
        form.setErrors(fields);
        focusFirstError(fieldOrder, fields, form.getInputNode);
      }
    },
    (errors) => focusFirstError(fieldOrder, errors, form.getInputNode),
  );

  return (
    <AuthCard
      title="Create your account"
      subtitle={
        <>
          Already have one?{' '}
          <Anchor component={Link} to="/sign-in" state={location.state} fw={500}>
            Sign in
          </Anchor>
        </>
      }
    >
      <form onSubmit={handleSubmit} noValidate aria-label="Sign up">
        <Stack gap="md">
          {serverError && (
            <Alert color="red" icon={<IconAlertCircle />} title="Could not create your account" role="alert">
              {serverError.message}
              {serverError.code === 'AUTH_003' && (
                <>
                  {' '}
                  <Anchor component={Link} to="/sign-in" size="sm" fw={500}>
                    Go to sign in
                  </Anchor>
                </>
              )}
            </Alert>
          )}
          <TextInput
            label="Name"
            autoComplete="name"
            placeholder="Ada Lovelace"
            required
            {...form.getInputProps('name')}
          />
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            placeholder="you@example.com"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            description={passwordPolicyHint}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <Radio.Group label="How will you use TalentSphere?" required {...form.getInputProps('role')}>
            <Stack gap="xs" mt={6}>
              {roles.map((role) => (
                <Radio.Card key={role.value} value={role.value} className={classes.card} p="sm">
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator mt={2} />
                    <div>
                      <Text fw={600} size="sm">
                        {role.label}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {role.description}
                      </Text>
                    </div>
                  </Group>
                </Radio.Card>
              ))}
            </Stack>
          </Radio.Group>
          <Button type="submit" fullWidth mt="xs" loading={register.isPending} disabled={register.isPending}>
            Create account
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
