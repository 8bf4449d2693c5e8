import type { CourseRepository, EnrollmentRepository } from '@talentsphere/application/learning';
import type { Course, Enrollment } from '@talentsphere/domain/learning';
import type { InMemoryStore } from './in-memory-database';

// Twins of the Kysely learning repositories: each mirrors the unique index the store relies on. Row
// locking comes from the unit of work, which runs one transaction at a time.

export class InMemoryCourseRepository implements CourseRepository {
  constructor(private readonly store: InMemoryStore) {}

  async findById(id: string): Promise<Course | undefined> {
    return this.store.tables.courses.get(id);
  }

  /** Mirrors courses_slug_key. */
  async insert(course: Course): Promise<'inserted' | 'slug-taken'> {
    if (this.slugTakenByOther(course)) return 'slug-taken';
    if (this.store.tables.courses.has(course.id)) throw new Error(`Duplicate course id ${course.id}`);
    this.store.tables.courses.set(course.id, course);
    return 'inserted';
  }

  async update(course: Course): Promise<'updated' | 'slug-taken'> {
    if (this.slugTakenByOther(course)) return 'slug-taken';
    if (this.store.tables.courses.has(course.id)) this.store.tables.courses.set(course.id, course);
    return 'updated';
  }

  private slugTakenByOther(course: Course): boolean {
    return [...this.store.tables.courses.values()].some(
      (other) => other.slug === course.slug && other.id !== course.id,
    );
  }
}

export class InMemoryEnrollmentRepository implements EnrollmentRepository {
  constructor(private readonly store: InMemoryStore) {}

  async findByLearner(userId: string, courseId: string): Promise<Enrollment | undefined> {
    return [...this.store.tables.enrollments.values()].find(
      (e) => e.userId === userId && e.courseId === courseId,
    );
  }

  /** Mirrors enrollments_one_per_learner. */
  async insert(enrollment: Enrollment): Promise<'inserted' | 'duplicate'> {
    if (await this.findByLearner(enrollment.userId, enrollment.courseId)) return 'duplicate';
    if (this.store.tables.enrollments.has(enrollment.id))
      throw new Error(`Duplicate enrollment id ${enrollment.id}`);
    this.store.tables.enrollments.set(enrollment.id, enrollment);
    return 'inserted';
  }

  async update(enrollment: Enrollment): Promise<void> {
    if (this.store.tables.enrollments.has(enrollment.id))
      this.store.tables.enrollments.set(enrollment.id, enrollment);
  }

  async activeOfCourse(courseId: string, afterId: string | null, limit: number): Promise<Enrollment[]> {
    return [...this.store.tables.enrollments.values()]
      .filter((e) => e.courseId === courseId && e.status === 'active' && (afterId === null || e.id > afterId))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit);
  }
}
