/**
 * The plans TalentSphere sells, as data. Prices are integer minor units (cents) with an ISO 4217
 * currency: money never passes through a float. A plan's limits are what entitlements grant.
 */
export type PlanAudience = 'learner' | 'employer';
export type BillingInterval = 'month' | 'year';

export type PlanCode =
  | 'learner-free'
  | 'learner-pro-monthly'
  | 'learner-pro-yearly'
  | 'employer-starter'
  | 'employer-business-monthly';

export interface Money {
  /** Integer minor units: 1900 is 19.00. */
  readonly amountMinor: number;
  readonly currency: 'USD';
}

export interface PlanLimits {
  /** Learners: may enrol in `pro` courses. */
  readonly proCourses: boolean;
  /** Employers: jobs open at once (null: unlimited). */
  readonly activeJobPosts: number | null;
  /** Employers: people who may manage the company's jobs and applicants. */
  readonly recruiterSeats: number;
}

export interface Plan {
  readonly code: PlanCode;
  readonly audience: PlanAudience;
  readonly name: string;
  /** null for a free plan: nothing to check out. */
  readonly price: Money | null;
  readonly interval: BillingInterval | null;
  readonly limits: PlanLimits;
  readonly features: readonly string[];
}

export const PLANS: readonly Plan[] = [
  {
    code: 'learner-free',
    audience: 'learner',
    name: 'Free',
    price: null,
    interval: null,
    limits: { proCourses: false, activeJobPosts: 0, recruiterSeats: 0 },
    features: ['Every free course and its certificate', 'All coding challenges', 'Leaderboards'],
  },
  {
    code: 'learner-pro-monthly',
    audience: 'learner',
    name: 'Pro',
    price: { amountMinor: 1900, currency: 'USD' },
    interval: 'month',
    limits: { proCourses: true, activeJobPosts: 0, recruiterSeats: 0 },
    features: ['Everything in Free', 'Every pro course and its certificate', 'Cancel any time'],
  },
  {
    code: 'learner-pro-yearly',
    audience: 'learner',
    name: 'Pro yearly',
    price: { amountMinor: 19000, currency: 'USD' },
    interval: 'year',
    limits: { proCourses: true, activeJobPosts: 0, recruiterSeats: 0 },
    features: ['Everything in Pro', 'Two months free'],
  },
  {
    code: 'employer-starter',
    audience: 'employer',
    name: 'Starter',
    price: null,
    interval: null,
    limits: { proCourses: false, activeJobPosts: 3, recruiterSeats: 1 },
    features: ['Up to 3 open jobs', 'Applicant pipeline', 'One recruiter'],
  },
  {
    code: 'employer-business-monthly',
    audience: 'employer',
    name: 'Business',
    price: { amountMinor: 24900, currency: 'USD' },
    interval: 'month',
    limits: { proCourses: false, activeJobPosts: null, recruiterSeats: 10 },
    features: ['Unlimited open jobs', 'Up to 10 recruiters', 'Rank applicants by verified skills'],
  },
];

export function findPlan(code: string): Plan | undefined {
  return PLANS.find((plan) => plan.code === code);
}

/** The plan everyone of an audience has without paying. */
export function freePlan(audience: PlanAudience): Plan {
  const plan = PLANS.find((candidate) => candidate.audience === audience && candidate.price === null);
  if (!plan) throw new Error(`no free plan for ${audience}`);
  return plan;
}
