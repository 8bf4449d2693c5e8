// The server enforces these (NETWORK_009 names the body); the composer counts against them as you type.
export const MESSAGE_MAX_LENGTH = 2000;
export const MESSAGE_REQUEST_MAX_LENGTH = 500;

/** What a conversation's composer allows: free messages once open, a short note for a request. */
export const composerLimit = (open: boolean): number =>
  open ? MESSAGE_MAX_LENGTH : MESSAGE_REQUEST_MAX_LENGTH;

/** Clock time for today's messages, the date for older ones. */
export function formatMessageTime(iso: string, now = new Date()): string {
  const at = new Date(iso);
  const sameDay = at.toDateString() === now.toDateString();
  return sameDay
    ? at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
    : at.toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}
