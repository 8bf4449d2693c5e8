import { describe, expect, it } from 'vitest';
import {
  addRecruiter,
  type Company,
  type CompanyProfileInput,
  createCompany,
  memberRole,
  parseCompanyProfile,
  updateCompanyProfile,
  writeReview,
} from './company';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const LATER = new Date('2026-03-02T09:30:00.000Z');
const OWNER = 'owner-1';
const profile: CompanyProfileInput = {
  name: '  Acme   Robotics ',
  slug: 'acme-robotics',
  description: '  We build robots.  ',
  website: 'https://acme.example',
  location: ' Berlin ',
  size: '11-50',
  logoUrl: null,
};

const company = (): Company =>
  createCompany({ id: 'c1', ownerId: OWNER, profile }, { now: NOW })._unsafeUnwrap().state;
const withRecruiter = (): Company =>
  addRecruiter(company(), OWNER, 'recruiter-1', { now: NOW })._unsafeUnwrap();

describe('parseCompanyProfile', () => {
  it('Given a valid profile, When parsing, Then the text fields are trimmed and the name collapsed', () => {
    expect(parseCompanyProfile(profile)._unsafeUnwrap()).toEqual({
      name: 'Acme Robotics',
      slug: 'acme-robotics',
      description: 'We build robots.',
      website: 'https://acme.example',
      location: 'Berlin',
      size: '11-50',
      logoUrl: null,
    });
  });

  it.each(['A', '   A   ', 'x'.repeat(101)])(
    'Given the name %j, When parsing, Then it is refused on the name field',
    (name) => {
      expect(parseCompanyProfile({ ...profile, name })._unsafeUnwrapErr()).toMatchObject({
        kind: 'Validation',
        fields: { name: 'Use 2–100 characters.' },
      });
    },
  );

  it('Given names of 2 and 100 characters, When parsing, Then both are accepted', () => {
    expect(parseCompanyProfile({ ...profile, name: 'AB' }).isOk()).toBe(true);
    expect(parseCompanyProfile({ ...profile, name: 'x'.repeat(100) }).isOk()).toBe(true);
  });

  it.each([
    ['website', 'acme.example'],
    ['website', 'ftp://acme.example'],
    ['website', 'javascript:alert(1)'],
    ['logoUrl', 'not a url'],
    ['logoUrl', 'data:image/png;base64,AAAA'],
  ] as const)('Given the %s %j, When parsing, Then it is refused on that field', (field, url) => {
    expect(parseCompanyProfile({ ...profile, [field]: url })._unsafeUnwrapErr()).toMatchObject({
      kind: 'Validation',
      fields: { [field]: 'Enter a full http(s) address.' },
    });
  });

  it('Given http(s) website and logo addresses, When parsing, Then both are kept', () => {
    const parsed = parseCompanyProfile({
      ...profile,
      website: 'http://acme.example',
      logoUrl: 'https://cdn.example/logo.png',
    })._unsafeUnwrap();
    expect(parsed).toMatchObject({ website: 'http://acme.example', logoUrl: 'https://cdn.example/logo.png' });
  });

  it('Given a slug that is not lower-case words, When parsing, Then it is refused on the slug field', () => {
    expect(
      parseCompanyProfile({ ...profile, slug: 'Acme Robotics' })._unsafeUnwrapErr().fields,
    ).toHaveProperty('slug');
  });
});

describe('createCompany', () => {
  it('Given an employer and a valid profile, When creating, Then the employer is its only member, as owner', () => {
    const { state } = createCompany({ id: 'c1', ownerId: OWNER, profile }, { now: NOW })._unsafeUnwrap();
    expect(state).toMatchObject({ id: 'c1', name: 'Acme Robotics', createdAt: NOW, updatedAt: NOW });
    expect(state.members).toEqual([{ userId: OWNER, role: 'owner', addedAt: NOW }]);
    expect(memberRole(state, OWNER)).toBe('owner');
  });

  it('Given a valid profile, When creating, Then one jobs.company.created event names the owner and slug', () => {
    const { events } = createCompany({ id: 'c1', ownerId: OWNER, profile }, { now: NOW })._unsafeUnwrap();
    expect(events).toEqual([
      {
        type: 'jobs.company.created',
        data: { companyId: 'c1', ownerId: OWNER, name: 'Acme Robotics', slug: 'acme-robotics' },
      },
    ]);
  });

  it('Given an invalid profile, When creating, Then nothing is created', () => {
    expect(
      createCompany({ id: 'c1', ownerId: OWNER, profile: { ...profile, name: '' } }, { now: NOW }).isErr(),
    ).toBe(true);
  });
});

describe('updateCompanyProfile', () => {
  it('Given a recruiter of the company, When updating the profile, Then it changes and an update event is emitted', () => {
    const { state, events } = updateCompanyProfile(
      withRecruiter(),
      'recruiter-1',
      { ...profile, name: 'Acme Labs' },
      {
        now: LATER,
      },
    )._unsafeUnwrap();
    expect(state).toMatchObject({ name: 'Acme Labs', createdAt: NOW, updatedAt: LATER });
    expect(state.members).toHaveLength(2);
    expect(events).toEqual([{ type: 'jobs.company.updated', data: { companyId: 'c1' } }]);
  });

  it('Given a user who is not a member, When updating the profile, Then COMPANY_002 is returned', () => {
    expect(
      updateCompanyProfile(company(), 'stranger', profile, { now: LATER })._unsafeUnwrapErr(),
    ).toMatchObject({
      kind: 'Forbidden',
      code: 'COMPANY_002',
    });
  });

  it('Given a member and an invalid profile, When updating, Then it is refused on the field', () => {
    const error = updateCompanyProfile(
      company(),
      OWNER,
      { ...profile, website: 'nope' },
      { now: LATER },
    )._unsafeUnwrapErr();
    expect(error.fields).toHaveProperty('website');
  });
});

