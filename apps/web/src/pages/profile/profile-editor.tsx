import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Card,
  Divider,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconCheck, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../../components/query-state';
import { SkillListField } from '../../components/skill-list-field';
import { readError } from '../../lib/app-error';
import { focusFirstError } from '../../lib/focus-first-error';
import type { RouterInputs, RouterOutputs } from '../../lib/router-types';
import { useTRPC } from '../../trpc';
import { SkillEvidenceList } from './evidence-badges';

type ProfileInput = RouterInputs['profiles']['update'];
type MyProfile = RouterOutputs['profiles']['me'];
type Visibility = ProfileInput['visibility'];
type Section = keyof Visibility;

interface ProfileValues {
  headline: string;
  summary: string;
  location: string;
  photoUrl: string;
  links: { website: string; github: string; linkedin: string };
  experience: {
    title: string;
    organisation: string;
    startMonth: string;
    endMonth: string;
    description: string;
  }[];
  education: { school: string; degree: string; startMonth: string; endMonth: string }[];
  skills: NonNullable<ProfileInput['skills']>;
  visibility: Visibility;
}

const sections: { key: Section; label: string }[] = [
  { key: 'about', label: 'Headline, summary, location and photo' },
  { key: 'links', label: 'Links' },
  { key: 'experience', label: 'Experience' },
  { key: 'education', label: 'Education' },
  { key: 'skills', label: 'Skills and evidence' },
];

const fieldOrder = [
  'headline',
  'location',
  'photoUrl',
  'summary',
  'links.website',
  'links.github',
  'links.linkedin',
];
const entryStyle = { border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 };
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const month = (v: string) => (MONTH.test(v) ? null : 'Use a month like 2024-09.');
const optionalMonth = (v: string) => (v === '' ? null : month(v));
const url = (v: string) =>
  v.trim() === '' || /^https?:\/\/\S+$/.test(v.trim()) ? null : 'Enter a link that starts with https://';
// The page loads the photo itself, so only https: (the server says the same).
const httpsUrl = (v: string) =>
  v.trim() === '' || /^https:\/\/\S+$/.test(v.trim()) ? null : 'Enter a link that starts with https://';

function toValues(profile: MyProfile): ProfileValues {
  return {
    headline: profile.about?.headline ?? '',
    summary: profile.about?.summary ?? '',
    location: profile.about?.location ?? '',
    photoUrl: profile.about?.photoUrl ?? '',
    links: {
      website: profile.links?.website ?? '',
      github: profile.links?.github ?? '',
      linkedin: profile.links?.linkedin ?? '',
    },
    experience: (profile.experience ?? []).map((e) => ({ ...e, endMonth: e.endMonth ?? '' })),
    education: (profile.education ?? []).map((e) => ({ ...e, endMonth: e.endMonth ?? '' })),
    skills: (profile.skills ?? []).map((s) => ({ name: s.name, level: s.level })),
    visibility: { ...profile.visibility },
  };
}

function toInput(values: ProfileValues): ProfileInput {
  return {
    ...values,
    experience: values.experience.map((e) => ({ ...e, endMonth: e.endMonth || null })),
    education: values.education.map((e) => ({ ...e, endMonth: e.endMonth || null })),
  };
}

/** The owner's profile editor: what they write, which sections are public, and their evidence. */
export function ProfileEditor() {
  const trpc = useTRPC();
  const mine = useQuery(trpc.profiles.me.queryOptions());
  if (mine.isPending)
    return (
      <Card withBorder mt="lg" aria-busy="true" aria-label="Loading your professional profile">
        <Skeleton height={24} width="40%" />
        <Skeleton height={120} mt="md" />
      </Card>
    );
  if (mine.isError)
    return (
      <Stack mt="lg">
        <QueryError
          title="Could not load your professional profile"
          error={mine.error}
          onRetry={() => void mine.refetch()}
          retrying={mine.isFetching}
        />
      </Stack>
    );
  return <EditorForm profile={mine.data} />;
}

