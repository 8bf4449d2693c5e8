import { describe, expect, it } from 'vitest';
import { readChallengeQuery, toChallengeListInput, writeChallengeQuery } from './challenge-search-params';

describe('challenge list query in the URL', () => {
  it('Given an empty URL, When read, Then it is the default query', () => {
    expect(readChallengeQuery(new URLSearchParams())).toEqual({
      q: '',
      difficulties: [],
      skill: '',
      progress: 'all',
      page: 1,
    });
  });

  it('Given a full query, When written and read back, Then nothing is lost', () => {
    const query = {
      q: 'anagram',
      difficulties: ['easy' as const, 'hard' as const],
      skill: 'strings',
      progress: 'unsolved' as const,
      page: 2,
    };
    expect(readChallengeQuery(writeChallengeQuery(query))).toEqual(query);
  });

  it('Given unknown or out-of-range values, When read, Then they fall back to the defaults', () => {
    const read = readChallengeQuery(new URLSearchParams('difficulty=extreme,medium&progress=mine&page=0'));
    expect(read.difficulties).toEqual(['medium']);
    expect(read.progress).toBe('all');
    expect(read.page).toBe(1);
  });

  it('Given the default query, When written, Then the URL stays clean', () => {
    expect(writeChallengeQuery(readChallengeQuery(new URLSearchParams())).toString()).toBe('');
  });

  it('Given a visitor with a solved filter from a shared link, When turned into the list input, Then it asks for all', () => {
    const query = readChallengeQuery(new URLSearchParams('progress=solved&q=sum'));
    expect(toChallengeListInput(query, false)).toMatchObject({ progress: 'all', q: 'sum' });
    expect(toChallengeListInput(query, true)).toMatchObject({ progress: 'solved', q: 'sum' });
  });
});
