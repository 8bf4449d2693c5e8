import {
  type Course,
  courseLessons,
  courseProgress,
  type Enrollment,
  lessonStatus,
} from '@talentsphere/domain/learning';
import type { EnrollmentView } from './learning-read-models';

/** Where "resume" goes: the last lesson visited if unfinished, else the first unfinished one. */
export function resumeLessonId(enrollment: Enrollment, course: Pick<Course, 'sections'>): string | null {
  const lessons = courseLessons(course);
  const last = lessons.find((l) => l.id === enrollment.lastLessonId);
  if (last && lessonStatus(enrollment, last.id) !== 'completed') return last.id;
  const unfinished = lessons.find((l) => lessonStatus(enrollment, l.id) !== 'completed');
  return (unfinished ?? last ?? lessons[0])?.id ?? null;
}

/** The learner's view of an enrolment over the course as it is now. */
export function toEnrollmentView(enrollment: Enrollment, course: Pick<Course, 'sections'>): EnrollmentView {
  const progress = courseProgress(enrollment, course);
  const current = new Set(courseLessons(course).map((l) => l.id));
  return {
    id: enrollment.id,
    courseId: enrollment.courseId,
    status: enrollment.status,
    ...progress,
    lessons: enrollment.lessons
      .filter((l) => current.has(l.lessonId))
      .map((l) => ({
        lessonId: l.lessonId,
        status: l.status,
        completedAt: l.completedAt?.toISOString() ?? null,
      })),
    lastLessonId: enrollment.lastLessonId,
    resumeLessonId: resumeLessonId(enrollment, course),
    enrolledAt: enrollment.enrolledAt.toISOString(),
    completedAt: enrollment.completedAt?.toISOString() ?? null,
    certificate: enrollment.certificate
      ? {
          verificationCode: enrollment.certificate.verificationCode,
          issuedAt: enrollment.certificate.issuedAt.toISOString(),
        }
      : null,
  };
}
