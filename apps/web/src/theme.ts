import { createTheme, type MantineColorsTuple } from '@mantine/core';

// One brand colour (violet-indigo) used for primary actions, links and the logo.
const brand: MantineColorsTuple = [
  '#f1edff',
  '#ded6fc',
  '#bbaaf4',
  '#967bed',
  '#7753e7',
  '#6339e4',
  '#582ce3',
  '#4920ca',
  '#401bb5',
  '#3514a0',
];

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: { light: 6, dark: 4 },
  colors: { brand },
  defaultRadius: 'md',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '700' },
  components: {
    Button: { defaultProps: { radius: 'md' } },
    Paper: { defaultProps: { radius: 'md' } },
  },
});
