import { createBrowserRouter } from 'react-router';
import { RequireAuth, RequireGuest } from './auth/route-guards';
import { AppLayout } from './components/app-layout';
import { RouteError } from './components/route-error';
import { ApplicationDetailPage } from './pages/applications/application-detail-page';
import { MyApplicationsPage } from './pages/applications/my-applications-page';
import { CompanyPage } from './pages/companies/company-page';
import { ApplicantPage } from './pages/employer/applicant-page';
import { EmployerPage } from './pages/employer/employer-page';
import { JobEditorPage } from './pages/employer/job-editor-page';
import { PipelinePage } from './pages/employer/pipeline-page';
import { JobBoardPage } from './pages/jobs/job-board-page';
import { JobDetailPage } from './pages/jobs/job-detail-page';
import { LandingPage } from './pages/landing-page';
import { NotFoundPage } from './pages/not-found-page';
import { ProfilePage } from './pages/profile-page';
import { SignInPage } from './pages/sign-in-page';
import { SignUpPage } from './pages/sign-up-page';

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <LandingPage /> },
      {
        element: <RequireGuest />,
        children: [
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'sign-up', element: <SignUpPage /> },
        ],
      },
      { path: 'jobs', element: <JobBoardPage /> },
      { path: 'jobs/:id', element: <JobDetailPage /> },
      { path: 'companies/:slug', element: <CompanyPage /> },
      {
        element: <RequireAuth />,
        children: [
          { path: 'profile', element: <ProfilePage /> },
          { path: 'applications', element: <MyApplicationsPage /> },
          { path: 'applications/:id', element: <ApplicationDetailPage /> },
          { path: 'employer', element: <EmployerPage /> },
          { path: 'employer/jobs/new', element: <JobEditorPage /> },
          { path: 'employer/jobs/:jobId/edit', element: <JobEditorPage /> },
          { path: 'employer/jobs/:jobId', element: <PipelinePage /> },
          { path: 'employer/jobs/:jobId/applications/:applicationId', element: <ApplicantPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
