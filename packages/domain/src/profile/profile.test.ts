import { describe, expect, it } from 'vitest';
import {
  ANONYMOUS_LEARNER,
  DEFAULT_VISIBILITY,
  emptyProfile,
  leaderboardIdentity,
  type ProfileInput,
  parseProfileUrl,
  storedVisibility,
  updateProfile,
  viewProfile,
} from './profile';
import { NOW } from './profile.fixtures';

const ADA = '00000000-0000-7000-8000-0000000000ad';
const input: ProfileInput = {
  headline: '  Backend   engineer ',
  summary: 'I build things.',
  location: 'Lisbon',
  photoUrl: '',
  links: { website: 'https://ada.dev', github: 'https://github.com/ada', linkedin: '' },
  experience: [
    { title: 'Engineer', organisation: 'Acme', startMonth: '2022-01', endMonth: null, description: 'APIs' },
  ],
  education: [{ school: 'Uni', degree: 'BSc', startMonth: '2018-09', endMonth: '2021-06' }],
  skills: [
    { name: ' TypeScript ', level: 'advanced' },
    { name: 'typescript', level: 'beginner' },
  ],
  visibility: { ...DEFAULT_VISIBILITY, experience: 'private' },
};

describe('updateProfile', () => {
  it('normalises text, links and skills', () => {
    const profile = updateProfile(emptyProfile(ADA, NOW), input, { now: NOW })._unsafeUnwrap();
    expect(profile.headline).toBe('Backend engineer');
    expect(profile.links).toEqual({
      website: 'https://ada.dev/',
      github: 'https://github.com/ada',
      linkedin: null,
    });
    expect(profile.skills).toEqual([{ name: 'typescript', level: 'advanced' }]);
    expect(profile.visibility.experience).toBe('private');
  });

  it.each([
    ['links.website', { links: { ...input.links, website: 'javascript:alert(1)' } }],
    ['links.github', { links: { ...input.links, github: 'https://evil.example/ada' } }],
    ['links.linkedin', { links: { ...input.links, linkedin: 'not a url' } }],
    ['headline', { headline: 'x'.repeat(121) }],
    ['photoUrl', { photoUrl: 'ftp://ada.dev/me.png' }],
    ['photoUrl', { photoUrl: 'http://ada.dev/me.png' }],
    ['experience.0.endMonth', { experience: [{ ...input.experience[0], endMonth: '2021-01' }] }],
    [
      'education.0.startMonth',
      { education: [{ school: 'U', degree: '', startMonth: '2020', endMonth: null }] },
    ],
    ['skills', { skills: [{ name: ' ', level: 'beginner' as const }] }],
  ])('refuses a bad %s', (field, change) => {
    const error = updateProfile(emptyProfile(ADA, NOW), { ...input, ...change } as ProfileInput, {
      now: NOW,
    })._unsafeUnwrapErr();
    expect(error.code).toBe('VALIDATION');
    expect(Object.keys(error.fields ?? {})).toEqual([field]);
  });

  it('accepts linkedin subdomains and empty links', () => {
    const linkedin = { host: 'linkedin.com' };
    expect(parseProfileUrl('l', 'https://www.linkedin.com/in/ada', linkedin)._unsafeUnwrap()).toBe(
      'https://www.linkedin.com/in/ada',
    );
    expect(parseProfileUrl('l', '   ')._unsafeUnwrap()).toBeNull();
    expect(parseProfileUrl('l', 'https://notlinkedin.com/x', linkedin).isErr()).toBe(true);
  });

  it('takes http: for links but only https: for the photo the page loads', () => {
    expect(parseProfileUrl('l', 'http://ada.dev/')._unsafeUnwrap()).toBe('http://ada.dev/');
    expect(
      parseProfileUrl('p', 'http://ada.dev/me.png', { httpsOnly: true })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: { p: 'Enter an address starting with https://.' },
    });
    expect(parseProfileUrl('p', 'https://ada.dev/me.png', { httpsOnly: true })._unsafeUnwrap()).toBe(
      'https://ada.dev/me.png',
    );
  });
});

describe('viewProfile', () => {
  const profile = updateProfile(emptyProfile(ADA, NOW), input, { now: NOW })._unsafeUnwrap();

  it('shows others only the public sections', () => {
    const view = viewProfile(profile, null);
    expect(view.isOwner).toBe(false);
    expect(view.experience).toBeNull();
    expect(view.education).toHaveLength(1);
    expect(view.about?.headline).toBe('Backend engineer');
  });

  it('shows the owner everything', () => {
    const view = viewProfile(profile, ADA);
    expect(view.isOwner).toBe(true);
    expect(view.experience).toHaveLength(1);
  });
});

describe('showing the name on public leaderboards', () => {
  const ada = { userId: ADA, name: 'Ada Lovelace' };

  it('is on for a new profile and for a choice stored before it existed', () => {
    expect(emptyProfile(ADA, NOW).visibility.leaderboards).toBe('public');
    const { leaderboards: _, ...before } = DEFAULT_VISIBILITY;
    expect(storedVisibility({ ...before, about: 'private' })).toEqual({
      ...DEFAULT_VISIBILITY,
      about: 'private',
    });
  });

  it('is kept when the owner turns it off', () => {
    const profile = updateProfile(
      emptyProfile(ADA, NOW),
      { ...input, visibility: { ...DEFAULT_VISIBILITY, leaderboards: 'private' } },
      { now: NOW },
    )._unsafeUnwrap();
    expect(profile.visibility.leaderboards).toBe('private');
  });

  it('stays as stored when a save leaves it out (a client that predates it)', () => {
    const hidden = updateProfile(
      emptyProfile(ADA, NOW),
      { ...input, visibility: { ...DEFAULT_VISIBILITY, leaderboards: 'private' } },
      { now: NOW },
    )._unsafeUnwrap();
    const { leaderboards: _, ...sectionsOnly } = DEFAULT_VISIBILITY;
    const saved = updateProfile(hidden, { ...input, visibility: sectionsOnly }, { now: NOW })._unsafeUnwrap();
    expect(saved.visibility.leaderboards).toBe('private');
  });

  it('shows others an anonymous row, with no id to follow, when off', () => {
    expect(leaderboardIdentity({ ...ada, showsName: false }, null)).toEqual({
      userId: null,
      name: ANONYMOUS_LEARNER,
    });
    expect(leaderboardIdentity({ ...ada, showsName: false }, 'someone-else')).toEqual({
      userId: null,
      name: ANONYMOUS_LEARNER,
    });
  });

  it('shows the learner their own row by name, and everyone a learner who shows theirs', () => {
    expect(leaderboardIdentity({ ...ada, showsName: false }, ADA)).toEqual(ada);
    expect(leaderboardIdentity({ ...ada, showsName: true }, null)).toEqual(ada);
  });
});
