export * from './course-views';
export * from './crypto-verification-codes';
export * from './kysely-challenge-progress';
export * from './kysely-course.repository';
export * from './kysely-enrollment.repository';
export * from './kysely-learning-queries';
