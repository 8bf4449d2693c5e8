import { javascript } from '@codemirror/lang-javascript';
import { Box, Text, useComputedColorScheme } from '@mantine/core';
import CodeMirror, { EditorView } from '@uiw/react-codemirror';
import { useId, useMemo } from 'react';

export type CodeLanguage = 'javascript' | 'typescript';

/**
 * CodeMirror 6 with JavaScript or TypeScript highlighting, following the app's colour scheme. The
 * editable region is a labelled textbox, so assistive technology and browser tests find it by name.
 * Tab indents; Escape then Tab leaves the editor (CodeMirror's escape hatch for keyboard users).
 */
export function CodeEditor(props: {
  value: string;
  onChange?: (value: string) => void;
  language: CodeLanguage;
  label?: string;
  readOnly?: boolean;
  minHeight?: number;
  maxHeight?: number;
  error?: string | null;
  /** Shown under the editor for keyboard users; off for short read-only views. */
  keyboardHint?: boolean;
}) {
  const scheme = useComputedColorScheme('light');
  const hintId = useId();
  const label = props.label ?? 'Code editor';
  const readOnly = props.readOnly ?? false;
  const showHint = (props.keyboardHint ?? !readOnly) && !readOnly;
  const extensions = useMemo(
    () => [
      javascript({ typescript: props.language === 'typescript' }),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({
        'aria-label': label,
        ...(showHint ? { 'aria-describedby': hintId } : {}),
        ...(props.error ? { 'aria-invalid': 'true' } : {}),
      }),
    ],
    [props.language, label, hintId, showHint, props.error],
  );

  return (
    <Box>
      <Box
        style={{
          border: `1px solid ${props.error ? 'var(--mantine-color-error)' : 'var(--mantine-color-default-border)'}`,
          borderRadius: 'var(--mantine-radius-sm)',
          overflow: 'hidden',
          fontSize: 13,
        }}
      >
        <CodeMirror
          value={props.value}
          onChange={props.onChange}
          extensions={extensions}
          theme={scheme === 'dark' ? 'dark' : 'light'}
          readOnly={readOnly}
          editable={!readOnly}
          minHeight={`${props.minHeight ?? 120}px`}
          maxHeight={props.maxHeight ? `${props.maxHeight}px` : undefined}
          basicSetup={{ foldGutter: false, highlightActiveLine: !readOnly, autocompletion: !readOnly }}
        />
      </Box>
      {props.error && (
        <Text size="xs" c="red" mt={4} role="alert">
          {props.error}
        </Text>
      )}
      {showHint && (
        <Text size="xs" c="dimmed" mt={4} id={hintId}>
          Tab indents. Press Esc, then Tab, to move on from the editor.
        </Text>
      )}
    </Box>
  );
}
