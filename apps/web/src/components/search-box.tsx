import { Button, CloseButton, Group, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';

/**
 * A list page's search field: searches once typing pauses (one search and one history entry, not
 * one per keystroke), at once on Enter or the button, and clears. `value` is the search in the URL.
 */
export function SearchBox(props: {
  label: string;
  placeholder: string;
  value: string;
  onSearch: (text: string) => void;
}) {
  const { onSearch } = props;
  const [text, setText] = useState(props.value);
  useEffect(() => setText(props.value), [props.value]);
  const searchAfterPause = useDebouncedCallback((value: string) => onSearch(value.trim()), 400);

  function submit(event: FormEvent) {
    event.preventDefault();
    searchAfterPause.cancel();
    onSearch(text.trim());
  }

  return (
    <search>
      <form onSubmit={submit} aria-label={props.label}>
        <Group gap="xs" wrap="nowrap">
          <TextInput
            flex={1}
            size="md"
            placeholder={props.placeholder}
            aria-label={props.label}
            leftSection={<IconSearch size={18} aria-hidden />}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              searchAfterPause(event.currentTarget.value);
            }}
            rightSection={
              text ? (
                <CloseButton
                  aria-label="Clear search"
                  onClick={() => {
                    searchAfterPause.cancel();
                    setText('');
                    onSearch('');
                  }}
                />
              ) : undefined
            }
          />
          <Button type="submit" size="md">
            Search
          </Button>
        </Group>
      </form>
    </search>
  );
}
