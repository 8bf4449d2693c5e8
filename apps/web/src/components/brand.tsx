import { Group, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconAtom2 } from '@tabler/icons-react';
import { Link } from 'react-router';

export function Brand() {
  return (
    <UnstyledButton component={Link} to="/" aria-label="TalentSphere home">
      <Group gap={8} wrap="nowrap">
        <ThemeIcon
          size={32}
          radius="xl"
          variant="gradient"
          gradient={{ from: 'brand.5', to: 'cyan.5', deg: 135 }}
        >
          <IconAtom2 size={20} aria-hidden />
        </ThemeIcon>
        <Text fw={800} size="lg" lh={1}>
          TalentSphere
        </Text>
      </Group>
    </UnstyledButton>
  );
}
