import { err, ok, Result } from 'neverthrow';
import { type AppError, normaliseSkills, oneLine, type Skill, type SkillLevel } from '../shared';
import { profileErrors } from './profile.errors';

/** The parts of a profile whose visibility the owner chooses; the display name is always public here. */
export const PROFILE_SECTIONS = ['about', 'links', 'experience', 'education', 'skills'] as const;
export type ProfileSection = (typeof PROFILE_SECTIONS)[number];
export type SectionVisibility = 'public' | 'private';
/**
 * The sections' visibility, and `leaderboards`: whether the name shows on public leaderboards. Stored
 * together; a stored choice without `leaderboards` predates it and reads as public.
 */
export type ProfileVisibility = Readonly<Record<ProfileSection | 'leaderboards', SectionVisibility>>;

export interface ProfileLinks {
  readonly website: string | null;
  readonly github: string | null;
  readonly linkedin: string | null;
}

export interface ExperienceEntry {
  readonly title: string;
  readonly organisation: string;
  /** ISO month `YYYY-MM`. */
  readonly startMonth: string;
  /** ISO month, or null while it goes on. */
  readonly endMonth: string | null;
  readonly description: string;
}

export interface EducationEntry {
  readonly school: string;
  readonly degree: string;
  readonly startMonth: string;
  readonly endMonth: string | null;
}

export interface Profile {
  readonly userId: string;
  readonly headline: string;
  readonly summary: string;
  readonly location: string;
  /** An https address of a photo; hidden with the name while an employer screens anonymously. */
  readonly photoUrl: string | null;
  readonly links: ProfileLinks;
  readonly experience: readonly ExperienceEntry[];
  readonly education: readonly EducationEntry[];
  /** Skills the owner claims, with the level they claim; evidence may verify them. */
  readonly skills: readonly Skill[];
  readonly visibility: ProfileVisibility;
  readonly updatedAt: Date;
}

export interface ProfileInput {
  readonly headline: string;
  readonly summary: string;
  readonly location: string;
  readonly photoUrl: string;
  readonly links: { website: string; github: string; linkedin: string };
  readonly experience: readonly ExperienceEntry[];
  readonly education: readonly EducationEntry[];
  readonly skills: readonly { name: string; level: SkillLevel }[];
  /** `leaderboards` may be left out by clients that predate it: the stored choice then stays. */
  readonly visibility: Omit<ProfileVisibility, 'leaderboards'> &
    Partial<Pick<ProfileVisibility, 'leaderboards'>>;
}

export const PROFILE_LIMITS = {
  headline: 120,
  summary: 2_000,
  location: 100,
  url: 300,
  entries: 20,
  entryText: 120,
  entryDescription: 1_000,
  skills: 30,
  skillName: 40,
} as const;

/** Everything public: a new profile hides nothing until its owner says so. */
export const DEFAULT_VISIBILITY: ProfileVisibility = {
  about: 'public',
  links: 'public',
  experience: 'public',
  education: 'public',
  skills: 'public',
  leaderboards: 'public',
};

/** Reads a stored choice, keys it does not have yet (added later) as public, like a new profile. */
export function storedVisibility(stored: Partial<ProfileVisibility> | null | undefined): ProfileVisibility {
  return { ...DEFAULT_VISIBILITY, ...stored };
}

/** What other viewers see on a public leaderboard instead of a learner who keeps their name off. */
export const ANONYMOUS_LEARNER = 'Anonymous learner';

export interface LeaderboardIdentity {
  /** Null for an anonymous row: nothing leads to the learner's profile. */
  readonly userId: string | null;
  readonly name: string;
}

/**
 * How a ranked learner appears to a viewer: by name, unless they keep it off public leaderboards and
 * the viewer is someone else. They still count and keep their rank, so boards stay honest.
 */
export function leaderboardIdentity(
  learner: { readonly userId: string; readonly name: string; readonly showsName: boolean },
  viewerId: string | null,
): LeaderboardIdentity {
  if (learner.showsName || learner.userId === viewerId) return { userId: learner.userId, name: learner.name };
  return { userId: null, name: ANONYMOUS_LEARNER };
}

