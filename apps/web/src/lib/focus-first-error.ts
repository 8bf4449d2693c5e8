/**
 * Moves keyboard focus to the first field (in visual order) that has an error, so screen reader and
 * keyboard users land on what needs fixing.
 */
export function focusFirstError(
  order: readonly string[],
  errors: Readonly<Record<string, unknown>>,
  getNode: (path: string) => HTMLElement | null,
): void {
  const first = order.find((field) => errors[field]);
  if (!first) return;
  const node = getNode(first);
  // Radio groups put the data-path on a wrapper; focus the first control inside it.
  const target = node?.matches('input, textarea, select, button')
    ? node
    : node?.querySelector<HTMLElement>('input, button, [tabindex]');
  target?.focus();
}
