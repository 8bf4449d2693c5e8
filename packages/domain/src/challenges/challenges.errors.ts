import {
  type AppError,
  conflict,
  forbidden,
  notFound,
  precondition,
  unavailable,
  validation,
} from '../shared';

// CHALLENGE_* and SUBMISSION_* are ours (the reference lists no challenge codes); stable once shipped.
export const challengeErrors = {
  challengeNotFound: (): AppError => notFound('CHALLENGE_001', 'This challenge does not exist.'),
  notAnAuthor: (): AppError =>
    forbidden('CHALLENGE_002', 'Only the authors of this challenge can change it.'),
  notValidated: (): AppError =>
    precondition(
      'CHALLENGE_003',
      'The reference solution must pass every test of this version before the challenge is published.',
    ),
  transition: (message: string): AppError => precondition('CHALLENGE_004', message),
  slugTaken: (): AppError =>
    conflict('CHALLENGE_005', 'This challenge address is taken; choose another.', {
      fields: { slug: 'This challenge address is taken; choose another.' },
    }),
  notAnInstructor: (): AppError =>
    forbidden('CHALLENGE_006', 'Only instructors can write challenges; sign up as an instructor to teach.'),
  languageNotOffered: (): AppError =>
    precondition('CHALLENGE_007', 'This challenge is not offered in that language.'),
  runnerBusy: (): AppError =>
    unavailable('CHALLENGE_008', 'Too many runs are waiting for the sandbox: try again in a few seconds.', {
      retryAfterSeconds: 5,
    }),
  submissionNotFound: (): AppError => notFound('SUBMISSION_001', 'This submission does not exist.'),
  submissionTransition: (message: string): AppError => precondition('SUBMISSION_002', message),
  invalid: (field: string, message: string): AppError =>
    validation('VALIDATION', message, { fields: { [field]: message } }),
};
