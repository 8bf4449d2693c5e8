import { type EventData, type EventType, eventContracts } from '../events/contracts';
import type { EventEnvelope } from '../events/envelope';
import type { EventHandler } from '../shared/event-handler';
import type { TransactionScope } from '../shared/ports';

const STAGE_LABEL = {
  applied: 'Applied',
  screening: 'Screening',
  assessment: 'Assessment',
  interview: 'Interview',
  offer: 'Offer',
} as const;

const parse = <T extends EventType>(type: T, envelope: EventEnvelope) =>
  eventContracts[type].schema.parse(envelope.data) as EventData<T>;

/**
 * Tells each side of an application what the other did: the company's members learn of new and
 * withdrawn applications, the candidate of every step the employer takes.
 */
export const recruitingNotifications: EventHandler = {
  consumer: 'notification',
  eventTypes: [
    'jobs.application.submitted',
    'jobs.application.withdrawn',
    'jobs.application.viewed',
    'jobs.application.stage_changed',
    'jobs.application.rejected',
    'jobs.application.unrejected',
    'jobs.application.hired',
  ],
  async handle(envelope, scope, deps) {
    const data = parse('jobs.application.submitted', envelope);
    const job = await scope.jobs.findById(data.jobId);
    const title = job?.title ?? 'a job';
    const toCandidate = (text: { title: string; body: string }) =>
      notify(scope, deps, [data.candidateId], { ...text, link: `/applications/${data.applicationId}` });
    const toCompany = async (text: { title: string; body: string }) => {
      const company = await scope.companies.findById(data.companyId);
      const members = company?.members.map((m) => m.userId) ?? [];
      await notify(scope, deps, members, {
        ...text,
        link: `/employer/jobs/${data.jobId}/applications/${data.applicationId}`,
      });
    };

    switch (envelope.eventType) {
      case 'jobs.application.submitted': {
        const candidate = await scope.users.findById(data.candidateId);
        return toCompany({
          title: `New applicant for ${title}`,
          body: `${candidate?.name ?? 'A candidate'} applied.`,
        });
      }
      case 'jobs.application.withdrawn': {
        const candidate = await scope.users.findById(data.candidateId);
        return toCompany({
          title: `Application withdrawn: ${title}`,
          body: `${candidate?.name ?? 'The candidate'} withdrew.`,
        });
      }
      case 'jobs.application.viewed':
        return toCandidate({
          title: `Your application was viewed`,
          body: `The employer opened your application for ${title}.`,
        });
      case 'jobs.application.stage_changed': {
        const { toStage } = parse('jobs.application.stage_changed', envelope);
        return toCandidate({
          title: `Moved to ${STAGE_LABEL[toStage]}`,
          body: `Your application for ${title} is now at ${STAGE_LABEL[toStage]}.`,
        });
      }
      case 'jobs.application.rejected': {
        const { decidedBy, reason } = parse('jobs.application.rejected', envelope);
        if (decidedBy === 'candidate')
          return toCompany({ title: `Candidate declined: ${title}`, body: reason });
        return toCandidate({
          title: `Update on ${title}`,
          body: `The employer closed your application: ${reason}`,
        });
      }
      case 'jobs.application.unrejected': {
        const { decidedBy } = parse('jobs.application.unrejected', envelope);
        if (decidedBy === 'candidate') {
          return toCompany({
            title: `Candidate is back: ${title}`,
            body: 'The candidate undid their decline.',
          });
        }
        return toCandidate({
          title: `Back in the running for ${title}`,
          body: 'The rejection of your application was undone.',
        });
      }
      case 'jobs.application.hired':
        return toCandidate({
          title: `You're hired!`,
          body: `Congratulations: you have been hired for ${title}.`,
        });
    }
  },
};

async function notify(
  scope: TransactionScope,
  deps: Parameters<EventHandler['handle']>[2],
  userIds: readonly string[],
  text: { title: string; body: string; link: string },
): Promise<void> {
  for (const userId of userIds) {
    await scope.notifications.insert({
      id: deps.ids.next(),
      userId,
      category: 'recruiting',
      ...text,
      createdAt: deps.clock.now(),
    });
  }
}
