import { Box, Center, Image, ThemeIcon } from '@mantine/core';
import { IconSchool } from '@tabler/icons-react';
import { useState } from 'react';

// Courses without a cover get a calm two-colour header picked from their id, so the grid stays varied
// but a course always looks the same.
const palettes = [
  ['brand.6', 'cyan.5'],
  ['indigo.6', 'teal.5'],
  ['grape.6', 'pink.5'],
  ['blue.7', 'brand.4'],
  ['teal.7', 'lime.5'],
  ['orange.6', 'yellow.5'],
] as const;

function paletteOf(key: string) {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return palettes[hash % palettes.length] ?? palettes[0];
}

function cssColor(token: string): string {
  const [name, shade] = token.split('.');
  return `var(--mantine-color-${name}-${shade})`;
}

export function CourseCover(props: { courseId: string; url: string | null; height: number }) {
  const [failed, setFailed] = useState(false);
  if (props.url && !failed) {
    return (
      <Image
        src={props.url}
        alt=""
        h={props.height}
        fit="cover"
        onError={() => setFailed(true)}
        loading="lazy"
      />
    );
  }
  const [from, to] = paletteOf(props.courseId);
  return (
    <Box
      h={props.height}
      aria-hidden
      style={{ backgroundImage: `linear-gradient(135deg, ${cssColor(from)}, ${cssColor(to)})` }}
    >
      <Center h="100%">
        <ThemeIcon size={56} radius="xl" variant="white" color={from.split('.')[0]} opacity={0.9}>
          <IconSchool size={30} />
        </ThemeIcon>
      </Center>
    </Box>
  );
}
