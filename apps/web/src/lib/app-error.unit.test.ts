import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { isPaymentRequired, isRetryable, readError } from './app-error';

/** A client error as tRPC builds it from the server's error envelope. */
function serverError(data: Record<string, unknown>, message = 'server says') {
  return TRPCClientError.from({ error: { code: -32000, message, data } });
}

describe('billing errors', () => {
  it('Given PAYMENT_REQUIRED with BILLING_001, When read, Then it asks for an upgrade in the server words', () => {
    const error = serverError(
      { code: 'PAYMENT_REQUIRED', httpStatus: 402, appCode: 'BILLING_001' },
      'This is a Pro course: upgrade to Pro to enrol.',
    );
    expect(isPaymentRequired(error)).toBe(true);
    expect(readError(error)).toMatchObject({
      code: 'BILLING_001',
      message: 'This is a Pro course: upgrade to Pro to enrol.',
    });
  });

  it('Given another refusal, When checked, Then it is no upgrade prompt', () => {
    const conflict = serverError({ code: 'CONFLICT', httpStatus: 409, appCode: 'BILLING_004' });
    expect(isPaymentRequired(conflict)).toBe(false);
    expect(readError(conflict).message).toBe('You are already subscribed to this plan.');
    expect(isPaymentRequired(new Error('boom'))).toBe(false);
  });

  it('Given a declined card, When read, Then the desk’s reason and the field are kept', () => {
    const declined = serverError(
      {
        code: 'BAD_REQUEST',
        httpStatus: 400,
        appCode: 'PAYMENT_DECLINED',
        fields: { cardNumber: 'Your card was declined' },
      },
      'Your card was declined',
    );
    expect(readError(declined)).toMatchObject({
      message: 'Your card was declined',
      fields: { cardNumber: 'Your card was declined' },
    });
    expect(isRetryable(declined)).toBe(false);
  });

  it('Given no answer or a server failure, When checked, Then the same request may be sent again', () => {
    expect(isRetryable(new TRPCClientError('fetch failed'))).toBe(true);
    expect(isRetryable(serverError({ code: 'SERVICE_UNAVAILABLE', httpStatus: 503 }))).toBe(true);
    expect(isRetryable(serverError({ code: 'TOO_MANY_REQUESTS', httpStatus: 429 }))).toBe(true);
    expect(isRetryable(serverError({ code: 'FORBIDDEN', httpStatus: 403 }))).toBe(false);
  });
});
