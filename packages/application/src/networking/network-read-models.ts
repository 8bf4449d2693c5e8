import type { ConnectionStatus, ConversationStatus } from '@talentsphere/domain/networking';

export interface Person {
  readonly userId: string;
  readonly name: string;
}

export interface ConnectionRequestView {
  readonly connectionId: string;
  /** The other person: the requester for incoming requests, the recipient for outgoing ones. */
  readonly person: Person;
  readonly requestedAt: Date;
}

export interface ConnectionView {
  readonly connectionId: string;
  readonly person: Person;
  readonly connectedAt: Date;
}

export interface NetworkOverview {
  readonly incoming: readonly ConnectionRequestView[];
  readonly outgoing: readonly ConnectionRequestView[];
  readonly connections: readonly ConnectionView[];
  /** People the caller blocked (never who blocked the caller). */
  readonly blocked: readonly Person[];
}

export interface SuggestionView {
  readonly person: Person;
  /** Titles of the courses both are enrolled in and the challenges both solved. */
  readonly sharedCourses: readonly string[];
  readonly sharedChallenges: readonly string[];
}

export interface ConversationSummary {
  readonly conversationId: string;
  readonly person: Person;
  readonly status: ConversationStatus;
  /** Whether the caller started it: a `requested` one the caller started awaits the other's answer. */
  readonly startedByMe: boolean;
  readonly unread: number;
  readonly lastMessage: { readonly body: string; readonly fromMe: boolean; readonly sentAt: Date } | null;
  readonly lastMessageAt: Date;
}

export interface MessageView {
  readonly messageId: string;
  readonly senderId: string;
  readonly body: string;
  readonly seq: number;
  readonly sentAt: Date;
}

export interface ConversationDetail extends ConversationSummary {
  /** Oldest first; the latest page. */
  readonly messages: readonly MessageView[];
}

/** What the navigation badge and the live stream show. */
export interface NetworkPulse {
  readonly unreadMessages: number;
  readonly incomingRequests: number;
  readonly messageRequests: number;
  /** The newest message any of the caller's conversations has (its id), so a new one always changes it. */
  readonly latestMessageId: string | null;
}

/** How the caller stands with another person: what a profile's Connect and Message buttons show. */
export interface RelationshipView {
  readonly person: Person;
  readonly connection: {
    readonly connectionId: string;
    readonly status: ConnectionStatus;
    readonly requestedByMe: boolean;
  } | null;
  readonly blockedByMe: boolean;
  readonly conversationId: string | null;
}

/** Read models for networking screens, straight from the tables (no aggregates). */
export interface NetworkQueries {
  overview(userId: string): Promise<NetworkOverview>;
  /**
   * People sharing most courses and solved challenges with `userId`, excluding themself, anyone
   * they are connected with or have a pending request with, and anyone blocked either way.
   */
  suggestions(userId: string, limit: number): Promise<SuggestionView[]>;
  /** Open and requested conversations, newest first (declined ones stay only for their initiator). */
  conversations(userId: string): Promise<ConversationSummary[]>;
  /** Undefined when `userId` is not in it. */
  conversation(
    conversationId: string,
    userId: string,
    limit: number,
  ): Promise<ConversationDetail | undefined>;
  pulse(userId: string): Promise<NetworkPulse>;
  /** Undefined when the other person does not exist or blocked the caller. */
  relationship(userId: string, otherId: string): Promise<RelationshipView | undefined>;
}
