import { err, ok, type Result } from 'neverthrow';
import { type AppError, type DomainEvent, parseSlug, type Slug } from '../shared';
import { recruitingErrors } from './recruiting.errors';

export const COMPANY_SIZES = ['1-10', '11-50', '51-200', '201-1000', '1000+'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];
export type CompanyRole = 'owner' | 'recruiter';

export interface CompanyMember {
  readonly userId: string;
  readonly role: CompanyRole;
  readonly addedAt: Date;
}

export interface CompanyProfile {
  readonly name: string;
  readonly slug: Slug;
  readonly description: string;
  readonly website: string | null;
  readonly location: string;
  readonly size: CompanySize;
  readonly logoUrl: string | null;
}

export interface Company extends CompanyProfile {
  readonly id: string;
  readonly members: readonly CompanyMember[];
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export type CompanyCreated = DomainEvent<
  'jobs.company.created',
  { companyId: string; ownerId: string; name: string; slug: string }
>;
export type CompanyUpdated = DomainEvent<'jobs.company.updated', { companyId: string }>;

export interface CompanyProfileInput {
  readonly name: string;
  readonly slug: string;
  readonly description: string;
  readonly website: string | null;
  readonly location: string;
  readonly size: CompanySize;
  readonly logoUrl: string | null;
}

export function parseCompanyProfile(input: CompanyProfileInput): Result<CompanyProfile, AppError> {
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (name.length < 2 || name.length > 100)
    return err(recruitingErrors.invalid('name', 'Use 2–100 characters.'));
  for (const [field, url] of [
    ['website', input.website],
    ['logoUrl', input.logoUrl],
  ] as const) {
    if (url !== null && !isHttpUrl(url))
      return err(recruitingErrors.invalid(field, 'Enter a full http(s) address.'));
  }
  return parseSlug(input.slug).map((slug) => ({
    name,
    slug,
    description: input.description.trim(),
    website: input.website,
    location: input.location.trim(),
    size: input.size,
    logoUrl: input.logoUrl,
  }));
}

/** An employer creates a company and becomes its owner. */
export function createCompany(
  input: { id: string; ownerId: string; profile: CompanyProfileInput },
  { now }: { now: Date },
): Result<{ state: Company; events: [CompanyCreated] }, AppError> {
  return parseCompanyProfile(input.profile).map((profile) => ({
    state: {
      id: input.id,
      ...profile,
      members: [{ userId: input.ownerId, role: 'owner', addedAt: now }],
      createdAt: now,
      updatedAt: now,
    },
    events: [
      {
        type: 'jobs.company.created',
        data: { companyId: input.id, ownerId: input.ownerId, name: profile.name, slug: profile.slug },
      },
    ],
  }));
}

export function memberRole(company: Company, userId: string): CompanyRole | null {
  return company.members.find((m) => m.userId === userId)?.role ?? null;
}

export function updateCompanyProfile(
  company: Company,
  actorId: string,
  input: CompanyProfileInput,
  { now }: { now: Date },
): Result<{ state: Company; events: [CompanyUpdated] }, AppError> {
  if (!memberRole(company, actorId)) return err(recruitingErrors.notAMember());
  return parseCompanyProfile(input).map((profile) => ({
    state: { ...company, ...profile, updatedAt: now },
    events: [{ type: 'jobs.company.updated', data: { companyId: company.id } }],
  }));
}

/**
 * The recruiter seats of the owner's plan: `held` are the recruiters of every company the owner
 * owns (one person holds one seat however many of those companies they recruit for).
 */
export interface RecruiterSeats {
  readonly planName: string;
  readonly limit: number;
  readonly held: readonly string[];
}

/**
 * The owner adds a recruiter; adding someone twice changes nothing. With `seats`, someone who holds
 * no seat yet needs a free one (BILLING_001, naming the limit, when the plan's are all taken).
 */
export function addRecruiter(
  company: Company,
  actorId: string,
  recruiterId: string,
  { now }: { now: Date },
  seats: RecruiterSeats | null = null,
): Result<Company, AppError> {
  if (memberRole(company, actorId) !== 'owner') return err(recruitingErrors.ownerOnly());
  if (memberRole(company, recruiterId)) return ok(company);
  if (seats && !seats.held.includes(recruiterId) && seats.held.length >= seats.limit)
    return err(recruitingErrors.noRecruiterSeat(seats.planName, seats.limit));
  return ok({
    ...company,
    members: [...company.members, { userId: recruiterId, role: 'recruiter', addedAt: now }],
    updatedAt: now,
  });
}

export interface CompanyReview {
  readonly id: string;
  readonly companyId: string;
  readonly authorId: string;
  readonly rating: 1 | 2 | 3 | 4 | 5;
  readonly body: string;
  readonly createdAt: Date;
}

/** Anyone but the company's own members may review it once (the one-per-author rule is the store's). */
export function writeReview(
  company: Company,
  input: { id: string; authorId: string; rating: number; body: string },
  { now }: { now: Date },
): Result<CompanyReview, AppError> {
  if (memberRole(company, input.authorId)) return err(recruitingErrors.ownReview());
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) {
    return err(recruitingErrors.invalid('rating', 'Choose 1 to 5 stars.'));
  }
  const body = input.body.trim();
  if (body.length < 10 || body.length > 5000)
    return err(recruitingErrors.invalid('body', 'Write 10–5000 characters.'));
  return ok({
    id: input.id,
    companyId: company.id,
    authorId: input.authorId,
    rating: input.rating as CompanyReview['rating'],
    body,
    createdAt: now,
  });
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
