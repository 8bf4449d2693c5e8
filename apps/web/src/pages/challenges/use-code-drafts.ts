import { useCallback, useState } from 'react';
import type { Language } from '../../lib/challenge-format';

type Drafts = Partial<Record<Language, string>>;

const storageKey = (challengeId: string, language: Language) =>
  `talentsphere:challenge-draft:${challengeId}:${language}`;

function readStored(challengeId: string, language: Language): string | null {
  try {
    return window.localStorage.getItem(storageKey(challengeId, language));
  } catch {
    // Storage can be refused (private modes, quotas): the editor then simply starts from the starter code.
    return null;
  }
}

function writeStored(challengeId: string, language: Language, code: string | null): void {
  try {
    if (code === null) window.localStorage.removeItem(storageKey(challengeId, language));
    else window.localStorage.setItem(storageKey(challengeId, language), code);
  } catch {
    // Not saving a draft is harmless; the code stays in the editor for this visit.
  }
}

/**
 * The learner's code per language for one challenge, kept in this browser so a reload or a language
 * switch loses nothing. A language never edited shows its starter code.
 */
export function useCodeDrafts(challengeId: string, starterCode: Drafts) {
  const [drafts, setDrafts] = useState<Drafts>({});

  const codeFor = useCallback(
    (language: Language): string =>
      drafts[language] ?? readStored(challengeId, language) ?? starterCode[language] ?? '',
    [drafts, challengeId, starterCode],
  );

  const setCode = useCallback(
    (language: Language, code: string) => {
      setDrafts((current) => ({ ...current, [language]: code }));
      writeStored(challengeId, language, code);
    },
    [challengeId],
  );

  /** Back to the starter code, forgetting the stored draft. */
  const reset = useCallback(
    (language: Language) => {
      setDrafts((current) => ({ ...current, [language]: starterCode[language] ?? '' }));
      writeStored(challengeId, language, null);
    },
    [challengeId, starterCode],
  );

  return { codeFor, setCode, reset };
}
