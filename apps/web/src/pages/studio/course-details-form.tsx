import {
  Alert,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { MarkdownField } from '../../components/markdown-field';
import { SkillListField } from '../../components/skill-list-field';
import { readError } from '../../lib/app-error';
import { focusFirstError } from '../../lib/focus-first-error';
import {
  ACCESS_TIERS,
  accessTierLabels,
  COURSE_LEVELS,
  courseLevelLabels,
  slugify,
} from '../../lib/learning-format';
import type { AccessTier, CourseLevel, SkillLevel, StudioCourse } from '../../lib/router-types';

export interface CourseDetailsValues {
  title: string;
  slug: string;
  summary: string;
  description: string;
  level: CourseLevel;
  skills: { name: string; level: SkillLevel }[];
  accessTier: AccessTier;
  coverImageUrl: string;
}

/** What studio.create and studio.updateDetails take. */
export type CourseDetailsPayload = ReturnType<typeof toCourseDetailsInput>;

const fieldOrder = [
  'title',
  'slug',
  'summary',
  'description',
  'level',
  'accessTier',
  'coverImageUrl',
] as const;
const SUMMARY_MAX = 300;
const isHttpUrl = (value: string) => !value.trim() || /^https?:\/\/\S+$/.test(value.trim());

export function toCourseDetailsValues(course: StudioCourse | undefined): CourseDetailsValues {
  return {
    title: course?.title ?? '',
    slug: course?.slug ?? '',
    summary: course?.summary ?? '',
    description: course?.description ?? '',
    level: course?.level ?? 'beginner',
    skills: course?.skills.map((s) => ({ name: s.name, level: s.level })) ?? [
      { name: '', level: 'beginner' },
    ],
    accessTier: course?.accessTier ?? 'free',
    coverImageUrl: course?.coverImageUrl ?? '',
  };
}

export function toCourseDetailsInput(values: CourseDetailsValues) {
  return {
    title: values.title.trim(),
    slug: values.slug.trim(),
    summary: values.summary.trim(),
    description: values.description,
    level: values.level,
    skills: values.skills
      .filter((skill) => skill.name.trim())
      .map((skill) => ({ name: skill.name.trim().toLowerCase(), level: skill.level })),
    accessTier: values.accessTier,
    coverImageUrl: values.coverImageUrl.trim(),
  };
}

/**
 * The course's details, for a new course and for editing one. `onSubmit` throws the server's error;
 * the form shows its message and puts its field errors on the fields.
 */
export function CourseDetailsForm(props: {
  course?: StudioCourse;
  submitLabel: string;
  onSubmit: (payload: CourseDetailsPayload) => Promise<unknown>;
}) {
  const [serverError, setServerError] = useState<string | null>(null);
  // Until the address is typed by hand, it follows the title.
  const [slugTouched, setSlugTouched] = useState(Boolean(props.course));
  // The server refuses a published free course turning Pro (COURSE_008): its learners enrolled for free.
  const staysFree = props.course?.status === 'published' && props.course.accessTier === 'free';
  const form = useForm<CourseDetailsValues>({
    initialValues: toCourseDetailsValues(props.course),
    validateInputOnBlur: true,
    validate: {
      title: (v) => {
        const length = v.trim().length;
        if (!length) return 'Enter a title.';
        return length < 3 || length > 120 ? 'Use 3–120 characters.' : null;
      },
      slug: (v) =>
        /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v) && v.length <= 60
          ? null
          : 'Use up to 60 lower-case letters, digits and single dashes.',
      summary: (v) => (v.trim().length > SUMMARY_MAX ? `Keep it under ${SUMMARY_MAX} characters.` : null),
      coverImageUrl: (v) => (isHttpUrl(v) ? null : 'Enter a link that starts with https://'),
      skills: { name: (v) => (v.trim().length > 40 ? 'Use at most 40 characters.' : null) },
    },
  });

  const handleSubmit = form.onSubmit(
    async (values) => {
      setServerError(null);
      try {
        await props.onSubmit(toCourseDetailsInput(values));
        form.resetDirty();
      } catch (error) {
        const problem = readError(error);
        setServerError(problem.message);
        form.setErrors(problem.fields);
        focusFirstError(fieldOrder, problem.fields, form.getInputNode);
      }
    },
    (errors) => focusFirstError(fieldOrder, errors, form.getInputNode),
  );

  const titleProps = form.getInputProps('title');

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Course details">
      <Stack gap="lg">
        {serverError && (
          <Alert color="red" icon={<IconAlertCircle />} role="alert">
            {serverError}
          </Alert>
        )}
        <Card withBorder padding="lg">
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label="Title"
                description="What learners see in the catalog, 3–120 characters."
                required
                placeholder="TypeScript from zero"
                {...titleProps}
                onChange={(event) => {
                  const title = event.currentTarget.value;
                  form.setFieldValue('title', title);
                  if (!slugTouched) form.setFieldValue('slug', slugify(title));
                }}
              />
              <TextInput
                label="Course address"
                description="A unique short name: lower-case letters, digits and dashes."
                required
                {...form.getInputProps('slug')}
                onChange={(event) => {
                  setSlugTouched(true);
                  form.setFieldValue('slug', event.currentTarget.value.toLowerCase());
                }}
              />
            </SimpleGrid>
            <Textarea
              label="Summary"
              description={`One or two sentences for the catalog card (${form.values.summary.length}/${SUMMARY_MAX}).`}
              autosize
              minRows={2}
              maxRows={4}
              {...form.getInputProps('summary')}
            />
            <div>
              <Text size="sm" fw={500} mb={4}>
                Description
              </Text>
              <MarkdownField label="Description" inputProps={form.getInputProps('description')} />
            </div>
          </Stack>
        </Card>

        <Card withBorder padding="lg">
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label="Level"
                data={COURSE_LEVELS.map((level) => ({ value: level, label: courseLevelLabels[level] }))}
                allowDeselect={false}
                {...form.getInputProps('level')}
              />
              <div>
                <Text size="sm" fw={500} mb={4} id="tier-label">
                  Access
                </Text>
                <SegmentedControl
                  aria-labelledby="tier-label"
                  aria-describedby={staysFree ? 'tier-stays-free' : undefined}
                  fullWidth
                  data={ACCESS_TIERS.map((tier) => ({
                    value: tier,
                    label: accessTierLabels[tier],
                    disabled: staysFree && tier === 'pro',
                  }))}
                  {...form.getInputProps('accessTier')}
                />
                {staysFree && (
                  <Text size="xs" c="dimmed" mt={4} id="tier-stays-free">
                    Published free, so it stays free for the learners who enrolled.
                  </Text>
                )}
              </div>
            </SimpleGrid>
            <TextInput
              label="Cover image URL"
              description="Optional. Without one, the course gets a coloured header."
              placeholder="https://…/cover.jpg"
              {...form.getInputProps('coverImageUrl')}
            />
          </Stack>
        </Card>

        <Card withBorder padding="lg">
          <Text size="sm" fw={500}>
            Skills
          </Text>
          <Text size="xs" c="dimmed" mb="xs">
            What learners practise, and to what level. Shown on the catalog and on certificates.
          </Text>
          <SkillListField form={form} newLevel="beginner" placeholder="typescript" />
        </Card>

        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
