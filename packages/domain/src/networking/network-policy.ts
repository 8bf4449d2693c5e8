/** The networking limits, as data: a deployment (or a test) may pass its own. */
export interface NetworkPolicy {
  /** Connection requests one person may send in any rolling window of `capWindowDays`. */
  readonly weeklyRequestCap: number;
  readonly capWindowDays: number;
  /**
   * Message requests (a first message to a non-connection) one person may start in the same window:
   * without it, writing to strangers would get round the connection-request cap.
   */
  readonly weeklyMessageRequestCap: number;
  /** After the recipient ignored a request, its sender waits this long before asking the same person again. */
  readonly reRequestAfterIgnoredDays: number;
  /** After withdrawing, the sender waits this long, so request-and-withdraw cannot spam someone's inbox. */
  readonly reRequestAfterWithdrawnDays: number;
  /** Characters in a message between people who may write freely. */
  readonly messageMaxLength: number;
  /** Characters in a message request to a non-connection: a short note, like a connection note. */
  readonly messageRequestMaxLength: number;
}

export const NETWORK_POLICY: NetworkPolicy = {
  weeklyRequestCap: 20,
  capWindowDays: 7,
  weeklyMessageRequestCap: 20,
  reRequestAfterIgnoredDays: 30,
  reRequestAfterWithdrawnDays: 1,
  messageMaxLength: 2000,
  messageRequestMaxLength: 500,
};

export const DAY_MS = 86_400_000;
