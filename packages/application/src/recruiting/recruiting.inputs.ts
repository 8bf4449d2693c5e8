import {
  APPLICATION_STAGES,
  COMPANY_SIZES,
  EMPLOYMENT_TYPES,
  REMOTE_POLICIES,
} from '@talentsphere/domain/recruiting';
import { z } from 'zod';
import { skillListInput } from '../shared/edge-inputs';

// Edge shapes and sizes; the rules with meaning live in the domain.

const url = z.string().trim().max(500);
const optionalUrl = url.transform((v) => v || null).nullable();

export const companyProfileInput = z.object({
  name: z.string().trim().min(1, 'Enter the company name.').max(100),
  slug: z.string().trim().toLowerCase().min(1, 'Choose the company address.').max(60),
  description: z.string().max(10_000).default(''),
  website: optionalUrl.default(null),
  location: z.string().trim().max(100).default(''),
  size: z.enum(COMPANY_SIZES),
  logoUrl: optionalUrl.default(null),
});

export const createCompanyInput = companyProfileInput;
export const updateCompanyInput = companyProfileInput.extend({ companyId: z.uuid() });
export const addRecruiterInput = z.object({ companyId: z.uuid(), email: z.string().trim().min(3).max(254) });
export const reviewCompanyInput = z.object({
  companyId: z.uuid(),
  rating: z.number().int().min(1).max(5),
  body: z.string().max(5000),
});

export const jobPostingInput = z.object({
  title: z.string().trim().min(1, 'Enter a title.').max(120),
  description: z.string().max(20_000),
  requirements: z.array(z.string().max(300)).max(30).default([]),
  location: z.string().trim().max(100).default(''),
  remotePolicy: z.enum(REMOTE_POLICIES),
  employmentType: z.enum(EMPLOYMENT_TYPES),
  salary: z
    .object({
      min: z.number().int().min(0),
      max: z.number().int().min(0),
      currency: z.string().length(3).toUpperCase(),
    })
    .nullable()
    .default(null),
  skills: skillListInput(20),
});

export const postJobInput = jobPostingInput.extend({
  companyId: z.uuid(),
  publish: z.boolean().default(false),
});
export const editJobInput = jobPostingInput.extend({ jobId: z.uuid() });
export const jobIdInput = z.object({ jobId: z.uuid() });
export const companyIdInput = z.object({ companyId: z.uuid() });
export const companySlugInput = z.object({ slug: z.string().trim().toLowerCase().min(1).max(60) });

export const applyInput = z.object({
  jobId: z.uuid(),
  coverLetter: z.string().max(5000).default(''),
  resumeUrl: optionalUrl.default(null),
});
export const applicationIdInput = z.object({ applicationId: z.uuid() });
export const moveApplicationInput = applicationIdInput.extend({ stage: z.enum(APPLICATION_STAGES) });
export const rejectApplicationInput = applicationIdInput.extend({ reason: z.string().max(1000) });

export type CompanyProfileInputDto = z.infer<typeof companyProfileInput>;
export type JobPostingInputDto = z.infer<typeof jobPostingInput>;
