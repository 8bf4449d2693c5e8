/** Free text as one line: trimmed, every run of white space folded to a single space. */
export const oneLine = (text: string): string => text.trim().replace(/\s+/g, ' ');
