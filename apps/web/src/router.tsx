import { createBrowserRouter } from 'react-router';
import { RequireAuth, RequireGuest } from './auth/route-guards';
import { AppLayout } from './components/app-layout';
import { RouteError } from './components/route-error';
import { ApplicationDetailPage } from './pages/applications/application-detail-page';
import { MyApplicationsPage } from './pages/applications/my-applications-page';
import { PricingPage } from './pages/billing/pricing-page';
import { CertificatePage } from './pages/certificates/certificate-page';
import { ChallengeListPage } from './pages/challenges/challenge-list-page';
import { LeaderboardPage } from './pages/challenges/leaderboard-page';
import { CompanyPage } from './pages/companies/company-page';
import { CourseCatalogPage } from './pages/courses/course-catalog-page';
import { CoursePage } from './pages/courses/course-page';
import { LessonPlayerPage } from './pages/courses/lesson-player-page';
import { ApplicantPage } from './pages/employer/applicant-page';
import { EmployerPage } from './pages/employer/employer-page';
import { JobEditorPage } from './pages/employer/job-editor-page';
import { PipelinePage } from './pages/employer/pipeline-page';
import { PointsLeaderboardPage } from './pages/gamification/points-leaderboard-page';
import { JobBoardPage } from './pages/jobs/job-board-page';
import { JobDetailPage } from './pages/jobs/job-detail-page';
import { LandingPage } from './pages/landing-page';
import { MyLearningPage } from './pages/learning/my-learning-page';
import { MessagesPage } from './pages/messages/messages-page';
import { NetworkPage } from './pages/network/network-page';
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
      { path: 'courses', element: <CourseCatalogPage /> },
      { path: 'courses/:courseId', element: <CoursePage /> },
      { path: 'certificates/:code', element: <CertificatePage /> },
      {
        path: 'profiles/:userId',
        lazy: async () => ({
          Component: (await import('./pages/profile/public-profile-page')).PublicProfilePage,
        }),
      },
      { path: 'challenges', element: <ChallengeListPage /> },
      { path: 'leaderboard', element: <LeaderboardPage /> },
      { path: 'leaderboard/points', element: <PointsLeaderboardPage /> },
      { path: 'pricing', element: <PricingPage /> },
      // The solving page carries the code editor: it loads on first visit.
      {
        path: 'challenges/:challengeId',
        lazy: async () => ({
          Component: (await import('./pages/challenges/challenge-page')).ChallengePage,
        }),
      },
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
          { path: 'courses/:courseId/lessons/:lessonId', element: <LessonPlayerPage /> },
          { path: 'learning', element: <MyLearningPage /> },
          { path: 'network', element: <NetworkPage /> },
          { path: 'messages', element: <MessagesPage /> },
          { path: 'messages/to/:userId', element: <MessagesPage /> },
          { path: 'messages/:conversationId', element: <MessagesPage /> },
          {
            path: 'settings/notifications',
            lazy: async () => ({
              Component: (await import('./pages/settings/notification-preferences-page'))
                .NotificationPreferencesPage,
            }),
          },
          // Billing and the local provider's checkout load on first visit.
          {
            path: 'billing',
            lazy: async () => ({ Component: (await import('./pages/billing/billing-page')).BillingPage }),
          },
          {
            path: 'billing/checkout/:checkoutId',
            lazy: async () => ({ Component: (await import('./pages/billing/checkout-page')).CheckoutPage }),
          },
          // Admins only; the charts library loads with the page.
          {
            path: 'admin/analytics',
            lazy: async () => ({ Component: (await import('./pages/admin/analytics-page')).AnalyticsPage }),
          },
          // The studio (instructors only, with the drag-and-drop editor) loads on first visit.
          {
            path: 'studio',
            lazy: async () => ({ Component: (await import('./pages/studio/studio-page')).StudioPage }),
          },
          {
            path: 'studio/new',
            lazy: async () => ({ Component: (await import('./pages/studio/new-course-page')).NewCoursePage }),
          },
          {
            path: 'studio/challenges',
            lazy: async () => ({
              Component: (await import('./pages/challenge-studio/challenge-studio-page')).ChallengeStudioPage,
            }),
          },
          {
            path: 'studio/challenges/new',
            lazy: async () => ({
              Component: (await import('./pages/challenge-studio/new-challenge-page')).NewChallengePage,
            }),
          },
          {
            path: 'studio/challenges/:challengeId',
            lazy: async () => ({
              Component: (await import('./pages/challenge-studio/challenge-editor-page')).ChallengeEditorPage,
            }),
          },
          {
            path: 'studio/courses/:courseId',
            lazy: async () => ({
              Component: (await import('./pages/studio/course-editor-page')).CourseEditorPage,
            }),
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
