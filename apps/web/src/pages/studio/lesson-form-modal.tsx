import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Grid,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type GetInputPropsReturnType, useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertCircle } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { MarkdownField } from '../../components/markdown-field';
import { readError } from '../../lib/app-error';
import { type Difficulty, difficultyColors, difficultyLabels } from '../../lib/challenge-format';
import { focusFirstError } from '../../lib/focus-first-error';
import { formatClock, parseClock } from '../../lib/learning-format';
import type { StudioLesson } from '../../lib/router-types';
import { useTRPC } from '../../trpc';

interface LessonFormValues {
  title: string;
  kind: StudioLesson['content']['kind'];
  markdown: string;
  url: string;
  duration: string;
  challengeId: string;
  required: boolean;
}

/** What studio.addLesson and studio.editLesson take as `lesson`. */
export type LessonPayload =
  | { title: string; required: boolean; content: { kind: 'article'; markdown: string } }
  | { title: string; required: boolean; content: { kind: 'video'; url: string; durationSeconds: number } }
  | { title: string; required: boolean; content: { kind: 'challenge'; challengeId: string } };

const fieldOrder = ['title', 'markdown', 'url', 'duration', 'challengeId'] as const;
const MAX_VIDEO_SECONDS = 24 * 60 * 60;

function toValues(lesson: StudioLesson | undefined): LessonFormValues {
  const content = lesson?.content;
  return {
    title: lesson?.title ?? '',
    kind: content?.kind ?? 'article',
    markdown: content?.kind === 'article' ? content.markdown : '',
    url: content?.kind === 'video' ? content.url : '',
    duration: content?.kind === 'video' ? formatClock(content.durationSeconds) : '',
    challengeId: content?.kind === 'challenge' ? content.challengeId : '',
    required: lesson?.required ?? true,
  };
}

/** The server names fields after its input ("lesson.content.url") or the domain ("url"); ours are flat. */
function toFormFields(fields: Readonly<Record<string, string>>): Record<string, string> {
  const mapped: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    const name = key.replace(/^lesson\./, '').replace(/^content\./, '');
    mapped[name === 'durationSeconds' ? 'duration' : name] = message;
  }
  return mapped;
}

/** Add a lesson (no `lesson`) or edit one. `onSubmit` throws the server's error for the form to show. */
export function LessonFormModal(props: {
  opened: boolean;
  onClose: () => void;
  sectionTitle: string;
  lesson?: StudioLesson;
  onSubmit: (payload: LessonPayload) => Promise<unknown>;
}) {
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.lesson ? `Edit “${props.lesson.title}”` : `New lesson in “${props.sectionTitle}”`}
      size="xl"
    >
      {/* Mounted only while open, so every opening starts from the lesson as it is now. */}
      {props.opened && <LessonForm {...props} />}
    </Modal>
  );
}

