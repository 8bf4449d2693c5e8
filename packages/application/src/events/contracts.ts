import { z } from 'zod';

const userRole = z.enum(['jobseeker', 'employer', 'admin']);
const jobStatus = z.enum(['draft', 'open', 'closed']);
const stage = z.enum(['applied', 'screening', 'assessment', 'interview', 'offer']);
const jobPost = z.object({ jobId: z.uuid(), companyId: z.uuid(), title: z.string(), status: jobStatus });
const application = z.object({
  applicationId: z.uuid(),
  jobId: z.uuid(),
  companyId: z.uuid(),
  candidateId: z.uuid(),
});

/**
 * Every event type with its current version and payload schema. Producers are checked against it
 * when they record an event; consumers parse with it; `pnpm events:schema` writes JSON Schema files
 * from it for consumers in other languages.
 */
export const eventContracts = {
  'auth.user.registered': {
    version: 1,
    description: 'A person created an account (or an operator created an admin).',
    schema: z.object({ userId: z.uuid(), email: z.email(), name: z.string(), role: userRole }),
  },
  'auth.user.login': {
    version: 1,
    description: 'A user signed in with their password.',
    schema: z.object({ userId: z.uuid(), ipAddress: z.string() }),
  },
  'auth.user.logout': {
    version: 1,
    description: 'A user signed out; their refresh-token family is revoked.',
    schema: z.object({ userId: z.uuid() }),
  },
  'jobs.company.created': {
    version: 1,
    description: 'An employer created a company and became its owner.',
    schema: z.object({ companyId: z.uuid(), ownerId: z.uuid(), name: z.string(), slug: z.string() }),
  },
  'jobs.company.updated': {
    version: 1,
    description: "A member changed the company's profile.",
    schema: z.object({ companyId: z.uuid() }),
  },
  'jobs.post.created': {
    version: 1,
    description: 'A company created a job, as a draft or published.',
    schema: jobPost,
  },
  'jobs.post.updated': {
    version: 1,
    description: 'A job was edited, published or reopened.',
    schema: jobPost,
  },
  'jobs.post.closed': {
    version: 1,
    description: 'A job stopped taking applications.',
    schema: jobPost,
  },
  'jobs.application.submitted': {
    version: 1,
    description: 'A candidate applied to an open job.',
    schema: application,
  },
  'jobs.application.viewed': {
    version: 1,
    description: 'A company member opened an application for the first time.',
    schema: application.extend({ viewerId: z.uuid() }),
  },
  'jobs.application.stage_changed': {
    version: 1,
    description: 'The employer moved an application to another stage of the pipeline.',
    schema: application.extend({ fromStage: stage, toStage: stage }),
  },
  'jobs.application.rejected': {
    version: 1,
    description: 'The employer or the candidate ended an application, with a reason.',
    schema: application.extend({ reason: z.string(), decidedBy: z.enum(['employer', 'candidate']) }),
  },
  'jobs.application.unrejected': {
    version: 1,
    description: 'The side that rejected undid it; the application is active again at its stage.',
    schema: application.extend({ stage, decidedBy: z.enum(['employer', 'candidate']) }),
  },
  'jobs.application.hired': {
    version: 1,
    description: 'The employer hired the candidate.',
    schema: application,
  },
  'jobs.application.withdrawn': {
    version: 1,
    description: 'The candidate withdrew the application.',
    schema: application,
  },
} as const;

export type EventType = keyof typeof eventContracts;
export type EventData<T extends EventType> = z.infer<(typeof eventContracts)[T]['schema']>;

export function isKnownEventType(type: string): type is EventType {
  return Object.hasOwn(eventContracts, type);
}
