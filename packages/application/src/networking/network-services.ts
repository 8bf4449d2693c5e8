import {
  AnswerConnection,
  BlockMember,
  GetNetwork,
  GetRelationship,
  RemoveConnection,
  RequestConnection,
  SuggestConnections,
  UnblockMember,
  WithdrawConnection,
} from './connections.use-cases';
import {
  AnswerMessageRequest,
  GetConversation,
  GetNetworkPulse,
  ListConversations,
  MarkConversationRead,
  SendMessage,
} from './messaging.use-cases';
import type { NetworkDeps } from './network-deps';
import { WatchNetwork } from './watch-network.use-case';

/** Every networking use case over one set of dependencies. */
export function createNetworkServices(deps: NetworkDeps) {
  return {
    requestConnection: new RequestConnection(deps),
    answerConnection: new AnswerConnection(deps),
    withdrawConnection: new WithdrawConnection(deps),
    removeConnection: new RemoveConnection(deps),
    blockMember: new BlockMember(deps),
    unblockMember: new UnblockMember(deps),
    getNetwork: new GetNetwork(deps),
    suggestConnections: new SuggestConnections(deps),
    getRelationship: new GetRelationship(deps),
    sendMessage: new SendMessage(deps),
    answerMessageRequest: new AnswerMessageRequest(deps),
    markConversationRead: new MarkConversationRead(deps),
    listConversations: new ListConversations(deps),
    getConversation: new GetConversation(deps),
    getNetworkPulse: new GetNetworkPulse(deps),
    watchNetwork: new WatchNetwork(deps),
  };
}

export type NetworkServices = ReturnType<typeof createNetworkServices>;