function LessonForm(props: {
  onClose: () => void;
  lesson?: StudioLesson;
  onSubmit: (payload: LessonPayload) => Promise<unknown>;
}) {
  const [serverError, setServerError] = useState<string | null>(null);
  const form = useForm<LessonFormValues>({
    initialValues: toValues(props.lesson),
    validateInputOnBlur: true,
    validate: {
      title: (v) =>
        !v.trim() ? 'Enter a title.' : v.trim().length > 120 ? 'Use at most 120 characters.' : null,
      markdown: (v, values) => (values.kind === 'article' && !v.trim() ? 'Write the lesson.' : null),
      url: (v, values) =>
        values.kind === 'video' && !/^https?:\/\/\S+$/.test(v.trim())
          ? 'Enter a full link that starts with https://'
          : null,
      duration: (v, values) => {
        if (values.kind !== 'video') return null;
        const seconds = parseClock(v);
        if (seconds === undefined) return 'Enter the length as minutes:seconds, for example 7:30.';
        return seconds < 1 || seconds > MAX_VIDEO_SECONDS
          ? 'Enter a length between 0:01 and 24:00:00.'
          : null;
      },
      challengeId: (v, values) =>
        values.kind === 'challenge' && !v ? 'Choose a published challenge.' : null,
    },
  });

  const handleSubmit = form.onSubmit(
    async (values) => {
      setServerError(null);
      const base = { title: values.title.trim(), required: values.required };
      const payload: LessonPayload =
        values.kind === 'article'
          ? { ...base, content: { kind: 'article', markdown: values.markdown } }
          : values.kind === 'challenge'
            ? { ...base, content: { kind: 'challenge', challengeId: values.challengeId } }
            : {
                ...base,
                content: {
                  kind: 'video',
                  url: values.url.trim(),
                  durationSeconds: parseClock(values.duration) ?? 0,
                },
              };
      try {
        await props.onSubmit(payload);
        props.onClose();
      } catch (error) {
        const problem = readError(error);
        const fields = toFormFields(problem.fields);
        setServerError(problem.message);
        form.setErrors(fields);
        focusFirstError(fieldOrder, fields, form.getInputNode);
      }
    },
    (errors) => focusFirstError(fieldOrder, errors, form.getInputNode),
  );

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={props.lesson ? 'Edit lesson' : 'New lesson'}>
      <Stack gap="md">
        {serverError && (
          <Alert color="red" icon={<IconAlertCircle />} role="alert">
            {serverError}
          </Alert>
        )}
        <TextInput label="Lesson title" required data-autofocus {...form.getInputProps('title')} />
        <div>
          <Text size="sm" fw={500} mb={4} id="lesson-kind-label">
            Kind
          </Text>
          <SegmentedControl
            aria-labelledby="lesson-kind-label"
            data={[
              { value: 'article', label: 'Article' },
              { value: 'video', label: 'Video' },
              { value: 'challenge', label: 'Challenge' },
            ]}
            {...form.getInputProps('kind')}
          />
        </div>
        {form.values.kind === 'challenge' ? (
          <ChallengePicker {...form.getInputProps('challengeId')} />
        ) : form.values.kind === 'article' ? (
          <MarkdownField
            label="Lesson text"
            description="Markdown: **bold**, lists with -, ## headings, `code`, [links](https://…)."
            minRows={10}
            maxRows={22}
            inputProps={form.getInputProps('markdown')}
          />
        ) : (
          <Grid>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <TextInput
                label="Video link"
                description="YouTube, or a direct .mp4 / .webm file."
                placeholder="https://www.youtube.com/watch?v=…"
                required
                {...form.getInputProps('url')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput
                label="Length"
                description="minutes:seconds"
                placeholder="7:30"
                required
                {...form.getInputProps('duration')}
              />
            </Grid.Col>
          </Grid>
        )}
        <Checkbox
          label="Required to complete the course"
          description="Optional lessons do not count towards progress or the certificate."
          {...form.getInputProps('required', { type: 'checkbox' })}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={props.onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            {props.lesson ? 'Save lesson' : 'Add lesson'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * A searchable list of published challenges; the server searches (as on the challenges page), and the
 * chosen one stays listed whatever the search shows.
 */
function ChallengePicker(props: GetInputPropsReturnType) {
  const trpc = useTRPC();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const found = useQuery({
    ...trpc.challenges.list.queryOptions({ q: q || undefined, progress: 'all', pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
  const value: string = props.value ?? '';
  const chosen = useQuery({
    ...trpc.challenges.get.queryOptions({ challengeId: value }),
    enabled: value !== '',
  });
  const options = new Map<string, { label: string; difficulty: Difficulty }>();
  if (chosen.data)
    options.set(chosen.data.id, { label: chosen.data.title, difficulty: chosen.data.difficulty });
  for (const c of found.data?.items ?? []) options.set(c.id, { label: c.title, difficulty: c.difficulty });

  return (
    <Select
      {...props}
      label="Challenge"
      description="Learners complete this lesson once they pass the challenge. Only published challenges can be linked."
      placeholder="Search challenges by title or skill"
      required
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already searched: show its answer as it is.
      filter={({ options: all }) => all}
      data={[...options].map(([value, o]) => ({ value, label: o.label }))}
      renderOption={({ option }) => {
        const difficulty = options.get(option.value)?.difficulty;
        return (
          <Group justify="space-between" wrap="nowrap" w="100%" gap="xs">
            <Text size="sm" truncate>
              {option.label}
            </Text>
            {difficulty && (
              <Badge size="xs" variant="light" color={difficultyColors[difficulty]}>
                {difficultyLabels[difficulty]}
              </Badge>
            )}
          </Group>
        );
      }}
      nothingFoundMessage={found.isFetching ? 'Searching…' : 'No published challenge matches'}
      value={value || null}
      onChange={(next) => props.onChange(next ?? '')}
    />
  );
}
