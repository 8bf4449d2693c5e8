import type {
  ApplicationStage,
  ApplicationStatus,
  CompanySize,
  Decider,
  EmploymentType,
  JobStatus,
  RemotePolicy,
  SkillLevel,
} from '@talentsphere/domain/recruiting';

// Read-side DTOs: plain JSON (dates as ISO strings) so any client can use them.

export interface CompanyCard {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly location: string;
  readonly size: CompanySize;
  readonly logoUrl: string | null;
  readonly website: string | null;
}

export interface CompanyDetail extends CompanyCard {
  readonly description: string;
  readonly openJobs: number;
  readonly rating: { readonly average: number | null; readonly count: number };
  readonly reviews: readonly {
    readonly id: string;
    readonly authorName: string;
    readonly rating: number;
    readonly body: string;
    readonly createdAt: string;
  }[];
}

export interface SalaryDto {
  readonly min: number;
  readonly max: number;
  readonly currency: string;
}

export interface JobSummary {
  readonly id: string;
  readonly title: string;
  readonly company: Pick<CompanyCard, 'id' | 'name' | 'slug' | 'logoUrl'>;
  readonly location: string;
  readonly remotePolicy: RemotePolicy;
  readonly employmentType: EmploymentType;
  readonly salary: SalaryDto | null;
  readonly skills: readonly { readonly name: string; readonly level: SkillLevel }[];
  readonly status: JobStatus;
  readonly openedAt: string | null;
}

export interface JobDetail extends JobSummary {
  readonly description: string;
  readonly requirements: readonly string[];
  readonly company: CompanyCard;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface TimelineEntry {
  readonly kind: string;
  readonly actorRole: Decider;
  readonly fromStage: ApplicationStage | null;
  readonly toStage: ApplicationStage;
  readonly fromStatus: ApplicationStatus | null;
  readonly toStatus: ApplicationStatus;
  readonly reason: string | null;
  readonly at: string;
}

export interface ApplicationView {
  readonly id: string;
  readonly job: { readonly id: string; readonly title: string; readonly status: JobStatus };
  readonly company: Pick<CompanyCard, 'id' | 'name' | 'slug' | 'logoUrl'>;
  readonly candidate: { readonly id: string; readonly name: string; readonly email: string };
  readonly status: ApplicationStatus;
  readonly stage: ApplicationStage;
  readonly rejection: { readonly reason: string; readonly decidedBy: Decider } | null;
  readonly coverLetter: string;
  readonly resumeUrl: string | null;
  readonly viewedAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly timeline: readonly TimelineEntry[];
}

export interface MyCompany extends CompanyCard {
  readonly role: 'owner' | 'recruiter';
}

export interface CompanyJobRow {
  readonly id: string;
  readonly title: string;
  readonly status: JobStatus;
  readonly openedAt: string | null;
  readonly updatedAt: string;
  readonly applications: { readonly active: number; readonly total: number };
}

/** Queries that skip the aggregates. Authorization happens in the use cases that call them. */
export interface RecruitingQueries {
  companyBySlug(slug: string): Promise<CompanyDetail | undefined>;
  companiesOfMember(userId: string): Promise<MyCompany[]>;
  /** Membership role of `userId` in `companyId`, or null. */
  memberRole(companyId: string, userId: string): Promise<'owner' | 'recruiter' | null>;
  jobDetail(jobId: string): Promise<JobDetail | undefined>;
  jobsOfCompany(companyId: string): Promise<CompanyJobRow[]>;
  application(applicationId: string): Promise<ApplicationView | undefined>;
  applicationsOfCandidate(candidateId: string): Promise<ApplicationView[]>;
  applicationsOfJob(jobId: string): Promise<ApplicationView[]>;
  /** The candidate's live application to a job, if any ("already applied"). */
  liveApplicationId(jobId: string, candidateId: string): Promise<string | null>;
}
