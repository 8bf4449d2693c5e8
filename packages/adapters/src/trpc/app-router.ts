import { authRouter } from './auth.router';
import { notificationsRouter } from './notifications.router';
import { applicationsRouter, companiesRouter, jobsRouter } from './recruiting.router';
import { router } from './trpc';

export const appRouter = router({
  auth: authRouter,
  companies: companiesRouter,
  jobs: jobsRouter,
  applications: applicationsRouter,
  notifications: notificationsRouter,
});

export type AppRouter = typeof appRouter;
