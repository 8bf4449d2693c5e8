import { type AppError, conflict, forbidden, notFound, precondition, validation } from '../shared';

// COURSE_* and ENROLLMENT_* are ours (the reference lists no learning codes); they stay stable once shipped.
export const learningErrors = {
  courseNotFound: (): AppError => notFound('COURSE_001', 'This course does not exist.'),
  notAnAuthor: (): AppError => forbidden('COURSE_002', 'Only the authors of this course can change it.'),
  noLessons: (): AppError =>
    precondition('COURSE_003', 'A published course needs at least one lesson; add one first.'),
  courseTransition: (message: string): AppError => precondition('COURSE_004', message),
  partNotFound: (what: 'section' | 'lesson'): AppError =>
    notFound('COURSE_005', `This ${what} is not part of the course.`),
  slugTaken: (): AppError =>
    conflict('COURSE_006', 'This course address is taken; choose another.', {
      fields: { slug: 'This course address is taken; choose another.' },
    }),
  notAnInstructor: (): AppError =>
    forbidden('COURSE_007', 'Only instructors can create courses; sign up as an instructor to teach.'),
  freeCourseStaysFree: (): AppError =>
    precondition(
      'COURSE_008',
      'A published free course stays free: its learners enrolled for free. Create a new course to offer it as Pro.',
    ),
  enrollmentNotFound: (): AppError => notFound('ENROLLMENT_001', 'You are not enrolled in this course.'),
  alreadyEnrolled: (): AppError => conflict('ENROLLMENT_002', 'You are already enrolled in this course.'),
  enrollmentTransition: (message: string): AppError => precondition('ENROLLMENT_003', message),
  courseNotOpen: (): AppError => precondition('ENROLLMENT_004', 'This course is not open for enrolment.'),
  challengeNotPassed: (): AppError =>
    precondition('ENROLLMENT_005', 'Pass the linked challenge to complete this lesson.'),
  authorEnrollment: (): AppError =>
    forbidden('ENROLLMENT_006', 'You are an author of this course: authors preview it and do not enrol.'),
  certificateNotFound: (): AppError =>
    notFound('CERTIFICATE_001', 'No certificate has this verification code.'),
  invalid: (field: string, message: string): AppError =>
    validation('VALIDATION', message, { fields: { [field]: message } }),
};
