export * from './redis-leaderboard-store';
