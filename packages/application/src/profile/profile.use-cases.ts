import {
  emptyProfile,
  type Profile,
  profileErrors,
  updateProfile,
  verifySkills,
  viewProfile,
} from '@talentsphere/domain/profile';
import type { AppError } from '@talentsphere/domain/shared';
import { err, ok, type ResultAsync } from 'neverthrow';
import type { Actor } from '../shared/actor';
import { asyncResult } from '../shared/async-result';
import type { RequestContext } from '../shared/ports';
import type { ProfileInputDto } from './profile.inputs';
import type { ProfileDeps } from './profile-deps';
import type { ProfilePageView } from './profile-read-models';
import { toEvidenceDto } from './skill-evidence';

/** The page a viewer (null: signed out) may see of a profile, with its skills' evidence. */
async function profilePage(
  deps: Pick<ProfileDeps, 'queries' | 'clock'>,
  userId: string,
  viewerId: string | null,
  stored?: Profile,
): Promise<ProfilePageView | undefined> {
  const name = await deps.queries.nameOf(userId);
  if (name === undefined) return undefined;
  const now = deps.clock.now();
  const profile = stored ?? (await deps.queries.profileOf(userId)) ?? emptyProfile(userId, now);
  const view = viewProfile(profile, viewerId);
  const verifiedSkills =
    view.skills === null
      ? null
      : verifySkills(profile.skills, await deps.queries.evidenceOf(userId), now).map((skill) => ({
          ...skill,
          evidence: skill.evidence.map(toEvidenceDto),
        }));
  return { ...view, name, verifiedSkills, updatedAt: profile.updatedAt.toISOString() };
}

/** The signed-in user's own profile, everything visible, an empty one until they write it. */
export class GetMyProfile {
  constructor(private readonly deps: Pick<ProfileDeps, 'queries' | 'clock'>) {}
  execute(actor: Actor): ResultAsync<ProfilePageView, AppError> {
    return asyncResult(async () => {
      const page = await profilePage(this.deps, actor.userId, actor.userId);
      return page ? ok(page) : err(profileErrors.profileNotFound());
    });
  }
}

/** Anyone's profile as they chose to show it: the owner sees all of it, others its public sections. */
export class GetPublicProfile {
  constructor(private readonly deps: Pick<ProfileDeps, 'queries' | 'clock'>) {}
  execute(viewer: Actor | null, input: { userId: string }): ResultAsync<ProfilePageView, AppError> {
    return asyncResult(async () => {
      const page = await profilePage(this.deps, input.userId, viewer?.userId ?? null);
      return page ? ok(page) : err(profileErrors.profileNotFound());
    });
  }
}

/** The owner writes their profile (only ever their own: the actor is the subject). */
export class UpdateMyProfile {
  constructor(private readonly deps: ProfileDeps) {}
  execute(actor: Actor, input: ProfileInputDto, ctx: RequestContext): ResultAsync<ProfilePageView, AppError> {
    const { deps } = this;
    return deps.uow
      .run(
        (scope) =>
          asyncResult(async () => {
            const now = deps.clock.now();
            const current =
              (await scope.profiles.findByUser(actor.userId, 'update')) ?? emptyProfile(actor.userId, now);
            const updated = updateProfile(current, input, { now });
            if (updated.isErr()) return err(updated.error);
            await scope.profiles.save(updated.value);
            return ok(updated.value);
          }),
        { correlationId: ctx.correlationId },
      )
      .andThen((profile) =>
        asyncResult(async () => {
          const page = await profilePage(deps, actor.userId, actor.userId, profile);
          return page ? ok(page) : err(profileErrors.profileNotFound());
        }),
      );
  }
}
