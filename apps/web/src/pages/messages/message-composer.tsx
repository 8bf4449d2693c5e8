import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { readError } from '../../lib/app-error';

/** A message box with a live character count; Ctrl+Enter (⌘+Enter) sends. */
export function MessageComposer(props: {
  maxLength: number;
  placeholder: string;
  sending: boolean;
  error: unknown;
  disabled?: boolean;
  onSend: (body: string, sent: () => void) => void;
}) {
  const [body, setBody] = useState('');
  const length = body.trim().length;
  const tooLong = length > props.maxLength;
  const canSend = length > 0 && !tooLong && !props.sending && !props.disabled;
  const send = () => {
    if (canSend) props.onSend(body, () => setBody(''));
  };
  const serverError = props.error ? readError(props.error) : undefined;
  return (
    <Stack gap={4}>
      <Textarea
        aria-label="Message"
        placeholder={props.placeholder}
        autosize
        minRows={2}
        maxRows={8}
        value={body}
        disabled={props.disabled}
        onChange={(e) => setBody(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            send();
          }
        }}
        error={
          tooLong
            ? `Keep it to ${props.maxLength} characters.`
            : (serverError?.fields.body ?? serverError?.message)
        }
        data-testid="message-input"
      />
      <Group justify="space-between" wrap="nowrap">
        <Text size="xs" c={tooLong ? 'red' : 'dimmed'} aria-live="polite">
          {length}/{props.maxLength}
        </Text>
        <Button
          size="sm"
          rightSection={<IconSend size={14} />}
          onClick={send}
          disabled={!canSend}
          loading={props.sending}
          data-testid="send-message"
        >
          Send
        </Button>
      </Group>
    </Stack>
  );
}
