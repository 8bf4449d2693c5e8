import { Paper, Tabs, Text, Textarea } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { Markdown } from './markdown';

/**
 * A markdown text area with a Write / Preview pair of tabs, rendering exactly as the page will (the
 * shared, sanitising Markdown component). `inputProps` is the form's `getInputProps(path)`.
 */
export function MarkdownField(props: {
  /** The text area's accessible name. */
  label: string;
  inputProps: GetInputPropsReturnType;
  /** The first tab's label: 'Write' unless the field names itself there. */
  writeTab?: string;
  description?: string;
  minRows?: number;
  maxRows?: number;
}) {
  const { inputProps, minRows = 8 } = props;
  const text = typeof inputProps.value === 'string' ? inputProps.value : '';
  return (
    <Tabs defaultValue="write">
      <Tabs.List>
        <Tabs.Tab value="write">{props.writeTab ?? 'Write'}</Tabs.Tab>
        <Tabs.Tab value="preview">Preview</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="write" pt="xs">
        <Textarea
          aria-label={props.label}
          description={
            props.description ?? 'Markdown: **bold**, lists with -, ## headings, [links](https://…).'
          }
          autosize
          minRows={minRows}
          maxRows={props.maxRows ?? 24}
          {...inputProps}
        />
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="xs">
        <Paper withBorder p="md" mih={minRows * 22}>
          {text.trim() ? (
            <Markdown>{text}</Markdown>
          ) : (
            <Text c="dimmed" size="sm">
              Nothing to preview yet.
            </Text>
          )}
        </Paper>
      </Tabs.Panel>
    </Tabs>
  );
}
