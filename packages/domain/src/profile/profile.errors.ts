import { type AppError, forbidden, notFound, validation } from '../shared';

// PROFILE_* and MATCH_* are ours (the reference lists no profile codes); they stay stable once shipped.
export const profileErrors = {
  profileNotFound: (): AppError => notFound('PROFILE_001', 'This profile does not exist.'),
  notYourProfile: (): AppError => forbidden('PROFILE_002', 'Only the owner can change this profile.'),
  matchForbidden: (): AppError =>
    forbidden('MATCH_001', "Only the hiring company's members can see applicants' match scores."),
  invalid: (field: string, message: string): AppError =>
    validation('VALIDATION', message, { fields: { [field]: message } }),
};
