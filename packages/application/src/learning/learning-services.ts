import { GetCertificate, GetCourse, SearchCatalog } from './course-catalog.use-cases';
import { CreateCourse, EditCourse, GetStudioCourse, ListMyCourses } from './course-studio.use-cases';
import {
  CancelEnrollment,
  CompleteLesson,
  EnrollInCourse,
  GetLesson,
  GetMyEnrollment,
  ListMyLearning,
  VisitLesson,
} from './enrollment.use-cases';
import type { LearningDeps } from './learning-deps';

/** Every learning use case over one set of dependencies. */
export function createLearningServices(deps: LearningDeps) {
  return {
    createCourse: new CreateCourse(deps),
    editCourse: new EditCourse(deps),
    getStudioCourse: new GetStudioCourse(deps),
    listMyCourses: new ListMyCourses(deps),
    searchCatalog: new SearchCatalog(deps),
    getCourse: new GetCourse(deps),
    getCertificate: new GetCertificate(deps),
    enroll: new EnrollInCourse(deps),
    cancelEnrollment: new CancelEnrollment(deps),
    visitLesson: new VisitLesson(deps),
    completeLesson: new CompleteLesson(deps),
    getMyEnrollment: new GetMyEnrollment(deps),
    getLesson: new GetLesson(deps),
    listMyLearning: new ListMyLearning(deps),
  };
}

export type LearningServices = ReturnType<typeof createLearningServices>;
