import type {
  AccessTier,
  CourseLevel,
  CourseStatus,
  EnrollmentStatus,
  LessonContent,
  LessonProgressStatus,
} from '@talentsphere/domain/learning';
import type { SkillLevel } from '@talentsphere/domain/recruiting';

// Read-side DTOs: plain JSON (dates as ISO strings) so any client can use them.

export interface CourseSkillDto {
  readonly name: string;
  readonly level: SkillLevel;
}

export interface CourseCard {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly level: CourseLevel;
  readonly skills: readonly CourseSkillDto[];
  readonly coverImageUrl: string | null;
  readonly accessTier: AccessTier;
  readonly authors: readonly { readonly id: string; readonly name: string }[];
  readonly lessonCount: number;
  /** Sum of the video lessons' durations. */
  readonly videoSeconds: number;
  /** Learners enrolled now or who completed it. */
  readonly enrollmentCount: number;
  readonly publishedAt: string | null;
}

/** A lesson as the syllabus lists it: no content. */
export interface LessonOutline {
  readonly id: string;
  readonly title: string;
  readonly kind: LessonContent['kind'];
  readonly required: boolean;
  readonly durationSeconds: number | null;
}

export interface SectionOutline {
  readonly id: string;
  readonly title: string;
  readonly lessons: readonly LessonOutline[];
}

/** The public course page. */
export interface CourseDetail extends CourseCard {
  readonly description: string;
  readonly status: CourseStatus;
  readonly sections: readonly SectionOutline[];
  readonly updatedAt: string;
}

export interface LessonProgressDto {
  readonly lessonId: string;
  readonly status: LessonProgressStatus;
  readonly completedAt: string | null;
}

export interface CertificateSummary {
  readonly verificationCode: string;
  readonly issuedAt: string;
}

/** The learner's own enrolment in one course. */
export interface EnrollmentView {
  readonly id: string;
  readonly courseId: string;
  readonly status: EnrollmentStatus;
  readonly percentComplete: number;
  readonly completedLessons: number;
  readonly totalLessons: number;
  /** Only lessons with progress; the others are not started. */
  readonly lessons: readonly LessonProgressDto[];
  readonly lastLessonId: string | null;
  /** Where "resume" goes: the last lesson visited if unfinished, else the first unfinished one. */
  readonly resumeLessonId: string | null;
  readonly enrolledAt: string;
  readonly completedAt: string | null;
  readonly certificate: CertificateSummary | null;
}

/** A lesson opened in the player, with its neighbours in syllabus order. */
export interface LessonView {
  readonly courseId: string;
  readonly sectionTitle: string;
  readonly lesson: {
    readonly id: string;
    readonly title: string;
    readonly required: boolean;
    readonly content: LessonContent;
  };
  readonly previousLessonId: string | null;
  readonly nextLessonId: string | null;
  /** Null when an author previews a course they are not enrolled in. */
  readonly enrollment: EnrollmentView | null;
}

/** A row of "my learning". */
export interface MyLearningRow {
  readonly course: CourseCard;
  readonly enrollment: EnrollmentView;
}

/** What the public verification page shows. */
export interface CertificateView {
  readonly verificationCode: string;
  readonly learnerName: string;
  readonly course: {
    readonly id: string;
    readonly slug: string;
    readonly title: string;
    readonly level: CourseLevel;
    readonly authors: readonly string[];
  };
  readonly skills: readonly CourseSkillDto[];
  readonly issuedAt: string;
}

/** A row of the instructor studio. */
export interface StudioCourseRow {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly status: CourseStatus;
  readonly lessonCount: number;
  readonly enrollments: { readonly active: number; readonly completed: number; readonly cancelled: number };
  readonly updatedAt: string;
}

/** The whole course for its authors to edit, content included. */
export interface StudioCourse {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly level: CourseLevel;
  readonly skills: readonly CourseSkillDto[];
  readonly coverImageUrl: string | null;
  readonly accessTier: AccessTier;
  readonly status: CourseStatus;
  readonly authors: readonly { readonly id: string; readonly name: string }[];
  readonly sections: readonly {
    readonly id: string;
    readonly title: string;
    readonly lessons: readonly {
      readonly id: string;
      readonly title: string;
      readonly required: boolean;
      readonly content: LessonContent;
    }[];
  }[];
  readonly enrollments: StudioCourseRow['enrollments'];
  readonly publishedAt: string | null;
  readonly updatedAt: string;
}

export const CATALOG_SORTS = ['relevance', 'newest', 'popular', 'title'] as const;
export type CatalogSort = (typeof CATALOG_SORTS)[number];

export interface CatalogSearchInput {
  /** Full-text query over title, summary, description and skills. */
  readonly q?: string;
  readonly levels?: readonly CourseLevel[];
  /** Normalised skill name ("typescript"). */
  readonly skill?: string;
  readonly tier?: AccessTier;
  /** `relevance` needs `q`; without one it falls back to `popular`. */
  readonly sort: CatalogSort;
  readonly page: number;
  readonly pageSize: number;
}

export interface CatalogSearchResult {
  readonly items: readonly CourseCard[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  /** Skill names across all published courses with their course counts, for the filter. */
  readonly skills: readonly { readonly name: string; readonly count: number }[];
}

/** Queries that skip the aggregates. Authorization happens in the use cases that call them. */
export interface LearningQueries {
  /** Published courses only. */
  searchCatalog(input: CatalogSearchInput): Promise<CatalogSearchResult>;
  /** Any status; the use case decides who may see a draft. */
  courseDetail(courseId: string): Promise<CourseDetail | undefined>;
  studioCourse(courseId: string): Promise<StudioCourse | undefined>;
  coursesOfAuthor(userId: string): Promise<StudioCourseRow[]>;
  /** Active and completed enrolments (not cancelled), most recently active first. */
  myLearning(userId: string): Promise<MyLearningRow[]>;
  certificateByCode(verificationCode: string): Promise<CertificateView | undefined>;
}
