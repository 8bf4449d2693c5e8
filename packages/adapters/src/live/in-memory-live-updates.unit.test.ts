import { InMemoryLiveUpdates } from './in-memory-live-updates';
import { liveUpdatesContract } from './live-updates.contract';

// One process: the "other process" is the same bus.
liveUpdatesContract('InMemoryLiveUpdates', async () => {
  const live = new InMemoryLiveUpdates();
  return { live, peer: live, isListening: async (channel) => live.listenerCount(channel) > 0 };
});
