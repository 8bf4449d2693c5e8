import type { ProfileQueries } from '@talentsphere/application/profile';
import type { LearningOption, Profile, SkillEvidence } from '@talentsphere/domain/profile';
import type { Skill } from '@talentsphere/domain/shared';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../persistence/tables';
import { toEvidence, toProfile } from './profile-rows';

export class KyselyProfileQueries implements ProfileQueries {
  constructor(private readonly db: Kysely<Database>) {}

  async profileOf(userId: string): Promise<Profile | undefined> {
    const row = await this.db
      .selectFrom('profiles')
      .selectAll()
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row ? toProfile(row) : undefined;
  }

  async nameOf(userId: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('users').select('name').where('id', '=', userId).executeTakeFirst();
    return row?.name;
  }

  async evidenceOf(userId: string): Promise<SkillEvidence[]> {
    const rows = await this.db
      .selectFrom('skill_evidence')
      .selectAll()
      .where('user_id', '=', userId)
      .execute();
    return rows.map(toEvidence);
  }

  async evidenceOfUsers(userIds: readonly string[]): Promise<Map<string, SkillEvidence[]>> {
    const byUser = new Map<string, SkillEvidence[]>(userIds.map((id) => [id, []]));
    if (userIds.length === 0) return byUser;
    const rows = await this.db
      .selectFrom('skill_evidence')
      .selectAll()
      .where('user_id', 'in', [...userIds])
      .execute();
    for (const row of rows) byUser.get(row.user_id)?.push(toEvidence(row));
    return byUser;
  }

  async photosOf(userIds: readonly string[]): Promise<Map<string, string | null>> {
    const photos = new Map<string, string | null>(userIds.map((id) => [id, null]));
    if (userIds.length === 0) return photos;
    const rows = await this.db
      .selectFrom('profiles')
      .select(['user_id', 'photo_url'])
      .where('user_id', 'in', [...userIds])
      .where(sql<boolean>`visibility->>'about' = 'public'`)
      .execute();
    for (const row of rows) photos.set(row.user_id, row.photo_url);
    return photos;
  }

  async learningOptions(skills: readonly string[]): Promise<LearningOption[]> {
    if (skills.length === 0) return [];
    const names = [...skills];
    const [courses, challenges] = await Promise.all([
      this.db
        .selectFrom('courses')
        .select(['id', 'title', 'skills'])
        .where('status', '=', 'published')
        .where((eb) => eb('skill_names', '&&', eb.val(names)))
        .orderBy('published_at')
        .orderBy('id')
        .execute(),
      this.db
        .selectFrom('challenges')
        .select(['id', 'title', 'skills'])
        .where('status', '=', 'published')
        .where((eb) => eb('skill_names', '&&', eb.val(names)))
        .orderBy('published_at')
        .orderBy('id')
        .execute(),
    ]);
    return [
      ...courses.map(
        (c): LearningOption => ({ kind: 'course', id: c.id, title: c.title, skills: c.skills as Skill[] }),
      ),
      ...challenges.map(
        (c): LearningOption => ({ kind: 'challenge', id: c.id, title: c.title, skills: c.skills as Skill[] }),
      ),
    ];
  }
}
