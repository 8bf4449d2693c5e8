import { ThemeIcon } from '@mantine/core';
import {
  IconAward,
  IconBook,
  IconBriefcase,
  IconCertificate,
  IconCode,
  IconFlame,
  IconSchool,
  IconTrophy,
} from '@tabler/icons-react';

const icons: Record<string, typeof IconAward> = {
  'first-course': IconSchool,
  'first-certificate': IconCertificate,
  'solver-5': IconCode,
  'solver-25': IconCode,
  'solver-100': IconTrophy,
  bookworm: IconBook,
  'first-application': IconBriefcase,
  'streak-7': IconFlame,
};

const colors: Record<string, string> = {
  'first-course': 'teal',
  'first-certificate': 'grape',
  'solver-5': 'blue',
  'solver-25': 'indigo',
  'solver-100': 'yellow',
  bookworm: 'cyan',
  'first-application': 'brand',
  'streak-7': 'orange',
};

/** A badge's emblem; badges the web does not know yet get a generic award. */
export function BadgeIcon(props: { badge: string; size?: number }) {
  const Icon = icons[props.badge] ?? IconAward;
  const size = props.size ?? 44;
  return (
    <ThemeIcon size={size} radius="xl" variant="light" color={colors[props.badge] ?? 'gray'}>
      <Icon size={size * 0.55} aria-hidden />
    </ThemeIcon>
  );
}
