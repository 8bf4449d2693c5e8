export const AUDIT_ACTIONS = [
  'user.registered',
  'user.login.succeeded',
  'user.login.failed',
  'user.login.rate_limited',
  'session.refreshed',
  'session.refresh_reuse_detected',
  'user.logout',
  'admin.created',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  readonly action: AuditAction;
  readonly userId: string | null;
  readonly ipAddress: string | null;
  readonly correlationId: string;
  /** Free-form details; secrets are redacted by the adapter before anything is stored. */
  readonly details: Record<string, unknown>;
}

/** Append-only security log. */
export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
}

const SECRET_KEYS = /pass(word)?|token|secret|api[-_]?key|authorization|cookie|credit[-_]?card|ssn/i;

/** Replaces the values of secret-looking keys, at any depth, with "[REDACTED]". */
export function redactSecrets(details: Record<string, unknown>): Record<string, unknown> {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, inner]) => [
          key,
          SECRET_KEYS.test(key) ? '[REDACTED]' : walk(inner),
        ]),
      );
    }
    return value;
  };
  return walk(details) as Record<string, unknown>;
}
