import { TRPCClientError } from '@trpc/client';

/** What a screen needs to show for a failed call: one sentence, plus per-field messages. */
export interface ReadableError {
  readonly code: string | undefined;
  readonly message: string;
  readonly fields: Readonly<Record<string, string>>;
  readonly retryAfterSeconds: number | undefined;
}

// The server's error data; read structurally so a stale client still shows something sensible.
interface ErrorData {
  appCode?: unknown;
  code?: unknown;
  httpStatus?: unknown;
  fields?: unknown;
  retryAfterSeconds?: unknown;
}

const messages: Record<string, string> = {
  AUTH_001: 'That email and password do not match an account. Check them and try again.',
  AUTH_002: 'Your session has expired. Please sign in again.',
  AUTH_003: 'An account with this email already exists. Sign in instead, or use another email.',
  JOB_001: 'This job does not exist or is no longer available.',
  JOB_002: 'This job is not taking applications.',
  JOB_003: 'You have already applied to this job.',
  JOB_004: 'This job cannot make that change in its current state.',
  COMPANY_001: 'This company does not exist.',
  COMPANY_002: 'Only members of this company can do that.',
  COMPANY_003: 'This company address is taken; choose another.',
  COMPANY_004: 'Members cannot review their own company.',
  COMPANY_005: 'You have already reviewed this company.',
  APPLICATION_001: 'This application does not exist.',
  APPLICATION_002: 'This application cannot make that move in its current state.',
  COURSE_001: 'This course does not exist or is no longer available.',
  COURSE_002: 'Only the authors of this course can change it.',
  COURSE_003: 'A published course needs at least one lesson; add one first.',
  COURSE_004: 'This course cannot make that change in its current state.',
  COURSE_005: 'That section or lesson is no longer part of the course. Reload to see the latest version.',
  COURSE_006: 'This course address is taken; choose another.',
  COURSE_007: 'Only instructors can create courses; sign up as an instructor to teach.',
  COURSE_008:
    'A published free course stays free: its learners enrolled for free. Create a new course to offer it as Pro.',
  ENROLLMENT_001: 'You are not enrolled in this course.',
  ENROLLMENT_002: 'You are already enrolled in this course.',
  ENROLLMENT_003: 'Your enrolment cannot make that change in its current state.',
  ENROLLMENT_004: 'This course is not open for enrolment.',
  ENROLLMENT_005: 'Pass the linked challenge to complete this lesson.',
  ENROLLMENT_006: 'You are an author of this course: authors preview it and do not enrol.',
  CERTIFICATE_001: 'No certificate has this verification code.',
  CHALLENGE_001: 'This challenge does not exist or is no longer available.',
  CHALLENGE_002: 'Only the authors of this challenge can change it.',
  CHALLENGE_003:
    'The reference solution must pass every test of this version before the challenge is published.',
  CHALLENGE_004: 'This challenge cannot make that change in its current state.',
  CHALLENGE_005: 'This challenge address is taken; choose another.',
  CHALLENGE_006: 'Only instructors can write challenges; sign up as an instructor to teach.',
  CHALLENGE_007: 'This challenge is not offered in that language.',
  SUBMISSION_001: 'This submission does not exist.',
  SUBMISSION_002: 'This submission cannot make that change in its current state.',
  BILLING_001: 'This needs a paid plan. Upgrade to continue.',
  BILLING_002: 'There is no such plan.',
  BILLING_003: 'This plan is not offered to your kind of account.',
  BILLING_004: 'You are already subscribed to this plan.',
  BILLING_005: 'You have no subscription to change.',
  BILLING_006: 'Your subscription cannot make that change in its current state.',
  BILLING_007: 'The free plan needs no checkout.',
  BILLING_008: 'Managing cards is only offered by the card provider; use this page instead.',
  BILLING_009: 'This request was already used for another plan. Start again from the pricing page.',
  BILLING_011: 'This checkout does not exist.',
  NETWORK_001: 'This person, request or conversation does not exist.',
  NETWORK_002: 'Only the other person can answer this.',
  NETWORK_003: 'This request was already answered.',
  NETWORK_004: 'There is already a request between you.',
  NETWORK_006: 'You cannot connect with or message this person.',
  NETWORK_007: 'You asked this person recently; try again later.',
  NETWORK_008: 'You cannot connect with or message yourself.',
  NETWORK_009: 'This message is empty or too long.',
  NETWORK_010: 'Your message request is waiting for them to accept it.',
  NETWORK_011: 'They declined your message request; connect with them to write again.',
  PAYMENT_DECLINED: 'Your card was declined. Try another card.',
  PAYMENT_CARD_INVALID: 'This is not a valid card number.',
  PAYMENT_CHECKOUT_CLOSED: 'This checkout is closed. Start again from the pricing page.',
  PAYMENT_PROVIDER_UNAVAILABLE: 'The payment provider could not be reached. Please try again in a moment.',
  PAYMENT_REQUIRED: 'This needs a paid plan. Upgrade to continue.',
  VALIDATION: 'Some details need another look. See the highlighted fields.',
  BAD_REQUEST: 'Some details need another look. See the highlighted fields.',
  UNAUTHORIZED: 'Please sign in to continue.',
  FORBIDDEN: 'You do not have access to this.',
  NOT_FOUND: 'We could not find what you were looking for.',
  SERVICE_UNAVAILABLE: 'TalentSphere is briefly unavailable. Please try again in a moment.',
};

