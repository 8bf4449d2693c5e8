import { keysOf } from './recruiting-format';
import type {
  AccessTier,
  CatalogSort,
  CourseLevel,
  CourseStatus,
  EnrollmentStatus,
  LessonKind,
  LessonProgressStatus,
} from './router-types';

// Display tables for the learning vertical; `satisfies Record<…>` flags any value the API adds or drops.

export const courseLevelLabels = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
} as const satisfies Record<CourseLevel, string>;

export const courseLevelColors = {
  beginner: 'teal',
  intermediate: 'blue',
  advanced: 'grape',
} as const satisfies Record<CourseLevel, string>;

export const accessTierLabels = {
  free: 'Free',
  pro: 'Pro',
} as const satisfies Record<AccessTier, string>;

export const catalogSortLabels = {
  relevance: 'Most relevant',
  newest: 'Newest',
  popular: 'Most popular',
  title: 'Title (A–Z)',
} as const satisfies Record<CatalogSort, string>;

export const courseStatusLabels = {
  draft: 'Draft',
  published: 'Published',
  archived: 'Archived',
} as const satisfies Record<CourseStatus, string>;

export const courseStatusColors = {
  draft: 'gray',
  published: 'teal',
  archived: 'orange',
} as const satisfies Record<CourseStatus, string>;

export const enrollmentStatusLabels = {
  active: 'In progress',
  completed: 'Completed',
  cancelled: 'Left',
} as const satisfies Record<EnrollmentStatus, string>;

export const enrollmentStatusColors = {
  active: 'blue',
  completed: 'teal',
  cancelled: 'gray',
} as const satisfies Record<EnrollmentStatus, string>;

export const lessonKindLabels = {
  article: 'Article',
  video: 'Video',
  challenge: 'Challenge',
} as const satisfies Record<LessonKind, string>;

export const lessonStatusLabels = {
  not_started: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
} as const satisfies Record<LessonProgressStatus, string>;

export const COURSE_LEVELS = keysOf(courseLevelLabels);
export const ACCESS_TIERS = keysOf(accessTierLabels);
export const CATALOG_SORTS = keysOf(catalogSortLabels);

/** "1 h 05 min", "12 min", "45 s": reading time for people, not a timestamp. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.max(0, Math.round(seconds))} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${String(rest).padStart(2, '0')} min` : `${hours} h`;
}

/** A video's length as a clock: "4:05", "1:02:09". */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const mm = h ? String(m).padStart(2, '0') : String(m);
  return `${h ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** Reads "m:ss", "h:mm:ss" or plain seconds; undefined when it is not a duration. */
export function parseClock(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+(:\d{1,2}){0,2}$/.test(trimmed)) return undefined;
  const parts = trimmed.split(':').map(Number);
  if (parts.slice(1).some((part) => part > 59)) return undefined;
  return parts.reduce((total, part) => total * 60 + part, 0);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/** The address part of a course, derived from its title until the author edits it. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