describe('addRecruiter', () => {
  it('Given the owner, When adding a recruiter, Then the recruiter becomes a member with that role', () => {
    const state = addRecruiter(company(), OWNER, 'recruiter-1', { now: LATER })._unsafeUnwrap();
    expect(state.members).toEqual([
      { userId: OWNER, role: 'owner', addedAt: NOW },
      { userId: 'recruiter-1', role: 'recruiter', addedAt: LATER },
    ]);
    expect(memberRole(state, 'recruiter-1')).toBe('recruiter');
    expect(state.updatedAt).toEqual(LATER);
  });

  it('Given a recruiter, When adding another recruiter, Then COMPANY_002 is returned', () => {
    expect(
      addRecruiter(withRecruiter(), 'recruiter-1', 'recruiter-2', { now: LATER })._unsafeUnwrapErr(),
    ).toMatchObject({
      kind: 'Forbidden',
      code: 'COMPANY_002',
    });
  });

  it('Given a stranger, When adding themselves, Then COMPANY_002 is returned', () => {
    expect(addRecruiter(company(), 'stranger', 'stranger', { now: LATER })._unsafeUnwrapErr().code).toBe(
      'COMPANY_002',
    );
  });

  it('Given an existing member, When the owner adds them again, Then the company is unchanged', () => {
    const before = withRecruiter();
    expect(addRecruiter(before, OWNER, 'recruiter-1', { now: LATER })._unsafeUnwrap()).toBe(before);
    expect(addRecruiter(before, OWNER, OWNER, { now: LATER })._unsafeUnwrap()).toBe(before);
  });

  it('Given a user who is not a member, When asking their role, Then there is none', () => {
    expect(memberRole(company(), 'stranger')).toBeNull();
  });

  it('Given every seat of the plan held, When the owner adds someone new, Then BILLING_001 naming the limit; someone already holding a seat elsewhere is added', () => {
    const seats = { planName: 'Starter', limit: 1, held: ['recruiter-elsewhere'] };
    const refused = addRecruiter(company(), OWNER, 'recruiter-new', { now: LATER }, seats)._unsafeUnwrapErr();
    expect(refused).toMatchObject({ kind: 'PaymentRequired', code: 'BILLING_001' });
    expect(refused.message).toContain('1 recruiter seat');
    const sameOne = addRecruiter(company(), OWNER, 'recruiter-elsewhere', { now: LATER }, seats);
    expect(sameOne._unsafeUnwrap().members.map((m) => m.userId)).toContain('recruiter-elsewhere');
    const room = addRecruiter(company(), OWNER, 'recruiter-new', { now: LATER }, { ...seats, limit: 2 });
    expect(room.isOk()).toBe(true);
  });
});

describe('writeReview', () => {
  const review = { id: 'r1', authorId: 'candidate-1', rating: 4, body: '  Great place to learn and grow.  ' };

  it('Given a user outside the company, When reviewing, Then the review is stamped and its body trimmed', () => {
    expect(writeReview(company(), review, { now: LATER })._unsafeUnwrap()).toEqual({
      id: 'r1',
      companyId: 'c1',
      authorId: 'candidate-1',
      rating: 4,
      body: 'Great place to learn and grow.',
      createdAt: LATER,
    });
  });

  it.each([OWNER, 'recruiter-1'])(
    'Given the member %s, When reviewing their own company, Then COMPANY_004 is returned',
    (authorId) => {
      expect(
        writeReview(withRecruiter(), { ...review, authorId }, { now: LATER })._unsafeUnwrapErr(),
      ).toMatchObject({
        kind: 'Forbidden',
        code: 'COMPANY_004',
      });
    },
  );

  it.each([1, 2, 3, 4, 5])('Given %d stars, When reviewing, Then the rating is accepted', (rating) => {
    expect(writeReview(company(), { ...review, rating }, { now: LATER })._unsafeUnwrap().rating).toBe(rating);
  });

  it.each([0, 6, -1, 3.5, Number.NaN])(
    'Given %d stars, When reviewing, Then it is refused on the rating field',
    (rating) => {
      expect(writeReview(company(), { ...review, rating }, { now: LATER })._unsafeUnwrapErr()).toMatchObject({
        kind: 'Validation',
        fields: { rating: 'Choose 1 to 5 stars.' },
      });
    },
  );

  it.each([
    ['too short', 'Too short'],
    ['only spaces around a short text', `   ${'x'.repeat(9)}   `],
    ['too long', 'x'.repeat(5001)],
  ])('Given a body %s, When reviewing, Then it is refused on the body field', (_, body) => {
    expect(writeReview(company(), { ...review, body }, { now: LATER })._unsafeUnwrapErr()).toMatchObject({
      kind: 'Validation',
      fields: { body: 'Write 10–5000 characters.' },
    });
  });

  it('Given bodies of exactly 10 and 5000 characters, When reviewing, Then both are accepted', () => {
    expect(writeReview(company(), { ...review, body: 'x'.repeat(10) }, { now: LATER }).isOk()).toBe(true);
    expect(writeReview(company(), { ...review, body: 'x'.repeat(5000) }, { now: LATER }).isOk()).toBe(true);
  });
});
