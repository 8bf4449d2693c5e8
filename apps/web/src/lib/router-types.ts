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

export type CatalogResult = RouterOutputs['courses']['catalog'];
export type CatalogInput = RouterInputs['courses']['catalog'];
export type CourseCard = CatalogResult['items'][number];
export type CourseDetail = RouterOutputs['courses']['get'];
export type EnrollmentView = RouterOutputs['courses']['enroll'];
export type LessonView = RouterOutputs['courses']['lesson'];
export type MyLearningRow = RouterOutputs['courses']['myLearning'][number];
export type CertificateView = RouterOutputs['certificates']['get'];
export type StudioCourseRow = RouterOutputs['studio']['myCourses'][number];
export type StudioCourse = RouterOutputs['studio']['get'];
export type SectionOutline = CourseDetail['sections'][number];
export type LessonOutline = SectionOutline['lessons'][number];
export type StudioSection = StudioCourse['sections'][number];
export type StudioLesson = StudioSection['lessons'][number];
export type CourseLevel = CourseCard['level'];
export type AccessTier = CourseCard['accessTier'];
export type CourseStatus = CourseDetail['status'];
export type CatalogSort = NonNullable<CatalogInput['sort']>;
export type LessonKind = LessonOutline['kind'];
export type LessonContent = StudioLesson['content'];
export type EnrollmentStatus = EnrollmentView['status'];
export type LessonProgressStatus = EnrollmentView['lessons'][number]['status'];
