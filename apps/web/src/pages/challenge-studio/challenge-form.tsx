import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import { CodeEditor } from '../../components/code-editor';
import { MarkdownField } from '../../components/markdown-field';
import { SkillListField } from '../../components/skill-list-field';
import { readError } from '../../lib/app-error';
import {
  DIFFICULTIES,
  difficultyLabels,
  LANGUAGES,
  type Language,
  languageLabels,
  type StudioChallenge,
  type ValidationRun,
} from '../../lib/challenge-format';
import { slugify } from '../../lib/learning-format';
import {
  type ChallengeFormValues,
  FIELD_ORDER,
  formRules,
  testListError,
  toFormErrors,
  toFormValues,
} from './challenge-form-values';
import { TestsEditor } from './tests-editor';

/**
 * A challenge's details and grading, for a new challenge and for editing one. `onSubmit` throws the
 * server's error; the form shows its message and puts its field errors on the fields.
 */
export function ChallengeForm(props: {
  challenge?: StudioChallenge;
  submitLabel: string;
  onSubmit: (values: ChallengeFormValues) => Promise<unknown>;
  onDirtyChange?: (dirty: boolean) => void;
  validation?: ReadonlyMap<string, ValidationRun>;
  readOnly?: boolean;
}) {
  const [serverError, setServerError] = useState<string | null>(null);
  // Until the address is typed by hand, it follows the title.
  const [slugTouched, setSlugTouched] = useState(Boolean(props.challenge));
  const form = useForm<ChallengeFormValues>({
    initialValues: toFormValues(props.challenge),
    validateInputOnBlur: true,
    validate: formRules,
  });
  const dirty = form.isDirty();
  const { onDirtyChange } = props;
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  /** Mantine's inputs, or what stands for a field without one: a code editor, a list's message. */
  const getNode = (path: string): HTMLElement | null => {
    const input = form.getInputNode(path);
    if (input) return input;
    const holder = document.querySelector<HTMLElement>(`[data-path="${path}"]`);
    return holder?.querySelector<HTMLElement>('[contenteditable="true"]') ?? holder;
  };
  const focusFirstError = (errors: Record<string, unknown>) => {
    // A test row's fields (tests.2.input) sit where the tests do; rows keep their own order.
    const rank = (key: string) =>
      FIELD_ORDER.findIndex((field) => key === field || key.startsWith(`${field}.`));
    const [first] = Object.keys(errors)
      .filter((key) => errors[key])
      .sort((a, b) => rank(a) - rank(b));
    if (first) getNode(first)?.focus();
  };

  const handleSubmit = form.onSubmit(
    async (values) => {
      setServerError(null);
      const listError = testListError(values.tests);
      if (listError) {
        form.setFieldError('tests', listError);
        getNode('tests')?.focus();
        return;
      }
      try {
        await props.onSubmit(values);
        form.setInitialValues(values);
        form.resetDirty(values);
      } catch (error) {
        const problem = readError(error);
        const fields = toFormErrors(problem.fields);
        setServerError(problem.message);
        form.setErrors(fields);
        focusFirstError(fields);
      }
    },
    (errors) => focusFirstError(errors),
  );

  const titleProps = form.getInputProps('title');
  const { values } = form;

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Challenge">
      <fieldset disabled={props.readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="lg">
          {serverError && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert">
              {serverError}
            </Alert>
          )}

          <Section title="Details">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label="Title"
                description="What learners see in the list, 3–120 characters."
                required
                placeholder="Two sum"
                {...titleProps}
                onChange={(event) => {
                  const title = event.currentTarget.value;
                  form.setFieldValue('title', title);
                  if (!slugTouched) form.setFieldValue('slug', slugify(title));
                }}
              />
              <TextInput
                label="Challenge address"
                description="A unique short name: lower-case letters, digits and dashes."
                required
                {...form.getInputProps('slug')}
                onChange={(event) => {
                  setSlugTouched(true);
                  form.setFieldValue('slug', event.currentTarget.value.toLowerCase());
                }}
              />
            </SimpleGrid>
            <Select
              label="Difficulty"
              w={{ base: '100%', sm: 240 }}
              data={DIFFICULTIES.map((d) => ({ value: d, label: difficultyLabels[d] }))}
              allowDeselect={false}
              {...form.getInputProps('difficulty')}
            />
            <div>
              <Text size="sm" fw={500} mb={4}>
                Statement{' '}
                <Text span c="red" aria-hidden>
                  *
                </Text>
              </Text>
              <MarkdownField
                label="Statement"
                description="Markdown: the problem, the function's signature, examples and constraints."
                inputProps={form.getInputProps('statement')}
              />
            </div>
            <SkillsField form={form} />
          </Section>

          <Section
            title="Languages and starter code"
            description="Learners choose among the languages you offer and start from this code."
          >
            <Checkbox.Group
              label="Offered languages"
              {...form.getInputProps('languages')}
              onChange={(value) => form.setFieldValue('languages', value as Language[])}
            >
              <Group gap="lg" mt={6}>
                {LANGUAGES.map((l) => (
                  <Checkbox key={l} value={l} label={languageLabels[l]} />
                ))}
              </Group>
            </Checkbox.Group>
            {typeof form.errors.starterCode === 'string' && (
              <Text size="sm" c="red" role="alert" data-path="starterCode" tabIndex={-1}>
                {form.errors.starterCode}
              </Text>
            )}
            {LANGUAGES.filter((l) => values.languages.includes(l)).map((l) => (
              <div key={l}>
                <Text size="sm" fw={500} mb={4}>
                  {languageLabels[l]} starter code
                </Text>
                <CodeEditor
                  label={`${languageLabels[l]} starter code`}
                  language={l}
                  value={values.starterCode[l]}
                  onChange={(code) => form.setFieldValue(`starterCode.${l}`, code)}
                  readOnly={props.readOnly}
                  minHeight={100}
                  maxHeight={320}
                />
              </div>
            ))}
          </Section>

          <Section
            title="Grading"
            description="The entry function is called once per test with the test's arguments; its return value is compared with the expected one."
          >
            <TextInput
              label="Entry function"
              description="The function learners write, e.g. twoSum."
              required
              w={{ base: '100%', sm: 320 }}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              {...form.getInputProps('entryFunction')}
            />
            <div>
              <Title order={3} size="h6" mb={4}>
                Tests
              </Title>
              <Text size="xs" c="dimmed" mb="xs">
                Sample tests are shown to learners and run by “Run”; hidden tests only count for submissions.
                Learners never see a hidden test’s input or expected value.
              </Text>
              <TestsEditor form={form} validation={dirty ? undefined : props.validation} />
            </div>
            <div>
              <Title order={3} size="h6" mb="xs">
                Limits per test
              </Title>
              <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
                <NumberInput
                  label="Time (ms)"
                  min={50}
                  max={10_000}
                  step={100}
                  allowDecimal={false}
                  {...form.getInputProps('limits.timeMs')}
                />
                <NumberInput
                  label="Memory (MB)"
                  min={8}
                  max={512}
                  allowDecimal={false}
                  {...form.getInputProps('limits.memoryMb')}
                />
                <NumberInput
                  label="Output (bytes)"
                  min={1_024}
                  max={1_048_576}
                  step={1_024}
                  allowDecimal={false}
                  thousandSeparator=","
                  {...form.getInputProps('limits.outputBytes')}
                />
              </SimpleGrid>
            </div>
          </Section>

          <Section
            title="Reference solution"
            description="Must pass every test before the challenge can be published. Learners never see it."
          >
            <Select
              label="Language"
              w={{ base: '100%', sm: 240 }}
              data={LANGUAGES.map((l) => ({ value: l, label: languageLabels[l] }))}
              allowDeselect={false}
              {...form.getInputProps('referenceLanguage')}
            />
            <div data-path="referenceSource" tabIndex={-1}>
              <CodeEditor
                label="Reference solution"
                language={values.referenceLanguage}
                value={values.referenceSource}
                onChange={(code) => form.setFieldValue('referenceSource', code)}
                error={typeof form.errors.referenceSource === 'string' ? form.errors.referenceSource : null}
                readOnly={props.readOnly}
                minHeight={160}
                maxHeight={480}
              />
            </div>
          </Section>

          {!props.readOnly && (
            <Group justify="flex-end">
              <Button type="submit" loading={form.submitting} disabled={Boolean(props.challenge) && !dirty}>
                {props.submitLabel}
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}

function Section(props: { title: string; description?: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-label={props.title}>
      <Title order={2} size="h4">
        {props.title}
      </Title>
      {props.description && (
        <Text size="sm" c="dimmed" mt={2}>
          {props.description}
        </Text>
      )}
      <Stack gap="md" mt="md">
        {props.children}
      </Stack>
    </Card>
  );
}

function SkillsField(props: { form: ReturnType<typeof useForm<ChallengeFormValues>> }) {
  const { form } = props;
  return (
    <div>
      <Text size="sm" fw={500}>
        Skills
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        What the challenge practises, and to what level. Learners filter the list by skill.
      </Text>
      <SkillListField form={form} newLevel="beginner" placeholder="arrays" />
    </div>
  );
}
