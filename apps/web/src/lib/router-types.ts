import type { AppRouter } from '@talentsphere/adapters/trpc';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export type JobDetail = RouterOutputs['jobs']['get'];
export type JobSummary = RouterOutputs['jobs']['search']['items'][number];
export type JobSearchInput = RouterInputs['jobs']['search'];
export type ApplicationView = RouterOutputs['applications']['view'];
export type TimelineEntry = ApplicationView['timeline'][number];
export type CompanyDetail = RouterOutputs['companies']['bySlug'];
export type MyCompany = RouterOutputs['companies']['mine'][number];
export type CompanyJobRow = RouterOutputs['companies']['jobs'][number];
export type NotificationView = RouterOutputs['notifications']['list']['items'][number];

export type RemotePolicy = JobSummary['remotePolicy'];
export type EmploymentType = JobSummary['employmentType'];
export type SkillLevel = JobSummary['skills'][number]['level'];
export type JobStatus = JobSummary['status'];
export type ApplicationStage = ApplicationView['stage'];
export type ApplicationStatus = ApplicationView['status'];
export type CompanySize = CompanyDetail['size'];
export type SearchSort = NonNullable<JobSearchInput['sort']>;
