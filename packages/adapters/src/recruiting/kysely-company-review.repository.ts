import type { CompanyReviewRepository } from '@talentsphere/application/recruiting';
import type { CompanyReview } from '@talentsphere/domain/recruiting';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../persistence/pg-errors';
import type { Database } from '../persistence/tables';
import { withSavepoint } from './savepoint';

/** One review per author and company, enforced by company_reviews_one_per_author. */
export class KyselyCompanyReviewRepository implements CompanyReviewRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(review: CompanyReview): Promise<'inserted' | 'duplicate'> {
    try {
      await withSavepoint(this.db, () =>
        this.db
          .insertInto('company_reviews')
          .values({
            id: review.id,
            company_id: review.companyId,
            author_id: review.authorId,
            rating: review.rating,
            body: review.body,
            created_at: review.createdAt,
          })
          .execute(),
      );
      return 'inserted';
    } catch (error) {
      if (isUniqueViolation(error, 'company_reviews_one_per_author')) return 'duplicate';
      throw error;
    }
  }
}
