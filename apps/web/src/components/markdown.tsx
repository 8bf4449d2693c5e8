import { TypographyStylesProvider } from '@mantine/core';
import ReactMarkdown from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';

/** Employer-written markdown: raw HTML is not parsed, and the output is sanitised (GitHub's schema). */
export function Markdown(props: { children: string }) {
  return (
    <TypographyStylesProvider>
      <ReactMarkdown rehypePlugins={[rehypeSanitize]}>{props.children}</ReactMarkdown>
    </TypographyStylesProvider>
  );
}
