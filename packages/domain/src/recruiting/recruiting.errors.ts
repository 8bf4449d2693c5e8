import {
  type AppError,
  conflict,
  forbidden,
  notFound,
  paymentRequired,
  precondition,
  validation,
} from '../shared';

// Stable codes from the reference (JOB_*, COMPANY_*) plus the recruiting rules that need their own.
export const recruitingErrors = {
  jobNotFound: (): AppError => notFound('JOB_001', 'This job does not exist or is no longer available.'),
  jobClosed: (): AppError => precondition('JOB_002', 'This job is not taking applications.'),
  alreadyApplied: (): AppError => conflict('JOB_003', 'You have already applied to this job.'),
  companyNotFound: (): AppError => notFound('COMPANY_001', 'This company does not exist.'),
  notAMember: (): AppError => forbidden('COMPANY_002', 'Only members of this company can do that.'),
  ownerOnly: (): AppError => forbidden('COMPANY_002', 'Only the owner of this company can do that.'),
  slugTaken: (): AppError =>
    conflict('COMPANY_003', 'This company address is taken; choose another.', {
      fields: { slug: 'This company address is taken; choose another.' },
    }),
  /** BILLING_001: the code the web switches on to offer an upgrade. */
  noRecruiterSeat: (planName: string, limit: number): AppError =>
    paymentRequired(
      'BILLING_001',
      `The ${planName} plan includes ${limit} recruiter seat${limit === 1 ? '' : 's'}, all taken; upgrade to add more recruiters.`,
    ),
  ownReview: (): AppError => forbidden('COMPANY_004', 'Members cannot review their own company.'),
  alreadyReviewed: (): AppError => conflict('COMPANY_005', 'You have already reviewed this company.'),
  applicationNotFound: (): AppError => notFound('APPLICATION_001', 'This application does not exist.'),
  illegalTransition: (message: string): AppError => precondition('APPLICATION_002', message),
  invalid: (field: string, message: string): AppError =>
    validation('VALIDATION', message, { fields: { [field]: message } }),
  jobTransition: (message: string): AppError => precondition('JOB_004', message),
};