/** The profile of a user who has not written one yet: empty, everything visible. */
export function emptyProfile(userId: string, now: Date): Profile {
  return {
    userId,
    headline: '',
    summary: '',
    location: '',
    photoUrl: null,
    links: { website: null, github: null, linkedin: null },
    experience: [],
    education: [],
    skills: [],
    visibility: DEFAULT_VISIBILITY,
    updatedAt: now,
  };
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * An address, or null for an empty field. Links may be http: or https: (a visitor follows them
 * knowingly); `httpsOnly` is for what the page loads itself, like the photo, which over http: would be
 * mixed content and readable on the way. `host` (when given) must be that site or one of its
 * subdomains, so a "GitHub" link cannot point elsewhere.
 */
export function parseProfileUrl(
  field: string,
  raw: string,
  rules: { readonly host?: string; readonly httpsOnly?: boolean } = {},
): Result<string | null, AppError> {
  const { host, httpsOnly = false } = rules;
  const text = raw.trim();
  if (text === '') return ok(null);
  const scheme = httpsOnly ? 'https://' : 'https:// or http://';
  const invalid = profileErrors.invalid(
    field,
    host
      ? `Enter an address starting with ${scheme} on ${host}.`
      : `Enter an address starting with ${scheme}.`,
  );
  if (text.length > PROFILE_LIMITS.url) return err(invalid);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return err(invalid);
  }
  if (url.protocol !== 'https:' && (httpsOnly || url.protocol !== 'http:')) return err(invalid);
  if (url.username || url.password) return err(invalid);
  const hostname = url.hostname.toLowerCase();
  if (host && hostname !== host && !hostname.endsWith(`.${host}`)) return err(invalid);
  return ok(url.toString());
}

function parseText(field: string, raw: string, max: number, required: boolean): Result<string, AppError> {
  const text = oneLine(raw);
  if (text.length > max) return err(profileErrors.invalid(field, `Use at most ${max} characters.`));
  if (required && text.length === 0) return err(profileErrors.invalid(field, 'Fill this in.'));
  return ok(text);
}

function parsePeriod(field: string, start: string, end: string | null): Result<void, AppError> {
  if (!MONTH.test(start))
    return err(profileErrors.invalid(`${field}.startMonth`, 'Use a month like 2024-09.'));
  if (end !== null && !MONTH.test(end))
    return err(profileErrors.invalid(`${field}.endMonth`, 'Use a month like 2025-06, or leave it open.'));
  // ISO months compare as strings.
  if (end !== null && end < start)
    return err(profileErrors.invalid(`${field}.endMonth`, 'The end cannot be before the start.'));
  return ok(undefined);
}

function parseExperience(entries: readonly ExperienceEntry[]): Result<ExperienceEntry[], AppError> {
  if (entries.length > PROFILE_LIMITS.entries)
    return err(profileErrors.invalid('experience', `List at most ${PROFILE_LIMITS.entries} positions.`));
  return Result.combine(
    entries.map((entry, i) => {
      const at = `experience.${i}`;
      return Result.combine([
        parseText(`${at}.title`, entry.title, PROFILE_LIMITS.entryText, true),
        parseText(`${at}.organisation`, entry.organisation, PROFILE_LIMITS.entryText, true),
      ])
        .andThen(([title, organisation]) =>
          parsePeriod(at, entry.startMonth, entry.endMonth).map(() => ({ title, organisation })),
        )
        .andThen(({ title, organisation }) => {
          const description = entry.description.trim();
          if (description.length > PROFILE_LIMITS.entryDescription)
            return err(
              profileErrors.invalid(
                `${at}.description`,
                `Use at most ${PROFILE_LIMITS.entryDescription} characters.`,
              ),
            );
          return ok({
            title,
            organisation,
            startMonth: entry.startMonth,
            endMonth: entry.endMonth,
            description,
          });
        });
    }),
  );
}

