import { GetMySkillGap, GetPipelineMatches } from './matching.use-cases';
import { GetMyProfile, GetPublicProfile, UpdateMyProfile } from './profile.use-cases';
import type { ProfileDeps } from './profile-deps';
import { RebuildSkillEvidence } from './rebuild-evidence.use-case';

/** Every profile and matching use case over one set of dependencies. */
export function createProfileServices(deps: ProfileDeps) {
  return {
    getMyProfile: new GetMyProfile(deps),
    getPublicProfile: new GetPublicProfile(deps),
    updateMyProfile: new UpdateMyProfile(deps),
    pipelineMatches: new GetPipelineMatches(deps),
    mySkillGap: new GetMySkillGap(deps),
    rebuildEvidence: new RebuildSkillEvidence(deps),
  };
}

export type ProfileServices = ReturnType<typeof createProfileServices>;
