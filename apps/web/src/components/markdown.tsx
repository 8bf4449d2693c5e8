import { TypographyStylesProvider } from '@mantine/core';
import ReactMarkdown from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import classes from './markdown.module.css';

/** Employer-written markdown: raw HTML is not parsed, and the output is sanitised (GitHub's schema). */
export function Markdown(props: { children: string }) {
  return (
    <TypographyStylesProvider className={classes.markdown}>
      <ReactMarkdown rehypePlugins={[rehypeSanitize]}>{props.children}</ReactMarkdown>
    </TypographyStylesProvider>
  );
}
