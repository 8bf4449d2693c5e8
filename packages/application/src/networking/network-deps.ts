import { NETWORK_POLICY, type NetworkPolicy } from '@talentsphere/domain/networking';
import type { LiveUpdates } from '../shared/live-updates.port';
import type { Clock, IdGenerator, UnitOfWork } from '../shared/ports';
import type { NetworkQueries } from './network-read-models';

/** What the networking use cases need; the composition root builds one and shares it. */
export interface NetworkDeps {
  readonly uow: UnitOfWork;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly queries: NetworkQueries;
  readonly live: LiveUpdates;
  /** Limits as data; NETWORK_POLICY unless a deployment or test passes its own. */
  readonly policy?: NetworkPolicy;
}

export const policyOf = (deps: Pick<NetworkDeps, 'policy'>): NetworkPolicy => deps.policy ?? NETWORK_POLICY;

/** Where a person's network news is announced (a message or request for them); listeners read again. */
export const networkChannel = (userId: string): string => `network:user:${userId}`;
export interface NetworkNewsMessage {
  readonly kind: 'message' | 'connection';
}
