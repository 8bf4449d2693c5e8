import { ProfileTestbed, type TestUser } from '@talentsphere/adapters/in-memory';
import { DEFAULT_VISIBILITY } from '@talentsphere/domain/profile';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ProfileInputDto } from './profile.inputs';

const input = (o: Partial<ProfileInputDto> = {}): ProfileInputDto => ({
  headline: 'Backend engineer',
  summary: 'I like databases.',
  location: 'Lisbon',
  photoUrl: 'https://example.com/ada.png',
  links: { website: 'https://ada.dev', github: 'https://github.com/ada', linkedin: '' },
  experience: [
    { title: 'Engineer', organisation: 'Acme', startMonth: '2022-01', endMonth: null, description: '' },
  ],
  education: [],
  skills: [{ name: 'Go', level: 'advanced' }],
  visibility: { ...DEFAULT_VISIBILITY, experience: 'private' },
  ...o,
});

describe('profile use cases', () => {
  let bed: ProfileTestbed;
  let ada: TestUser;
  let visitor: TestUser;
  beforeEach(() => {
    bed = new ProfileTestbed();
    ada = bed.user('jobseeker', 'Ada Lovelace');
    visitor = bed.user('employer', 'Eve Employer');
  });

  it('Given no profile yet, When the owner opens theirs, Then an empty one with their name', async () => {
    const mine = (await bed.profiles.getMyProfile.execute(ada))._unsafeUnwrap();
    expect(mine).toMatchObject({ name: 'Ada Lovelace', isOwner: true, verifiedSkills: [] });
    expect(mine.about).toMatchObject({ headline: '', photoUrl: null });
  });

  it('When the owner saves, Then it is stored normalised and others see only the public sections', async () => {
    const saved = (await bed.profiles.updateMyProfile.execute(ada, input(), bed.ctx))._unsafeUnwrap();
    expect(saved.verifiedSkills).toEqual([
      { skill: 'go', claimedLevel: 'advanced', verifiedLevel: null, confidence: 0, evidence: [] },
    ]);
    expect(bed.db.tables.profiles.get(ada.userId)?.links.website).toBe('https://ada.dev/');

    const seen = (
      await bed.profiles.getPublicProfile.execute(visitor, { userId: ada.userId })
    )._unsafeUnwrap();
    expect(seen.isOwner).toBe(false);
    expect(seen.experience).toBeNull();
    expect(seen.links?.github).toBe('https://github.com/ada');
    const anonymous = (
      await bed.profiles.getPublicProfile.execute(null, { userId: ada.userId })
    )._unsafeUnwrap();
    expect(anonymous.experience).toBeNull();
    const own = (await bed.profiles.getPublicProfile.execute(ada, { userId: ada.userId }))._unsafeUnwrap();
    expect(own.experience).toHaveLength(1);
  });

  it('Given private skills, Then visitors see neither claims nor evidence', async () => {
    await bed.profiles.updateMyProfile.execute(
      ada,
      input({ visibility: { ...DEFAULT_VISIBILITY, skills: 'private' } }),
      bed.ctx,
    );
    const seen = (
      await bed.profiles.getPublicProfile.execute(visitor, { userId: ada.userId })
    )._unsafeUnwrap();
    expect(seen.skills).toBeNull();
    expect(seen.verifiedSkills).toBeNull();
  });

  it('When a link is not a URL, Then VALIDATION names the field and nothing is stored', async () => {
    const refused = await bed.profiles.updateMyProfile.execute(
      ada,
      input({ links: { website: '', github: 'https://gitlab.com/ada', linkedin: '' } }),
      bed.ctx,
    );
    expect(refused._unsafeUnwrapErr()).toMatchObject({
      code: 'VALIDATION',
      fields: { 'links.github': expect.any(String) },
    });
    expect(bed.db.tables.profiles.size).toBe(0);
  });

  it('Given no such user, Then PROFILE_001', async () => {
    const missing = await bed.profiles.getPublicProfile.execute(null, { userId: bed.ids.next() });
    expect(missing._unsafeUnwrapErr()).toMatchObject({ code: 'PROFILE_001', kind: 'NotFound' });
  });
});
