import {
  matchApplicant,
  planLearningPath,
  profileErrors,
  type RequirementMatch,
  skillGap,
} from '@talentsphere/domain/profile';
import { recruitingErrors } from '@talentsphere/domain/recruiting';
import type { AppError, SkillLevel } from '@talentsphere/domain/shared';
import { err, ok, type ResultAsync } from 'neverthrow';
import type { Actor } from '../shared/actor';
import { asyncResult } from '../shared/async-result';
import type { PipelineMatchesInput } from './profile.inputs';
import type { ProfileDeps } from './profile-deps';
import type { ApplicantMatch, LearningStepDto, RequirementMatchDto } from './profile-read-models';
import { toEvidenceDto } from './skill-evidence';

const toRequirementDto = (requirement: RequirementMatch, anonymous: boolean): RequirementMatchDto => ({
  ...requirement,
  // Anonymous screening: a certificate's page names its holder, and the evidence ids carry the
  // enrollment, certificate or submission id, so both give way to an id that points nowhere.
  evidence: requirement.evidence.map((e, index) =>
    anonymous
      ? { ...toEvidenceDto(e), id: `${requirement.skill}-${index + 1}`, link: null }
      : toEvidenceDto(e),
  ),
});

export interface PipelineMatches {
  readonly job: {
    readonly id: string;
    readonly title: string;
    readonly skills: readonly { name: string; level: SkillLevel }[];
  };
  readonly anonymous: boolean;
  readonly applicants: readonly ApplicantMatch[];
}

/**
 * A job's applicants with their match scores and explanations, for the hiring company's members and
 * admins only (MATCH_001 for anyone else; a draft stays JOB_001). Sorted by score (best first, then
 * who applied first) or by application order; `minScore` filters; `anonymous` leaves names, photos,
 * evidence links and source ids out of the answer so screening is blind on the server, not just on
 * screen.
 *
 * Applying shares the applicant's verified evidence with the hiring company whatever their profile's
 * skills visibility says: that visibility governs the public profile, and the profile editor and the
 * apply action both tell the candidate so.
 */
export class GetPipelineMatches {
  constructor(private readonly deps: Pick<ProfileDeps, 'queries' | 'recruiting'>) {}

  execute(actor: Actor, input: PipelineMatchesInput): ResultAsync<PipelineMatches, AppError> {
    const { deps } = this;
    return asyncResult(async () => {
      const job = await deps.recruiting.jobDetail(input.jobId);
      if (!job) return err(recruitingErrors.jobNotFound());
      const member =
        actor.role === 'admin' || (await deps.recruiting.memberRole(job.company.id, actor.userId));
      if (!member)
        return err(job.status === 'draft' ? recruitingErrors.jobNotFound() : profileErrors.matchForbidden());
      const applications = [...(await deps.recruiting.applicationsOfJob(job.id))].sort(
        (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
      );
      const userIds = applications.map((a) => a.candidate.id);
      const [evidence, photos] = await Promise.all([
        deps.queries.evidenceOfUsers(userIds),
        input.anonymous ? Promise.resolve(new Map<string, string | null>()) : deps.queries.photosOf(userIds),
      ]);
      const rows = applications.map((application, index): ApplicantMatch => {
        const match = matchApplicant(job.skills, evidence.get(application.candidate.id) ?? []);
        return {
          applicationId: application.id,
          candidate: input.anonymous
            ? null
            : {
                id: application.candidate.id,
                name: application.candidate.name,
                photoUrl: photos.get(application.candidate.id) ?? null,
              },
          alias: `Applicant ${index + 1}`,
          stage: application.stage,
          status: application.status,
          appliedAt: application.createdAt,
          score: match.score,
          requirements: match.requirements.map((r) => toRequirementDto(r, input.anonymous)),
        };
      });
      const kept = rows.filter((row) => row.score >= input.minScore);
      if (input.sort === 'score') kept.sort((a, b) => b.score - a.score);
      return ok({
        job: { id: job.id, title: job.title, skills: job.skills },
        anonymous: input.anonymous,
        applicants: kept,
      });
    });
  }
}

export interface SkillGapView {
  readonly job: { readonly id: string; readonly title: string };
  readonly score: number;
  readonly requirements: readonly RequirementMatchDto[];
  /** Courses first, then challenges: the first step is what "Start" opens. */
  readonly path: readonly LearningStepDto[];
  readonly uncovered: readonly string[];
}

/**
 * The signed-in candidate's match to a public job, what is missing, and the published courses and
 * challenges that close it, in the order to take them.
 */
export class GetMySkillGap {
  constructor(private readonly deps: Pick<ProfileDeps, 'queries' | 'recruiting'>) {}

  execute(actor: Actor, input: { jobId: string }): ResultAsync<SkillGapView, AppError> {
    const { deps } = this;
    return asyncResult(async () => {
      const job = await deps.recruiting.jobDetail(input.jobId);
      if (!job || job.status === 'draft') return err(recruitingErrors.jobNotFound());
      const match = matchApplicant(job.skills, await deps.queries.evidenceOf(actor.userId));
      const gap = skillGap(match);
      const options = gap.length === 0 ? [] : await deps.queries.learningOptions(gap.map((g) => g.skill));
      const path = planLearningPath(gap, options);
      return ok({
        job: { id: job.id, title: job.title },
        score: match.score,
        requirements: match.requirements.map((r) => toRequirementDto(r, false)),
        path: path.steps.map(({ kind, id, title, closes }) => ({ kind, id, title, closes })),
        uncovered: path.uncovered,
      });
    });
  }
}
