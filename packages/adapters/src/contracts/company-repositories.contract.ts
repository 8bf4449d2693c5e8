import type { UnitOfWork } from '@talentsphere/application/shared';
import { updateCompanyProfile, writeReview } from '@talentsphere/domain/recruiting';
import { v7 } from 'uuid';
import { beforeEach, describe, expect, it } from 'vitest';
import { committed, NOW } from './contract-fixtures';
import { aCompany, storedUser, withRecruiter } from './recruiting-fixtures';

const LATER = new Date(NOW.getTime() + 86_400_000);

/** What every CompanyRepository and CompanyReviewRepository adapter must do, through its unit of work. */
export function companyRepositoriesContract(
  adapter: string,
  subject: () => Promise<{ uow: UnitOfWork }>,
): void {
  describe(`CompanyRepository contract: ${adapter}`, () => {
    let uow: UnitOfWork;
    beforeEach(async () => {
      ({ uow } = await subject());
    });

    it('Given an inserted company with two members, When found by id, Then every field and member comes back', async () => {
      const company = await committed(uow, async (scope) => {
        const owner = await storedUser(scope);
        const recruiter = await storedUser(scope, 'Rita Recruiter');
        const created = withRecruiter(aCompany(owner.id), recruiter.id, LATER);
        expect(await scope.companies.insert(created)).toBe('inserted');
        return created;
      });
      expect(company.members).toHaveLength(2);
      expect(await committed(uow, (scope) => scope.companies.findById(company.id))).toEqual(company);
      expect(await committed(uow, (scope) => scope.companies.findById(v7()))).toBeUndefined();
    });

    it('Given an owner of two companies sharing a recruiter, When their seats are read, Then each recruiter once, and none of a company they only recruit for', async () => {
      const { owner, recruiters, other } = await committed(uow, async (scope) => {
        const owner = await storedUser(scope, 'Olivia Owner');
        const shared = await storedUser(scope, 'Sam Shared');
        const only = await storedUser(scope, 'Oona Only');
        const other = await storedUser(scope, 'Otto Other');
        await scope.companies.insert(withRecruiter(withRecruiter(aCompany(owner.id), shared.id), only.id));
        await scope.companies.insert(withRecruiter(aCompany(owner.id), shared.id));
        await scope.companies.insert(withRecruiter(aCompany(other.id), owner.id));
        return { owner, recruiters: [shared.id, only.id], other };
      });
      const held = await committed(uow, (scope) => scope.companies.recruitersOfOwner(owner.id));
      expect([...held].sort()).toEqual([...recruiters].sort());
      expect(await committed(uow, (scope) => scope.companies.recruitersOfOwner(other.id))).toEqual([
        owner.id,
      ]);
      expect(await committed(uow, (scope) => scope.companies.recruitersOfOwner(v7()))).toEqual([]);
    });

    it('Given a company, When another with its slug is inserted, Then it is slug-taken, nothing is stored and the transaction goes on', async () => {
      const { first, second, third } = await committed(uow, async (scope) => {
        const owner = await storedUser(scope);
        const first = aCompany(owner.id);
        await scope.companies.insert(first);
        const second = aCompany(owner.id, { slug: first.slug });
        expect(await scope.companies.insert(second)).toBe('slug-taken');
        const third = aCompany(owner.id);
        expect(await scope.companies.insert(third)).toBe('inserted');
        return { first, second, third };
      });
      expect(await committed(uow, (scope) => scope.companies.findById(second.id))).toBeUndefined();
      expect(await committed(uow, (scope) => scope.companies.findById(first.id))).toEqual(first);
      expect(await committed(uow, (scope) => scope.companies.findById(third.id))).toEqual(third);
    });

    it('Given a company, When its profile and members are updated, Then exactly the new state is stored', async () => {
      const { company, recruiterId } = await committed(uow, async (scope) => {
        const owner = await storedUser(scope);
        const recruiter = await storedUser(scope, 'Rita Recruiter');
        const company = aCompany(owner.id);
        await scope.companies.insert(company);
        return { company, recruiterId: recruiter.id };
      });
      const ownerId = company.members[0]?.userId ?? '';
      const edited = updateCompanyProfile(
        withRecruiter(company, recruiterId, LATER),
        ownerId,
        {
          ...company,
          slug: `${company.slug}-new`,
          name: 'Acme Robotics GmbH',
          website: null,
          size: '51-200',
        },
        { now: LATER },
      )._unsafeUnwrap().state;
      expect(await committed(uow, (scope) => scope.companies.update(edited))).toBe('updated');
      expect(await committed(uow, (scope) => scope.companies.findById(company.id))).toEqual(edited);
    });

    it("Given two companies, When one takes the other's slug, Then it is slug-taken and the stored one is unchanged", async () => {
      const [a, b] = await committed(uow, async (scope) => {
        const owner = await storedUser(scope);
        const pair = [aCompany(owner.id), aCompany(owner.id)] as const;
        for (const c of pair) await scope.companies.insert(c);
        return pair;
      });
      const taking = { ...b, slug: a.slug, name: 'Renamed' };
      expect(
        await committed(uow, async (scope) => {
          const answer = await scope.companies.update(taking);
          expect(await scope.companies.findById(b.id)).toEqual(b);
          return answer;
        }),
      ).toBe('slug-taken');
      expect(await committed(uow, (scope) => scope.companies.findById(b.id))).toEqual(b);
    });
  });

  describe(`CompanyReviewRepository contract: ${adapter}`, () => {
    let uow: UnitOfWork;
    beforeEach(async () => {
      ({ uow } = await subject());
    });

    it('Given a review, When the same author reviews the company again, Then it is a duplicate; other companies and authors are fine', async () => {
      await committed(uow, async (scope) => {
        const owner = await storedUser(scope);
        const [author, other] = [await storedUser(scope, 'Rev One'), await storedUser(scope, 'Rev Two')];
        const [acme, globex] = [aCompany(owner.id), aCompany(owner.id)];
        for (const c of [acme, globex]) await scope.companies.insert(c);
        const review = (companyId: typeof acme, authorId: string) =>
          writeReview(
            companyId,
            { id: v7(), authorId, rating: 4, body: 'A good place to work.' },
            { now: NOW },
          )._unsafeUnwrap();
        expect(await scope.companyReviews.insert(review(acme, author.id))).toBe('inserted');
        expect(await scope.companyReviews.insert(review(acme, author.id))).toBe('duplicate');
        expect(await scope.companyReviews.insert(review(globex, author.id))).toBe('inserted');
        expect(await scope.companyReviews.insert(review(acme, other.id))).toBe('inserted');
      });
    });
  });
}