// Codes whose server message names the particular reason (which transition, what changed meanwhile).
// Billing's say which plan or limit is in the way, and the card desk why a card was refused.
const serverWorded = new Set([
  'COURSE_004',
  'ENROLLMENT_003',
  'CHALLENGE_004',
  'SUBMISSION_002',
  'BILLING_001',
  'BILLING_006',
  'NETWORK_004',
  'NETWORK_005',
  'NETWORK_007',
  'NETWORK_009',
  'TOO_MANY_LIVE_STREAMS',
  'PAYMENT_DECLINED',
  'PAYMENT_CHECKOUT_CLOSED',
]);

const fallback = 'Something went wrong on our side. Please try again.';
const offline = 'We could not reach TalentSphere. Check your connection and try again.';

export function readError(error: unknown): ReadableError {
  if (!(error instanceof TRPCClientError)) {
    return { code: undefined, message: fallback, fields: {}, retryAfterSeconds: undefined };
  }
  const data = (error.data ?? undefined) as ErrorData | undefined;
  if (!data) {
    // No tRPC payload: the request never got an answer (offline, proxy down, server restarting).
    return { code: 'NETWORK', message: offline, fields: {}, retryAfterSeconds: undefined };
  }
  const appCode = typeof data.appCode === 'string' ? data.appCode : undefined;
  const trpcCode = typeof data.code === 'string' ? data.code : undefined;
  const code = appCode ?? trpcCode;
  const fields = readFields(data.fields);
  const retryAfterSeconds = typeof data.retryAfterSeconds === 'number' ? data.retryAfterSeconds : undefined;
  // A limit with its own wording (the weekly connection cap) says which limit; others read as attempts.
  if ((code === 'RATE_LIMITED' || trpcCode === 'TOO_MANY_REQUESTS') && !(code && serverWorded.has(code))) {
    const wait = retryAfterSeconds ? ` in ${formatWait(retryAfterSeconds)}` : ' in a little while';
    return { code, message: `Too many attempts. Please try again${wait}.`, fields, retryAfterSeconds };
  }
  const message =
    (code && serverWorded.has(code) && error.message) ||
    ((code && messages[code]) ?? (trpcCode && messages[trpcCode]) ?? fallback);
  return { code, message, fields, retryAfterSeconds };
}

/** The server refused for want of a paid plan (BILLING_001, HTTP 402): offer an upgrade. */
export function isPaymentRequired(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const data = error.data as ErrorData | undefined;
  return data?.appCode === 'BILLING_001' || data?.code === 'PAYMENT_REQUIRED' || data?.httpStatus === 402;
}

/**
 * Whether the same request may succeed if sent again (no answer, or the server was briefly unable):
 * a retry then keeps its Idempotency-Key, so a request that did land is not repeated.
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const data = error.data as ErrorData | undefined;
  if (!data) return true;
  return typeof data.httpStatus === 'number' && (data.httpStatus >= 500 || data.httpStatus === 429);
}

export function isSessionError(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const data = error.data as ErrorData | undefined;
  return data?.code === 'UNAUTHORIZED' || data?.httpStatus === 401;
}

function readFields(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

function formatWait(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} second${Math.ceil(seconds) === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
