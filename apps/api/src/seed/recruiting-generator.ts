import type {
  ApplicationStage,
  CompanyProfileInput,
  CompanySize,
  EmploymentType,
  JobPostingInput,
  RemotePolicy,
} from '@talentsphere/domain/recruiting';
import { slugify } from '@talentsphere/domain/shared';
import type { Random } from './random';
import {
  BENEFITS,
  CITIES,
  type City,
  COMPANY_KINDS,
  COMPANY_STEMS,
  COVER_LETTERS,
  FIRST_NAMES,
  JOB_FAMILIES,
  LAST_NAMES,
  MINOR_UNITS,
  REJECTION_REASONS,
  SENIORITY,
} from './vocabulary';

// Pure generation of seed inputs: what to create, not how to store it.

const DAY = 86_400_000;

export interface CompanyPlan {
  readonly profile: CompanyProfileInput;
  readonly city: City;
  readonly what: string;
}

/**
 * Company number `index`: stem × kind pairs, the kinds stepping by 5 (coprime with 12) so
 * neighbours differ; once every pair is used, names get a numeral, so slugs stay unique.
 */
export function companyPlan(random: Random, index: number): CompanyPlan {
  const stems = COMPANY_STEMS.length;
  const kinds = COMPANY_KINDS.length;
  const stem = COMPANY_STEMS[index % stems]!;
  const round = Math.floor(index / stems);
  const kind = COMPANY_KINDS[(5 * (index % stems) + 5 * round) % kinds]!;
  const numeral = Math.floor(round / kinds);
  const name = `${stem} ${kind.suffix}${numeral > 0 ? ` ${numeral + 1}` : ''}`;
  const slug = slugify(name);
  const city = random.pick(CITIES);
  const size = random.weighted<CompanySize>([
    ['1-10', 2],
    ['11-50', 4],
    ['51-200', 4],
    ['201-1000', 2],
    ['1000+', 1],
  ]);
  return {
    city,
    what: kind.what,
    profile: {
      name,
      slug,
      description:
        `${name} ${kind.what}. We are a ${size} person ${kind.industry} company based in ${city.name}, ` +
        `working ${random.pick(['remote-first', 'in a hybrid setup', 'together in one office'])} and shipping ` +
        `${random.pick(['every day', 'several times a week', 'in small, frequent releases'])}.`,
      website: `https://${slug}.example.com`,
      location: city.name,
      size,
      logoUrl: null,
    },
  };
}

export interface JobPlan {
  readonly posting: JobPostingInput;
  readonly status: 'draft' | 'open' | 'closed';
  readonly createdAt: Date;
  /** Set for open and closed jobs. */
  readonly openedAt: Date | null;
  readonly closedAt: Date | null;
}

export function jobPlan(
  random: Random,
  company: CompanyPlan,
  now: Date,
  status: JobPlan['status'] = random.weighted([
    ['open', 85],
    ['closed', 8],
    ['draft', 7],
  ]),
): JobPlan {
  const family = random.pick(JOB_FAMILIES);
  const employmentType = random.weighted<EmploymentType>([
    ['full-time', 75],
    ['contract', 12],
    ['part-time', 6],
    ['internship', 7],
  ]);
  const seniority = employmentType === 'internship' ? SENIORITY[0] : random.pick(SENIORITY);
  const base = random.pick(family.titles);
  const title =
    employmentType === 'internship'
      ? `${base} Intern`
      : seniority.prefix
        ? `${seniority.prefix} ${base}`
        : base;
  const remotePolicy = random.weighted<RemotePolicy>([
    ['remote', 35],
    ['hybrid', 40],
    ['onsite', 25],
  ]);
  const city = random.chance(0.8) ? company.city : random.pick(CITIES);
  const core = random.sample(family.core, random.int(2, 3));
  const extra = random.sample(family.extra, random.int(1, 3));
  const skills = [
    ...core.map((name) => ({ name, level: seniority.level })),
    ...extra.map((name) => ({ name, level: random.pick(['beginner', 'intermediate'] as const) })),
  ];
  const work = random.pick(family.work);
  const requirements = [
    seniority.years > 0
      ? `${seniority.years}+ years of professional experience with ${core[0]}`
      : `A solid grasp of ${core[0]}, from study, projects or an internship`,
    `Comfortable with ${core.slice(1).join(' and ') || core[0]}`,
    `Nice to have: ${extra.join(', ')}`,
    random.pick([
      'Clear written communication',
      'You enjoy pairing and code review',
      'You care about the people who use what you build',
    ]),
  ];
  const description = [
    `## About ${company.profile.name}`,
    `${company.profile.name} ${company.what}.`,
    '## The role',
    `As a ${title} you will ${work}. You will work with ${core.join(', ')} every day, ` +
      random.pick([
        `in a team of ${random.int(4, 9)} people.`,
        'alongside the people who use what you build.',
        `in one of our ${random.int(2, 12)} cross-functional squads.`,
        'with plenty of room to grow.',
      ]),
    '## What we offer',
    random
      .sample(BENEFITS, 3)
      .map((b) => `- ${b}`)
      .join('\n'),
  ].join('\n\n');
  const salary = random.chance(0.85) ? salaryRange(random, family.band, seniority.factor, city) : null;
  const createdAt = new Date(now.getTime() - random.int(1, 120) * DAY - random.int(0, DAY - 1));
  const openedAt =
    status === 'draft'
      ? null
      : new Date(createdAt.getTime() + random.int(0, 2) * DAY + random.int(0, 3_600_000));
  const closedAt =
    status === 'closed' && openedAt
      ? new Date(openedAt.getTime() + Math.floor(random.next() * (now.getTime() - openedAt.getTime())))
      : null;
  return {
    posting: {
      title,
      description,
      requirements,
      location: city.name,
      remotePolicy,
      employmentType,
      salary,
      skills,
    },
    status,
    createdAt,
    openedAt: openedAt && openedAt > now ? now : openedAt,
    closedAt,
  };
}

