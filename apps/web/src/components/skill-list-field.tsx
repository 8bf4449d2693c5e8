import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { SKILL_LEVELS, skillLevelLabels } from '../lib/recruiting-format';
import type { SkillLevel } from '../lib/router-types';

interface SkillRow {
  name: string;
  level: SkillLevel;
}

const MAX_SKILLS = 20;

/**
 * The editable skill list of a job, course or challenge form: a name and a level per row. Works on
 * any form whose values have `skills`; the server's error for the whole list shows under it.
 */
export function SkillListField<Values extends { skills: SkillRow[] }>(props: {
  form: UseFormReturnType<Values>;
  newLevel: SkillLevel;
  placeholder: string;
}) {
  // The form's paths for the list are the same whatever else Values holds.
  const form = props.form as unknown as UseFormReturnType<{ skills: SkillRow[] }>;
  const listError = form.errors.skills;
  return (
    <Stack gap="xs">
      {form.values.skills.map((skill, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; the index is the row
        <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            flex={1}
            aria-label={`Skill ${index + 1}`}
            placeholder={props.placeholder}
            {...form.getInputProps(`skills.${index}.name`)}
          />
          <Select
            w={150}
            aria-label={`Level for skill ${index + 1}`}
            data={SKILL_LEVELS.map((l) => ({ value: l, label: skillLevelLabels[l] }))}
            allowDeselect={false}
            {...form.getInputProps(`skills.${index}.level`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={`Remove skill ${skill.name || index + 1}`}
            onClick={() => form.removeListItem('skills', index)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {typeof listError === 'string' && (
        <Text size="xs" c="red" role="alert" data-path="skills" tabIndex={-1}>
          {listError}
        </Text>
      )}
      <Button
        variant="subtle"
        leftSection={<IconPlus size={16} />}
        onClick={() => form.insertListItem('skills', { name: '', level: props.newLevel })}
        disabled={form.values.skills.length >= MAX_SKILLS}
        w="fit-content"
      >
        Add a skill
      </Button>
    </Stack>
  );
}
