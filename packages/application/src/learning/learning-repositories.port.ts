import type { Course, Enrollment } from '@talentsphere/domain/learning';
import type { RowLock } from '../recruiting/recruiting-repositories.port';

// Write-side ports: load and save aggregates inside a unit of work.

export interface CourseRepository {
  findById(id: string, lock?: RowLock): Promise<Course | undefined>;
  /** Answers 'slug-taken' when another course has the slug. */
  insert(course: Course): Promise<'inserted' | 'slug-taken'>;
  /** Saves details, authors, syllabus and status. */
  update(course: Course): Promise<'updated' | 'slug-taken'>;
}

export interface EnrollmentRepository {
  /** The learner's enrolment in a course, whatever its status, with per-lesson progress. */
  findByLearner(userId: string, courseId: string, lock?: RowLock): Promise<Enrollment | undefined>;
  /** Answers 'duplicate' when the learner already has an enrolment in the course (ENROLLMENT_002). */
  insert(enrollment: Enrollment): Promise<'inserted' | 'duplicate'>;
  /** Saves status, progress, last lesson, completion and certificate. */
  update(enrollment: Enrollment): Promise<void>;
  /**
   * Active enrolments of a course after `afterId` (id order), at most `limit`, not locked: settling
   * completions after a course edit walks them in batches and locks only the ones it completes.
   */
  activeOfCourse(courseId: string, afterId: string | null, limit: number): Promise<Enrollment[]>;
}
