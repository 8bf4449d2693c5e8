import { analyticsRouter } from './analytics.router';
import { authRouter } from './auth.router';
import { billingRouter } from './billing.router';
import { challengeStudioRouter, challengesRouter } from './challenges.router';
import { gamificationRouter } from './gamification.router';
import { certificatesRouter, coursesRouter, studioRouter } from './learning.router';
import { networkRouter } from './network.router';
import { notificationsRouter } from './notifications.router';
import { matchingRouter, profilesRouter } from './profile.router';
import { applicationsRouter, companiesRouter, jobsRouter } from './recruiting.router';
import { router } from './trpc';

export const appRouter = router({
  auth: authRouter,
  companies: companiesRouter,
  jobs: jobsRouter,
  applications: applicationsRouter,
  notifications: notificationsRouter,
  analytics: analyticsRouter,
  courses: coursesRouter,
  certificates: certificatesRouter,
  studio: studioRouter,
  challenges: challengesRouter,
  challengeStudio: challengeStudioRouter,
  billing: billingRouter,
  gamification: gamificationRouter,
  profiles: profilesRouter,
  matching: matchingRouter,
  network: networkRouter,
});

export type AppRouter = typeof appRouter;