function parseEducation(entries: readonly EducationEntry[]): Result<EducationEntry[], AppError> {
  if (entries.length > PROFILE_LIMITS.entries)
    return err(profileErrors.invalid('education', `List at most ${PROFILE_LIMITS.entries} entries.`));
  return Result.combine(
    entries.map((entry, i) => {
      const at = `education.${i}`;
      return Result.combine([
        parseText(`${at}.school`, entry.school, PROFILE_LIMITS.entryText, true),
        parseText(`${at}.degree`, entry.degree, PROFILE_LIMITS.entryText, false),
      ]).andThen(([school, degree]) =>
        parsePeriod(at, entry.startMonth, entry.endMonth).map(() => ({
          school,
          degree,
          startMonth: entry.startMonth,
          endMonth: entry.endMonth,
        })),
      );
    }),
  );
}

/** Validates and normalises what the owner wrote; the first problem wins, named by its field. */
export function updateProfile(
  current: Profile,
  input: ProfileInput,
  { now }: { now: Date },
): Result<Profile, AppError> {
  const skills = normaliseSkills(input.skills);
  if (skills.length > PROFILE_LIMITS.skills)
    return err(profileErrors.invalid('skills', `List at most ${PROFILE_LIMITS.skills} skills.`));
  if (skills.some((s) => s.name.length === 0 || s.name.length > PROFILE_LIMITS.skillName))
    return err(
      profileErrors.invalid('skills', `Name each skill in 1–${PROFILE_LIMITS.skillName} characters.`),
    );
  return Result.combine([
    parseText('headline', input.headline, PROFILE_LIMITS.headline, false),
    parseText('location', input.location, PROFILE_LIMITS.location, false),
  ])
    .andThen(([headline, location]) => {
      const summary = input.summary.trim();
      if (summary.length > PROFILE_LIMITS.summary)
        return err(profileErrors.invalid('summary', `Use at most ${PROFILE_LIMITS.summary} characters.`));
      return ok({ headline, location, summary });
    })
    .andThen((about) =>
      Result.combine([
        parseProfileUrl('photoUrl', input.photoUrl, { httpsOnly: true }),
        parseProfileUrl('links.website', input.links.website),
        parseProfileUrl('links.github', input.links.github, { host: 'github.com' }),
        parseProfileUrl('links.linkedin', input.links.linkedin, { host: 'linkedin.com' }),
      ]).map(([photoUrl, website, github, linkedin]) => ({
        ...about,
        photoUrl,
        links: { website, github, linkedin },
      })),
    )
    .andThen((partial) =>
      parseExperience(input.experience).andThen((experience) =>
        parseEducation(input.education).map(
          (education): Profile => ({
            ...partial,
            userId: current.userId,
            experience,
            education,
            skills,
            visibility: {
              ...input.visibility,
              leaderboards: input.visibility.leaderboards ?? current.visibility.leaderboards,
            },
            updatedAt: now,
          }),
        ),
      ),
    );
}

/** What a viewer may see of a profile: the owner sees everything, others only the public sections. */
export interface ProfileView {
  readonly userId: string;
  readonly isOwner: boolean;
  readonly about: { headline: string; summary: string; location: string; photoUrl: string | null } | null;
  readonly links: ProfileLinks | null;
  readonly experience: readonly ExperienceEntry[] | null;
  readonly education: readonly EducationEntry[] | null;
  readonly skills: readonly Skill[] | null;
  readonly visibility: ProfileVisibility;
}

export function viewProfile(profile: Profile, viewerId: string | null): ProfileView {
  const isOwner = viewerId === profile.userId;
  const shows = (section: ProfileSection) => isOwner || profile.visibility[section] === 'public';
  return {
    userId: profile.userId,
    isOwner,
    about: shows('about')
      ? {
          headline: profile.headline,
          summary: profile.summary,
          location: profile.location,
          photoUrl: profile.photoUrl,
        }
      : null,
    links: shows('links') ? profile.links : null,
    experience: shows('experience') ? profile.experience : null,
    education: shows('education') ? profile.education : null,
    skills: shows('skills') ? profile.skills : null,
    visibility: profile.visibility,
  };
}