function EditorForm(props: { profile: MyProfile }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.profiles.update.mutationOptions());
  const [serverError, setServerError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<ProfileValues>({
    initialValues: toValues(props.profile),
    validateInputOnBlur: true,
    validate: {
      headline: (v) => (v.trim().length > 120 ? 'Use at most 120 characters.' : null),
      location: (v) => (v.trim().length > 100 ? 'Use at most 100 characters.' : null),
      photoUrl: httpsUrl,
      links: { website: url, github: url, linkedin: url },
      experience: {
        title: (v) => (v.trim() ? null : 'Fill this in.'),
        organisation: (v) => (v.trim() ? null : 'Fill this in.'),
        startMonth: month,
        endMonth: optionalMonth,
      },
      education: {
        school: (v) => (v.trim() ? null : 'Fill this in.'),
        startMonth: month,
        endMonth: optionalMonth,
      },
      skills: { name: (v) => (v.trim().length > 40 ? 'Use at most 40 characters.' : null) },
    },
  });

  const handleSubmit = form.onSubmit(
    async (values) => {
      setServerError(null);
      setSaved(false);
      try {
        const updated = await save.mutateAsync(toInput(values));
        queryClient.setQueryData(trpc.profiles.me.queryKey(), updated);
        form.setInitialValues(toValues(updated));
        form.setValues(toValues(updated));
        setSaved(true);
      } catch (error) {
        const problem = readError(error);
        setServerError(problem.message);
        form.setErrors(problem.fields);
        focusFirstError(Object.keys(problem.fields), problem.fields, form.getInputNode);
      }
    },
    (errors) => focusFirstError([...fieldOrder, ...Object.keys(errors)], errors, form.getInputNode),
  );

  return (
    <Card withBorder mt="lg" p={{ base: 'md', sm: 'xl' }} component="section" aria-labelledby="pro-profile">
      <Group justify="space-between" mb="md" gap="xs">
        <Title order={2} size="h3" id="pro-profile">
          Professional profile
        </Title>
        <Anchor component={Link} to={`/profiles/${props.profile.userId}`} size="sm">
          View public profile
        </Anchor>
      </Group>
      <form onSubmit={handleSubmit} noValidate aria-label="Professional profile">
        <Stack gap="md">
          {serverError && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert">
              {serverError}
            </Alert>
          )}
          <TextInput label="Headline" placeholder="Backend engineer" {...form.getInputProps('headline')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Location" placeholder="Lisbon" {...form.getInputProps('location')} />
            <TextInput label="Photo" placeholder="https://…/photo.png" {...form.getInputProps('photoUrl')} />
          </SimpleGrid>
          <Textarea label="Summary" autosize minRows={3} maxRows={10} {...form.getInputProps('summary')} />

          <Divider label="Links" labelPosition="left" />
          <TextInput
            label="Website"
            placeholder="https://example.com"
            {...form.getInputProps('links.website')}
          />
          <TextInput
            label="GitHub"
            placeholder="https://github.com/you"
            {...form.getInputProps('links.github')}
          />
          <TextInput
            label="LinkedIn"
            placeholder="https://www.linkedin.com/in/you"
            {...form.getInputProps('links.linkedin')}
          />

          <Divider label="Experience" labelPosition="left" />
          {form.values.experience.map((_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; the index is the row
            <Stack key={index} gap="xs" p="sm" style={entryStyle}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label="Title" {...form.getInputProps(`experience.${index}.title`)} />
                <TextInput label="Organisation" {...form.getInputProps(`experience.${index}.organisation`)} />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label="From"
                  placeholder="2022-01"
                  {...form.getInputProps(`experience.${index}.startMonth`)}
                />
                <TextInput
                  label="Until"
                  placeholder="Leave empty if current"
                  {...form.getInputProps(`experience.${index}.endMonth`)}
                />
              </SimpleGrid>
              <Textarea
                label="What you did"
                autosize
                minRows={2}
                {...form.getInputProps(`experience.${index}.description`)}
              />
              <Button
                variant="subtle"
                color="red"
                w="fit-content"
                leftSection={<IconTrash size={16} />}
                onClick={() => form.removeListItem('experience', index)}
              >
                Remove position
              </Button>
            </Stack>
          ))}
          <Button
            variant="subtle"
            w="fit-content"
            leftSection={<IconPlus size={16} />}
            onClick={() =>
              form.insertListItem('experience', {
                title: '',
                organisation: '',
                startMonth: '',
                endMonth: '',
                description: '',
              })
            }
          >
            Add a position
          </Button>

          <Divider label="Education" labelPosition="left" />
          {form.values.education.map((_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; the index is the row
            <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
              <SimpleGrid cols={{ base: 2, sm: 4 }} flex={1}>
                <TextInput label="School" {...form.getInputProps(`education.${index}.school`)} />
                <TextInput label="Degree" {...form.getInputProps(`education.${index}.degree`)} />
                <TextInput
                  label="From"
                  placeholder="2018-09"
                  {...form.getInputProps(`education.${index}.startMonth`)}
                />
                <TextInput label="Until" {...form.getInputProps(`education.${index}.endMonth`)} />
              </SimpleGrid>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mb={2}
                aria-label={`Remove education ${index + 1}`}
                onClick={() => form.removeListItem('education', index)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="subtle"
            w="fit-content"
            leftSection={<IconPlus size={16} />}
            onClick={() =>
              form.insertListItem('education', { school: '', degree: '', startMonth: '', endMonth: '' })
            }
          >
            Add education
          </Button>

          <Divider label="Skills you claim" labelPosition="left" />
          <SkillListField form={form} newLevel="intermediate" placeholder="typescript" />

          <Divider label="Who sees what" labelPosition="left" />
          <Stack gap={6}>
            {sections.map((section) => (
              <Switch
                key={section.key}
                label={`${section.label}: ${form.values.visibility[section.key] === 'public' ? 'public' : 'only you'}`}
                description={
                  section.key === 'skills'
                    ? 'Applying to a job shares your verified skills and how they match with that employer, whichever you choose here.'
                    : undefined
                }
                checked={form.values.visibility[section.key] === 'public'}
                onChange={(event) =>
                  form.setFieldValue(
                    `visibility.${section.key}`,
                    event.currentTarget.checked ? 'public' : 'private',
                  )
                }
              />
            ))}
            <Switch
              label="Show my name on public leaderboards"
              description="When off, you still count and keep your place, but others see “Anonymous learner” instead of your name."
              checked={form.values.visibility.leaderboards === 'public'}
              onChange={(event) =>
                form.setFieldValue(
                  'visibility.leaderboards',
                  event.currentTarget.checked ? 'public' : 'private',
                )
              }
            />
          </Stack>

          <Group gap="sm">
            <Button type="submit" loading={save.isPending}>
              Save profile
            </Button>
            {saved && !form.isDirty() && (
              <Group gap={4} c="teal" role="status">
                <IconCheck size={16} aria-hidden />
                <Text size="sm">Saved</Text>
              </Group>
            )}
          </Group>
        </Stack>
      </form>

      <Divider my="xl" />
      <Title order={3} size="h4" mb="sm">
        Your skills and their evidence
      </Title>
      <SkillEvidenceList
        skills={props.profile.verifiedSkills ?? []}
        emptyText="Complete a course or pass a challenge to earn verified evidence."
      />
    </Card>
  );
}
