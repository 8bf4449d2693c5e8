import type { ProfileQueries } from '@talentsphere/application/profile';
import type { LearningOption, Profile, SkillEvidence } from '@talentsphere/domain/profile';
import type { InMemoryStore } from './in-memory-database';

export class InMemoryProfileQueries implements ProfileQueries {
  constructor(private readonly store: InMemoryStore) {}

  async profileOf(userId: string): Promise<Profile | undefined> {
    return this.store.tables.profiles.get(userId);
  }

  async nameOf(userId: string): Promise<string | undefined> {
    return this.store.tables.users.get(userId)?.name;
  }

  async evidenceOf(userId: string): Promise<SkillEvidence[]> {
    return [...this.store.tables.skillEvidence.values()].filter((e) => e.userId === userId);
  }

  async evidenceOfUsers(userIds: readonly string[]): Promise<Map<string, SkillEvidence[]>> {
    const byUser = new Map<string, SkillEvidence[]>(userIds.map((id) => [id, []]));
    for (const evidence of this.store.tables.skillEvidence.values())
      byUser.get(evidence.userId)?.push(evidence);
    return byUser;
  }

  async photosOf(userIds: readonly string[]): Promise<Map<string, string | null>> {
    return new Map(
      userIds.map((id) => {
        const profile = this.store.tables.profiles.get(id);
        return [id, profile?.visibility.about === 'public' ? profile.photoUrl : null];
      }),
    );
  }

  async learningOptions(skills: readonly string[]): Promise<LearningOption[]> {
    const wanted = new Set(skills);
    const teaches = (listed: readonly { name: string }[]) => listed.some((s) => wanted.has(s.name));
    const courses = [...this.store.tables.courses.values()]
      .filter((c) => c.status === 'published' && teaches(c.skills))
      .map((c): LearningOption => ({ kind: 'course', id: c.id, title: c.title, skills: c.skills }));
    const challenges = [...this.store.tables.challenges.values()]
      .filter((c) => c.status === 'published' && teaches(c.skills))
      .map((c): LearningOption => ({ kind: 'challenge', id: c.id, title: c.title, skills: c.skills }));
    return [...courses, ...challenges];
  }
}
