import type { ChallengeDeps } from './challenge-deps';
import {
  GetChallenge,
  GetChallengeLeaderboard,
  GetOverallLeaderboard,
  GetSubmission,
  ListChallenges,
  ListMySubmissions,
  RunSampleTests,
  SubmitSolution,
} from './challenge-solving.use-cases';
import {
  CreateChallenge,
  EditChallenge,
  GetStudioChallenge,
  ListMyChallenges,
} from './challenge-studio.use-cases';
import { WatchSubmission } from './watch-submission.use-case';

/** Every challenge use case over one set of dependencies. */
export function createChallengeServices(deps: ChallengeDeps) {
  return {
    createChallenge: new CreateChallenge(deps),
    editChallenge: new EditChallenge(deps),
    getStudioChallenge: new GetStudioChallenge(deps),
    listMyChallenges: new ListMyChallenges(deps),
    listChallenges: new ListChallenges(deps),
    getChallenge: new GetChallenge(deps),
    runSampleTests: new RunSampleTests(deps),
    submitSolution: new SubmitSolution(deps),
    getSubmission: new GetSubmission(deps),
    watchSubmission: new WatchSubmission(deps),
    listMySubmissions: new ListMySubmissions(deps),
    getChallengeLeaderboard: new GetChallengeLeaderboard(deps),
    getOverallLeaderboard: new GetOverallLeaderboard(deps),
  };
}

export type ChallengeServices = ReturnType<typeof createChallengeServices>;
