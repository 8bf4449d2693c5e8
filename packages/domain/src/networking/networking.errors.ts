import {
  type AppError,
  conflict,
  forbidden,
  notFound,
  precondition,
  rateLimited,
  validation,
} from '../shared';

// NETWORK_* are ours (the reference lists no networking codes); stable once shipped.
export const networkErrors = {
  notFound: (what = 'This request'): AppError => notFound('NETWORK_001', `${what} does not exist.`),
  notYours: (message: string): AppError => forbidden('NETWORK_002', message),
  transition: (message: string): AppError => precondition('NETWORK_003', message),
  alreadyLinked: (message: string): AppError => conflict('NETWORK_004', message),
  weeklyCap: (
    cap: number,
    retryAfterSeconds: number,
    what: 'connection requests' | 'message requests' = 'connection requests',
  ): AppError =>
    rateLimited(
      'NETWORK_005',
      `You sent ${cap} ${what} in the last 7 days; you can send more when the oldest is a week old.`,
      { retryAfterSeconds },
    ),
  /** Says neither who blocked whom nor that there is a block at all beyond "not possible". */
  blocked: (): AppError => forbidden('NETWORK_006', 'You cannot connect with or message this person.'),
  tooSoon: (message: string, retryAfterSeconds: number): AppError =>
    precondition('NETWORK_007', message, { retryAfterSeconds }),
  yourself: (): AppError => validation('NETWORK_008', 'You cannot connect with or message yourself.'),
  message: (message: string): AppError => validation('NETWORK_009', message, { fields: { body: message } }),
  awaitingAcceptance: (): AppError =>
    precondition(
      'NETWORK_010',
      'Your message request is waiting for them to accept it; you can write again once they do.',
    ),
  requestDeclined: (): AppError =>
    forbidden('NETWORK_011', 'They declined your message request; connect with them to write again.'),
};