function salaryRange(
  random: Random,
  band: readonly [number, number],
  factor: number,
  city: City,
): { min: number; max: number; currency: string } {
  const major = (band[0] + random.next() * (band[1] - band[0])) * factor * city.pay;
  const step = city.currency === 'JPY' ? 100_000 : city.currency === 'INR' ? 10_000 : 1_000;
  const min = Math.round(major / step) * step;
  const max = Math.round((min * (1.15 + random.next() * 0.25)) / step) * step;
  const unit = 10 ** MINOR_UNITS[city.currency];
  return { min: min * unit, max: max * unit, currency: city.currency };
}

export interface PersonPlan {
  readonly name: string;
  readonly email: string;
}

export function personPlan(random: Random, index: number, domain: string): PersonPlan {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  return { name: `${first} ${last}`, email: `${first}.${last}.${index}@${domain}`.toLowerCase() };
}

/** Where an application ends up; the writer walks the domain commands to get there. */
export type ApplicationOutcome =
  | { readonly kind: 'active'; readonly stage: ApplicationStage }
  | { readonly kind: 'hired' }
  | {
      readonly kind: 'rejected';
      readonly stage: ApplicationStage;
      readonly by: 'employer' | 'candidate';
      readonly reason: string;
    }
  | { readonly kind: 'unrejected'; readonly stage: ApplicationStage; readonly reason: string }
  | { readonly kind: 'withdrawn'; readonly stage: ApplicationStage };

const STAGES: readonly ApplicationStage[] = ['applied', 'screening', 'assessment', 'interview', 'offer'];

export function applicationOutcome(random: Random): ApplicationOutcome {
  const stage = random.weighted<ApplicationStage>([
    ['applied', 35],
    ['screening', 25],
    ['assessment', 15],
    ['interview', 15],
    ['offer', 10],
  ]);
  return random.weighted<ApplicationOutcome>([
    [{ kind: 'active', stage }, 55],
    [{ kind: 'hired' }, 5],
    [{ kind: 'rejected', stage, by: 'employer', reason: random.pick(REJECTION_REASONS.employer) }, 22],
    [{ kind: 'rejected', stage, by: 'candidate', reason: random.pick(REJECTION_REASONS.candidate) }, 4],
    [{ kind: 'unrejected', stage, reason: random.pick(REJECTION_REASONS.employer) }, 3],
    [{ kind: 'withdrawn', stage }, 11],
  ]);
}

/** The stages an application passes through to reach `stage`, in order, after 'applied'. */
export const stagesUpTo = (stage: ApplicationStage): ApplicationStage[] =>
  STAGES.slice(1, STAGES.indexOf(stage) + 1);

export const coverLetter = (random: Random): string => random.pick(COVER_LETTERS);

/**
 * `count` strictly increasing instants in (from, to]: timelines are read back ordered by time, so
 * two entries must never share a millisecond.
 */
export function timesBetween(random: Random, from: Date, to: Date, count: number): Date[] {
  const span = Math.max(1, to.getTime() - from.getTime() - count);
  return Array.from({ length: count }, () => from.getTime() + 1 + Math.floor(random.next() * span))
    .sort((a, b) => a - b)
    .map((t, i) => new Date(t + i));
}
