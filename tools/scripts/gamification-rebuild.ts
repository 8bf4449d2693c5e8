// Rebuilds the leaderboards (all time and this ISO week, UTC) from the points ledger. Usage:
//   pnpm gamification:rebuild      (full mode: DATABASE_URL, REDIS_URL and REDIS_KEY_PREFIX as the worker's)
// Embedded mode needs no rebuild: its leaderboards live in the api process, rebuilt at every start.
import { workerConfigSchema } from '@talentsphere/worker/worker-config';
import { rebuildLeaderboardsFromLedger } from './gamification-rebuild.command';

const settings = workerConfigSchema
  .pick({ DATABASE_URL: true, REDIS_URL: true, REDIS_KEY_PREFIX: true })
  .safeParse(process.env);
if (!settings.success) {
  for (const issue of settings.error.issues) console.error(`${issue.path.join('.')}: ${issue.message}`);
  console.error(
    'Embedded mode needs no rebuild: its leaderboards are rebuilt from the ledger at every start.',
  );
  process.exit(2);
}
const rebuilt = await rebuildLeaderboardsFromLedger({
  databaseUrl: settings.data.DATABASE_URL,
  redisUrl: settings.data.REDIS_URL,
  redisKeyPrefix: settings.data.REDIS_KEY_PREFIX,
});
console.log(
  `Leaderboards rebuilt from the ledger: all time ${rebuilt.allTime} players, week ${rebuilt.week} ${rebuilt.weekly} players.`,
);
