import {
  ApplyToJob,
  GetJobPipeline,
  GetMyApplicationToJob,
  HireApplicant,
  ListMyApplications,
  MoveApplication,
  RejectApplication,
  UnrejectApplication,
  ViewApplication,
  WithdrawApplication,
} from './application.use-cases';
import {
  AddRecruiter,
  CreateCompany,
  GetCompany,
  ListMyCompanies,
  ReviewCompany,
  UpdateCompany,
} from './company.use-cases';
import { CloseJob, EditJob, GetJob, ListCompanyJobs, PostJob, PublishJob, SearchJobs } from './job.use-cases';
import type { RecruitingDeps } from './recruiting-deps';

/** Every recruiting use case over one set of dependencies. */
export function createRecruitingServices(deps: RecruitingDeps) {
  return {
    createCompany: new CreateCompany(deps),
    updateCompany: new UpdateCompany(deps),
    addRecruiter: new AddRecruiter(deps),
    reviewCompany: new ReviewCompany(deps),
    getCompany: new GetCompany(deps),
    listMyCompanies: new ListMyCompanies(deps),
    postJob: new PostJob(deps),
    editJob: new EditJob(deps),
    publishJob: new PublishJob(deps),
    closeJob: new CloseJob(deps),
    getJob: new GetJob(deps),
    searchJobs: new SearchJobs(deps),
    listCompanyJobs: new ListCompanyJobs(deps),
    applyToJob: new ApplyToJob(deps),
    moveApplication: new MoveApplication(deps),
    rejectApplication: new RejectApplication(deps),
    unrejectApplication: new UnrejectApplication(deps),
    hireApplicant: new HireApplicant(deps),
    withdrawApplication: new WithdrawApplication(deps),
    viewApplication: new ViewApplication(deps),
    listMyApplications: new ListMyApplications(deps),
    getJobPipeline: new GetJobPipeline(deps),
    getMyApplicationToJob: new GetMyApplicationToJob(deps),
  };
}

export type RecruitingServices = ReturnType<typeof createRecruitingServices>;
