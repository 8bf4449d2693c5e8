import type { IdGenerator } from '@talentsphere/application/shared';
import { v7 } from 'uuid';

export const uuidV7Ids: IdGenerator = { next: () => v7() };
