import { InMemoryLeaderboardStore } from '../in-memory/in-memory-leaderboard-store';
import { leaderboardStoreContract } from './leaderboard-store.contract';

leaderboardStoreContract('in-memory', async () => new InMemoryLeaderboardStore());
