import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { useNavigate } from 'react-router';
import { isRetryable } from '../../lib/app-error';
import { attemptKey, isInAppPath, type PlanCode } from '../../lib/billing-format';
import { useTRPC } from '../../trpc';

/**
 * Starts a checkout and goes to the provider's page. Each attempt carries a fresh Idempotency-Key;
 * when an attempt got no answer (or a transient one) the next click on the same plan sends the same
 * key, so a checkout the server did create is answered again rather than made twice.
 */
export function useStartCheckout() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const pending = useRef<{ plan: PlanCode; key: string } | null>(null);
  const mutation = useMutation(trpc.billing.checkout.mutationOptions());

  const start = (plan: PlanCode) => {
    const key = attemptKey(pending.current, plan);
    pending.current = { plan, key };
    mutation.mutate(
      { plan, idempotencyKey: key },
      {
        onSuccess: ({ url }) => {
          pending.current = null;
          if (isInAppPath(url)) void navigate(url);
          else window.location.assign(url);
        },
        onError: (error) => {
          if (!isRetryable(error)) pending.current = null;
        },
      },
    );
  };

  return {
    start,
    /** The plan being checked out (for a per-button spinner). */
    startingPlan: mutation.isPending ? mutation.variables?.plan : undefined,
    error: mutation.error,
    failedPlan: mutation.isError ? mutation.variables?.plan : undefined,
    reset: mutation.reset,
  };
}
