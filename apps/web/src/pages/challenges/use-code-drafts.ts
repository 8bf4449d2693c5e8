import { useCallback, useState } from 'react';
import type { Language } from '../../lib/challenge-format';

type Drafts = Partial<Record<Language, string>>;

const draftKey = (challengeId: string, language: Language) =>
  `talentsphere:challenge-draft:${challengeId}:${language}`;
const languageKey = (challengeId: string) => `talentsphere:challenge-language:${challengeId}`;

function readItem(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    // Storage can be refused (private modes, quotas): the editor then simply starts from the starter code.
    return null;
  }
}

function writeItem(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Not saving a draft is harmless; the code stays in the editor for this visit.
  }
}

const readStored = (challengeId: string, language: Language) => readItem(draftKey(challengeId, language));
const writeStored = (challengeId: string, language: Language, code: string | null) =>
  writeItem(draftKey(challengeId, language), code);

/** The language the learner last chose for this challenge, if it is still offered; else the first offered. */
export function useLanguageChoice(challengeId: string, offered: readonly Language[]) {
  const [language, setLanguage] = useState<Language>(() => {
    const stored = readItem(languageKey(challengeId));
    return offered.find((l) => l === stored) ?? offered[0] ?? 'javascript';
  });
  const choose = useCallback(
    (next: Language) => {
      setLanguage(next);
      writeItem(languageKey(challengeId), next);
    },
    [challengeId],
  );
  return [language, choose] as const;
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
