import type {
  ApplicationStage,
  ApplicationStatus,
  CompanySize,
  EmploymentType,
  JobStatus,
  RemotePolicy,
  SkillLevel,
  TimelineEntry,
} from './router-types';

// The web app may import only the AppRouter type, so the enum values live here as display tables;
// `satisfies Record<…>` makes the compiler flag any value the API adds or drops.

export const remoteLabels = {
  onsite: 'On-site',
  hybrid: 'Hybrid',
  remote: 'Remote',
} as const satisfies Record<RemotePolicy, string>;

export const employmentLabels = {
  'full-time': 'Full-time',
  'part-time': 'Part-time',
  contract: 'Contract',
  internship: 'Internship',
} as const satisfies Record<EmploymentType, string>;

export const skillLevelLabels = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
  expert: 'Expert',
} as const satisfies Record<SkillLevel, string>;

export const stageLabels = {
  applied: 'Applied',
  screening: 'Screening',
  assessment: 'Assessment',
  interview: 'Interview',
  offer: 'Offer',
} as const satisfies Record<ApplicationStage, string>;

export const statusLabels = {
  active: 'In progress',
  hired: 'Hired',
  rejected: 'Not selected',
  withdrawn: 'Withdrawn',
} as const satisfies Record<ApplicationStatus, string>;

export const statusColors = {
  active: 'blue',
  hired: 'teal',
  rejected: 'red',
  withdrawn: 'gray',
} as const satisfies Record<ApplicationStatus, string>;

export const jobStatusLabels = {
  draft: 'Draft',
  open: 'Open',
  closed: 'Closed',
} as const satisfies Record<JobStatus, string>;

export const jobStatusColors = {
  draft: 'gray',
  open: 'teal',
  closed: 'red',
} as const satisfies Record<JobStatus, string>;

export const companySizeLabels = {
  '1-10': '1–10 people',
  '11-50': '11–50 people',
  '51-200': '51–200 people',
  '201-1000': '201–1,000 people',
  '1000+': 'Over 1,000 people',
} as const satisfies Record<CompanySize, string>;

export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'SEK', 'PLN', 'INR', 'JPY'] as const;

export function keysOf<K extends string>(table: Record<K, unknown>): K[] {
  return Object.keys(table) as K[];
}

export const STAGES = keysOf(stageLabels);
export const REMOTE_POLICIES = keysOf(remoteLabels);
export const EMPLOYMENT_TYPES = keysOf(employmentLabels);
export const SKILL_LEVELS = keysOf(skillLevelLabels);
export const COMPANY_SIZES = keysOf(companySizeLabels);

/** Minor units per major unit, as the currency defines it (JPY has none, most have 100). */
export function minorUnitFactor(currency: string): number {
  try {
    const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits;
    return 10 ** (digits ?? 2);
  } catch {
    return 100;
  }
}

export function formatMoney(minor: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    }).format(minor / minorUnitFactor(currency));
  } catch {
    return `${(minor / 100).toFixed(0)} ${currency}`;
  }
}

export function formatSalary(salary: { min: number; max: number; currency: string } | null): string | null {
  if (!salary) return null;
  if (salary.min === salary.max) return formatMoney(salary.min, salary.currency);
  return `${formatMoney(salary.min, salary.currency)} – ${formatMoney(salary.max, salary.currency)}`;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDate(iso: string | null): string {
  return iso ? dateFormat.format(new Date(iso)) : '—';
}

export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

export function formatRelative(iso: string, now = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return relative.format(seconds, 'second');
  if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
  if (abs < 2_592_000) return relative.format(Math.round(seconds / 86_400), 'day');
  return formatDate(iso);
}

/** One sentence per timeline entry: what happened and who did it. */
export function describeTimelineEntry(entry: TimelineEntry): string {
  const who = entry.actorRole === 'employer' ? 'The employer' : 'The candidate';
  switch (entry.kind) {
    case 'submitted':
      return 'Application submitted';
    case 'stage_changed':
      return `${who} moved it from ${stageLabels[entry.fromStage ?? 'applied']} to ${stageLabels[entry.toStage]}`;
    case 'rejected':
      return entry.actorRole === 'candidate'
        ? 'The candidate declined'
        : 'The employer rejected the application';
    case 'unrejected':
      return `${who} reconsidered: back to ${stageLabels[entry.toStage]}`;
    case 'withdrawn':
      return 'The candidate withdrew the application';
    case 'hired':
      return 'Hired';
    default:
      return entry.kind;
  }
}
