import type { CourseDetailsInput, LessonContent, LessonInput } from '@talentsphere/domain/learning';

// The courses a fresh TalentSphere shows in its catalog. The lessons teach for real: demo learners read
// them, and the journey from course to certificate should feel like the product, not a mock-up.

/** The API offers article and video lessons; challenge lessons arrive with the challenges issue (#5). */
export type DemoLesson = LessonInput & { readonly content: Exclude<LessonContent, { kind: 'challenge' }> };

export interface DemoCourse {
  details: CourseDetailsInput;
  sections: { title: string; lessons: DemoLesson[] }[];
}

const article = (title: string, markdown: string, options: { required?: boolean } = {}): DemoLesson => ({
  title,
  ...options,
  content: { kind: 'article', markdown },
});

/** Only public talks whose address is stable and well known. */
const video = (
  title: string,
  url: string,
  durationSeconds: number,
  options: { required?: boolean } = {},
): DemoLesson => ({ title, ...options, content: { kind: 'video', url, durationSeconds } });

const typescriptFromJavascript: DemoCourse = {
  details: {
    title: 'TypeScript from JavaScript',
    slug: 'typescript-from-javascript',
    summary:
      'Move from JavaScript to TypeScript with confidence: everyday types, narrowing, interfaces, a strict tsconfig and a step-by-step plan for migrating an existing codebase.',
    description: `You already write JavaScript. This course shows you what TypeScript adds on top of it, and how to get the benefits without fighting the compiler.

## What you'll learn

- How TypeScript checks your code and why its types disappear at runtime
- Annotating primitives, arrays, objects and functions — and when to let inference do the work
- Union types and narrowing with \`typeof\`, \`in\` and discriminant fields
- The difference between interfaces and type aliases
- A strict \`tsconfig.json\` and an incremental plan for migrating a real project

## Who it's for

JavaScript developers who are comfortable with ES2015+ (arrow functions, modules, destructuring) and want to start using TypeScript at work or in their own projects. No prior TypeScript needed.`,
    level: 'beginner',
    skills: [
      { name: 'typescript', level: 'beginner' },
      { name: 'javascript', level: 'intermediate' },
    ],
    coverImageUrl: null,
    accessTier: 'free',
  },
  sections: [
    {
      title: 'Why types',
      lessons: [
        article(
          'What TypeScript adds to JavaScript',
          `# What TypeScript adds to JavaScript

TypeScript is JavaScript with a static type checker in front of it. Every valid JavaScript file is (almost) valid TypeScript; the compiler reads your code, checks that values are used consistently, and then **erases** the types to produce plain JavaScript.

## Types are erased

\`\`\`ts
function greet(name: string): string {
  return \`Hello, \${name}\`;
}
\`\`\`

compiles to

\`\`\`ts
function greet(name) {
  return \`Hello, \${name}\`;
}
\`\`\`

Nothing about \`string\` survives. That has two consequences:

- Types cost nothing at runtime — no extra checks, no slower code.
- Types **cannot protect you from data you never checked**. A JSON body from an HTTP request is whatever the client sent; validate it (for example with zod) before you trust its type.

## Structural typing

TypeScript compares types by their shape, not their name:

\`\`\`ts
interface Point { x: number; y: number }
const p = { x: 1, y: 2, label: 'origin' };
const q: Point = p; // fine: p has at least x and y
\`\`\`

This matches how JavaScript is written — objects are built ad hoc and passed around — and is why TypeScript fits existing code so well.

## What you get in return

- Typos and wrong argument orders caught before the code runs
- Editor completion and safe, project-wide renames
- Function signatures that document themselves

The rest of this course is about getting those benefits with as little ceremony as possible.`,
        ),
        video(
          'Wat — a lightning talk on JavaScript surprises',
          'https://www.destroyallsoftware.com/talks/wat',
          260,
          {
            required: false,
          },
        ),
      ],
    },
    {
      title: 'Everyday types',
      lessons: [
        article(
          'Primitives, arrays, objects and functions',
          `# Primitives, arrays, objects and functions

## Primitives

The types you will write most are \`string\`, \`number\`, \`boolean\`, plus \`null\` and \`undefined\`. Use the lower-case names; \`String\` and \`Number\` are the wrapper objects and almost never what you mean.

## Let inference work

\`\`\`ts
let count = 0;          // inferred as number
const status = 'open';  // inferred as the literal type 'open'
\`\`\`

Annotate where inference cannot see: function parameters, and public return types you want to pin down.

## Arrays and objects

\`\`\`ts
const tags: string[] = ['ts', 'node'];
const pair: [string, number] = ['age', 42]; // a tuple

const user: { id: string; email: string; nickname?: string } = {
  id: 'u1',
  email: 'ada@example.com',
};
\`\`\`

The \`?\` makes a property optional: its type becomes \`string | undefined\`.

## Functions

\`\`\`ts
function total(prices: number[], discount = 0): number {
  return prices.reduce((sum, p) => sum + p, 0) * (1 - discount);
}

const byLength = (a: string, b: string) => a.length - b.length;
\`\`\`

The default value gives \`discount\` its type, so no annotation is needed there.

## \`any\` versus \`unknown\`

\`any\` switches the checker off for a value — and for everything that value touches. Prefer \`unknown\` for values you know nothing about: you can hold an \`unknown\`, but you must narrow it before using it. That turns "I forgot to check" into a compile error.`,
        ),
        article(
          'Union types and narrowing',
          `# Union types and narrowing

A union type says "one of these":

\`\`\`ts
type Id = string | number;
\`\`\`

Inside a function you may only use what every member supports. To do more, you **narrow**: write an ordinary JavaScript check, and TypeScript follows it.

## \`typeof\`, truthiness and equality

\`\`\`ts
function format(id: Id): string {
  if (typeof id === 'number') {
    return id.toFixed(0); // id: number here
  }
  return id.toUpperCase(); // id: string here
}
\`\`\`

\`if (value)\`, \`value === null\` and \`Array.isArray(value)\` narrow the same way.

## The \`in\` operator

\`\`\`ts
type Fish = { swim(): void };
type Bird = { fly(): void };

function move(animal: Fish | Bird) {
  if ('swim' in animal) animal.swim();
  else animal.fly();
}
\`\`\`

## Discriminated unions

Give each member a literal field with a distinct value, and a \`switch\` on it narrows perfectly:

\`\`\`ts
type Result =
  | { status: 'ok'; value: number }
  | { status: 'error'; message: string };

function show(result: Result): string {
  switch (result.status) {
    case 'ok':
      return \`Value: \${result.value}\`;
    case 'error':
      return \`Failed: \${result.message}\`;
  }
}
\`\`\`

This pattern models states that cannot coexist — a result is never both ok and failed — and it is the single most useful habit to take from this course.`,
        ),
        article(
          'Interfaces and type aliases',
          `# Interfaces and type aliases

Both name a type. For object shapes they are nearly interchangeable:

\`\`\`ts
interface User {
  id: string;
  name: string;
}

type UserAlias = {
  id: string;
  name: string;
};
\`\`\`

## Where they differ

- **Only \`type\` can name non-object types**: unions, tuples, primitives, mapped and conditional types.

  \`\`\`ts
  type Status = 'draft' | 'published' | 'archived';
  \`\`\`

- **Interfaces can be extended and merged.** \`interface Admin extends User { permissions: string[] }\` reads well and gives clear error messages. Declaring the same interface twice merges the declarations, which libraries use to let you augment their types.
- **Intersections** (\`type Admin = User & { permissions: string[] }\`) combine aliases; conflicts produce \`never\` properties instead of an error at the declaration.

## A practical rule

Use \`interface\` for object shapes that other code implements or extends, and \`type\` for everything else — unions, function types, and derived types. Be consistent within a codebase; a linter rule can enforce whichever you choose.

## readonly

Mark what should not change:

\`\`\`ts
interface Invoice {
  readonly id: string;
  readonly lines: readonly { sku: string; quantity: number }[];
}
\`\`\`

\`readonly\` is checked at compile time only, but it documents intent and stops accidental mutation of shared data.`,
          { required: false },
        ),
      ],
    },
    {
      title: 'Migrating a codebase',
      lessons: [
        article(
          'A strict tsconfig that pays for itself',
          `# A strict tsconfig that pays for itself

\`tsconfig.json\` decides how hard the checker looks. Start new projects strict; you will never find a cheaper moment.

\`\`\`json
{
  "compilerOptions": {
    "target": "ES2022",
    "module": "NodeNext",
    "strict": true,
    "noUncheckedIndexedAccess": true,
    "exactOptionalPropertyTypes": true,
    "skipLibCheck": true,
    "outDir": "dist"
  },
  "include": ["src"]
}
\`\`\`

## What \`strict\` turns on

- **strictNullChecks** — \`null\` and \`undefined\` are their own types. This alone catches a large share of real bugs.
- **noImplicitAny** — a parameter the compiler cannot infer must be annotated.
- **strictFunctionTypes**, **strictBindCallApply**, **strictPropertyInitialization**, **useUnknownInCatchVariables** and friends.

## Two worthwhile extras

- \`noUncheckedIndexedAccess\` makes \`items[i]\` have type \`T | undefined\`, because an index can be out of range.
- \`exactOptionalPropertyTypes\` distinguishes "property missing" from "property set to undefined".

## Type-check in CI

Your bundler may strip types without checking them (esbuild, swc and Vite do). Run \`tsc --noEmit\` in CI so type errors fail the build rather than reaching production.`,
        ),
        article(
          'Migrating a JavaScript project incrementally',
          `# Migrating a JavaScript project incrementally

Rewriting everything at once stalls feature work and produces a huge, unreviewable change. Migrate file by file instead.

## 1. Let TypeScript see the JavaScript

\`\`\`json
{ "compilerOptions": { "allowJs": true, "checkJs": false, "outDir": "dist" } }
\`\`\`

Your build now runs through \`tsc\` (or your bundler) without any file changing.

## 2. Convert leaves first

Rename modules that import nothing of yours — utilities, formatting, constants — from \`.js\` to \`.ts\` and fix what the compiler reports. Work upwards through the dependency graph, so every converted file imports only typed code.

## 3. Type the boundaries

The biggest wins are where data enters: API responses, environment variables, database rows. Describe them once:

\`\`\`ts
import { z } from 'zod';

const Env = z.object({
  DATABASE_URL: z.string().url(),
  PORT: z.coerce.number().default(3000),
});
export const env = Env.parse(process.env);
\`\`\`

Now every use of \`env\` is checked, and a bad deployment fails at start-up instead of at the first request.

## 4. Ratchet up strictness

Turn on \`strict\` once most files are converted. If that produces hundreds of errors, enable its flags one at a time, starting with \`strictNullChecks\`.

## 5. Keep \`any\` visible

Where you must escape, write \`// @ts-expect-error\` with a reason rather than \`any\`: the comment fails once the underlying problem is fixed, so escapes do not linger.`,
        ),
      ],
    },
  ],
};

const advancedTypescriptTypes: DemoCourse = {
  details: {
    title: 'Advanced TypeScript types',
    slug: 'advanced-typescript-types',
    summary:
      'Generics, conditional and mapped types, template literal types, exhaustive unions and branded values: the type-level tools that let a compiler enforce your domain rules.',
    description: `Once everyday TypeScript feels natural, the type system has much more to offer. This course teaches the features library authors use — and shows how to apply them to application code without making it unreadable.

## What you'll learn

- Generic functions and types with constraints and sensible defaults
- Deriving types from values with \`keyof\`, \`typeof\` and indexed access
- Conditional types, \`infer\` and distribution over unions
- Mapped types with key remapping, and template literal types
- Modelling a domain with discriminated unions, exhaustive checks and branded types

## Who it's for

Developers who have used TypeScript for a few months and want to read library type definitions comfortably and encode more of their own invariants in types. Completing *TypeScript from JavaScript* or equivalent experience is assumed.`,
    level: 'advanced',
    skills: [{ name: 'typescript', level: 'advanced' }],
    coverImageUrl: null,
    accessTier: 'pro',
  },
  sections: [
    {
      title: 'Generics',
      lessons: [
        article(
          'Generics and constraints',
          `# Generics and constraints

A generic is a type parameter: a placeholder the caller fills in, usually by inference.

\`\`\`ts
function first<T>(items: readonly T[]): T | undefined {
  return items[0];
}

const n = first([1, 2, 3]);      // number | undefined
const s = first(['a', 'b']);     // string | undefined
\`\`\`

## Constraints

\`extends\` limits what \`T\` may be, so you can use its members:

\`\`\`ts
function longest<T extends { length: number }>(a: T, b: T): T {
  return a.length >= b.length ? a : b;
}

longest('abc', 'de');        // string
longest([1, 2], [3]);        // number[]
\`\`\`

The return type is \`T\`, not \`{ length: number }\`, so callers keep their precise type.

## Relating parameters

Generics shine when they connect parameters:

\`\`\`ts
function pluck<T, K extends keyof T>(items: readonly T[], key: K): T[K][] {
  return items.map((item) => item[key]);
}

const users = [{ id: 1, name: 'Ada' }];
pluck(users, 'name'); // string[]
pluck(users, 'email'); // error: "email" is not a key of the user type
\`\`\`

## Rules of thumb

- A type parameter should appear at least twice (for example in a parameter and the return type). If it appears once, a plain type does the job.
- Prefer inference at call sites; explicit \`fn<string>(...)\` is a hint that the signature could be better.
- Default type parameters (\`<T = unknown>\`) keep generic types easy to use when the caller does not care.`,
        ),
        article(
          'keyof, typeof and indexed access',
          `# keyof, typeof and indexed access

These operators derive types from other types and from values, so a single source of truth drives both.

## typeof in type position

\`\`\`ts
const defaults = { retries: 3, timeoutMs: 5000, verbose: false };
type Options = typeof defaults;
// { retries: number; timeoutMs: number; verbose: boolean }
\`\`\`

## keyof

\`\`\`ts
type OptionName = keyof Options; // 'retries' | 'timeoutMs' | 'verbose'
\`\`\`

## Indexed access

\`\`\`ts
type Timeout = Options['timeoutMs'];        // number
type AnyValue = Options[keyof Options];     // number | boolean
\`\`\`

## Lists of literals with \`as const\`

\`as const\` keeps literal types and makes arrays readonly tuples — perfect for enumerations:

\`\`\`ts
export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];
// 'beginner' | 'intermediate' | 'advanced'

function isLevel(value: string): value is Level {
  return (LEVELS as readonly string[]).includes(value);
}
\`\`\`

The array is available at runtime (for a select box or validation), and the type follows it automatically: add a level in one place and every \`switch\` over \`Level\` that is not exhaustive will fail to compile.

## satisfies

\`satisfies\` checks a value against a type without widening it:

\`\`\`ts
const routes = {
  home: '/',
  job: '/jobs/:id',
} satisfies Record<string, string>;

type RouteName = keyof typeof routes; // 'home' | 'job', not string
\`\`\``,
        ),
      ],
    },
    {
      title: 'Type-level programming',
      lessons: [
        article(
          'Conditional types and infer',
          `# Conditional types and infer

A conditional type chooses between two types:

\`\`\`ts
type IsString<T> = T extends string ? true : false;
type A = IsString<'hi'>; // true
type B = IsString<42>;   // false
\`\`\`

## infer

Inside the \`extends\` clause, \`infer\` captures part of the matched type:

\`\`\`ts
type ElementOf<T> = T extends readonly (infer E)[] ? E : never;
type E = ElementOf<string[]>; // string

type Awaited1<T> = T extends Promise<infer V> ? V : T;
type V = Awaited1<Promise<number>>; // number
\`\`\`

The standard library's \`ReturnType\`, \`Parameters\` and \`Awaited\` are built this way.

## Distribution over unions

When the checked type is a bare type parameter, a conditional type is applied to each member of a union separately:

\`\`\`ts
type NonNull<T> = T extends null | undefined ? never : T;
type X = NonNull<string | null | undefined>; // string
\`\`\`

\`never\` disappears from unions, which is how filtering works. To switch distribution off, wrap both sides in a tuple:

\`\`\`ts
type AllStrings<T> = [T] extends [string] ? true : false;
type M = AllStrings<string | number>; // false, checked as a whole
\`\`\`

## Keep it readable

Conditional types are powerful and easy to overuse. Give each one a descriptive name, keep them small, and test them with type-level assertions:

\`\`\`ts
type Expect<T extends true> = T;
type Equal<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;
type _check = Expect<Equal<ElementOf<number[]>, number>>;
\`\`\``,
        ),
        article(
          'Mapped types and key remapping',
          `# Mapped types and key remapping

A mapped type builds an object type by iterating over keys:

\`\`\`ts
type Flags<T> = { [K in keyof T]: boolean };

type Settings = { darkMode: string; fontSize: number };
type SettingFlags = Flags<Settings>; // { darkMode: boolean; fontSize: boolean }
\`\`\`

## Modifiers

Add or remove \`readonly\` and \`?\` with \`+\` and \`-\`:

\`\`\`ts
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Complete<T> = { [K in keyof T]-?: T[K] };
\`\`\`

The built-ins \`Partial\`, \`Required\`, \`Readonly\`, \`Pick\` and \`Record\` are all mapped types.

## Key remapping with \`as\`

Since TypeScript 4.1 you can rename or drop keys while mapping:

\`\`\`ts
type Getters<T> = {
  [K in keyof T as \`get\${Capitalize<string & K>}\`]: () => T[K];
};

type PersonGetters = Getters<{ name: string; age: number }>;
// { getName: () => string; getAge: () => number }
\`\`\`

Mapping a key to \`never\` removes it:

\`\`\`ts
type OnlyStrings<T> = {
  [K in keyof T as T[K] extends string ? K : never]: T[K];
};
\`\`\`

## A practical example: event handlers

\`\`\`ts
type Events = { created: { id: string }; deleted: { id: string; reason: string } };
type Handlers = { [E in keyof Events]: (payload: Events[E]) => void };
\`\`\`

Add an event to \`Events\` and every \`Handlers\` object must handle it — the compiler keeps the two in step.`,
        ),
        article(
          'Template literal types',
          `# Template literal types

Template literal types build string types the way template strings build strings:

\`\`\`ts
type Size = 'sm' | 'md' | 'lg';
type Color = 'red' | 'blue';
type ClassName = \`\${Color}-\${Size}\`;
// 'red-sm' | 'red-md' | 'red-lg' | 'blue-sm' | 'blue-md' | 'blue-lg'
\`\`\`

Unions in the slots are combined as a cross product, so keep them small.

## Intrinsic helpers

\`Uppercase\`, \`Lowercase\`, \`Capitalize\` and \`Uncapitalize\` transform string literal types.

## Parsing with infer

\`\`\`ts
type RouteParams<Path extends string> =
  Path extends \`\${string}:\${infer Param}/\${infer Rest}\`
    ? Param | RouteParams<Rest>
    : Path extends \`\${string}:\${infer Param}\`
      ? Param
      : never;

type P = RouteParams<'/users/:userId/posts/:postId'>; // 'userId' | 'postId'

function link<Path extends string>(path: Path, params: Record<RouteParams<Path>, string>) {
  return path.replace(/:(\\w+)/g, (_, name: RouteParams<Path>) => params[name]);
}

link('/users/:userId', { userId: '42' });   // ok
link('/users/:userId', { id: '42' });       // error
\`\`\`

Router libraries use exactly this technique to type URL parameters. In application code, reach for it sparingly: a plain union of allowed strings is often clearer.`,
          { required: false },
        ),
      ],
    },
    {
      title: 'Modelling a domain',
      lessons: [
        article(
          'Discriminated unions and exhaustive checks',
          `# Discriminated unions and exhaustive checks

Many bugs come from states that should be impossible: an order that is both "shipped" and has no tracking number, a request that is "loading" but also has an error. Model states as a discriminated union so that impossible combinations cannot be written.

\`\`\`ts
type Order =
  | { status: 'cart'; items: Item[] }
  | { status: 'paid'; items: Item[]; paidAt: Date }
  | { status: 'shipped'; items: Item[]; paidAt: Date; trackingNumber: string };
\`\`\`

A \`shipped\` order without a tracking number is now a compile error.

## Exhaustiveness with never

\`\`\`ts
function assertNever(value: never): never {
  throw new Error(\`Unhandled case: \${JSON.stringify(value)}\`);
}

function label(order: Order): string {
  switch (order.status) {
    case 'cart':
      return 'In your cart';
    case 'paid':
      return \`Paid on \${order.paidAt.toDateString()}\`;
    case 'shipped':
      return \`Shipped: \${order.trackingNumber}\`;
    default:
      return assertNever(order);
  }
}
\`\`\`

When someone adds \`{ status: 'refunded' }\`, \`order\` in the \`default\` branch is no longer \`never\`, and every \`switch\` that forgot the new case fails to compile. The compiler becomes a to-do list for the change.

## Transitions as functions

Write each transition as a function from one state to the next:

\`\`\`ts
function ship(order: Extract<Order, { status: 'paid' }>, trackingNumber: string): Order {
  return { ...order, status: 'shipped', trackingNumber };
}
\`\`\`

Only a paid order can be passed in, so "shipping an unpaid order" is ruled out by types rather than by a runtime check someone might forget.`,
        ),
        article(
          'Branded types for validated values',
          `# Branded types for validated values

Structural typing means any \`string\` fits where an \`EmailAddress\` string is expected. A **brand** adds a phantom property that only your validation function can produce:

\`\`\`ts
declare const emailBrand: unique symbol;
export type Email = string & { readonly [emailBrand]: true };

export function parseEmail(raw: string): Email | null {
  const value = raw.trim().toLowerCase();
  return /^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/.test(value) ? (value as Email) : null;
}

function sendWelcome(to: Email) { /* ... */ }

sendWelcome('ada@example.com');           // error: string is not Email
const email = parseEmail(form.email);
if (email) sendWelcome(email);            // ok
\`\`\`

At runtime an \`Email\` is just a string — the brand exists only for the checker. The single cast lives inside \`parseEmail\`, so "every Email was validated" is true by construction.

## Good candidates

- Identifiers that must not be mixed up: \`UserId\` versus \`CourseId\`
- Validated formats: slugs, e-mail addresses, currency codes
- Units: \`Cents\` versus \`Euros\`, \`Milliseconds\` versus \`Seconds\`

## Pair brands with results

Rather than returning \`null\`, return a result that explains the failure:

\`\`\`ts
type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
\`\`\`

Libraries such as neverthrow provide this shape with helpers for chaining. Either way, parse once at the edge of your system and pass branded values inside it.`,
        ),
      ],
    },
  ],
};

const sqlFundamentals: DemoCourse = {
  details: {
    title: 'SQL fundamentals',
    slug: 'sql-fundamentals',
    summary:
      'Query relational data with confidence: filtering and sorting, aggregates, joins, NULL handling, safe data changes and transactions — with examples you can run in PostgreSQL.',
    description: `SQL is the one language nearly every backend, analyst and data engineer shares. This course teaches it from the ground up with a small online-shop schema (customers, orders, order lines, products).

## What you'll learn

- Reading data with \`SELECT\`, \`WHERE\`, \`ORDER BY\` and \`LIMIT\`
- Summarising with aggregates, \`GROUP BY\` and \`HAVING\`
- Inner and outer joins, and how to choose between them
- Why \`NULL\` behaves the way it does
- Changing data safely with \`INSERT\`, \`UPDATE\`, \`DELETE\`, constraints and transactions

## Who it's for

Developers who have used an ORM but never felt at home in raw SQL, and anyone starting out with relational databases. Examples use PostgreSQL syntax; almost everything applies to MySQL, SQLite and SQL Server too.`,
    level: 'beginner',
    skills: [
      { name: 'sql', level: 'beginner' },
      { name: 'postgresql', level: 'beginner' },
    ],
    coverImageUrl: null,
    accessTier: 'free',
  },
  sections: [
    {
      title: 'Querying a table',
      lessons: [
        article(
          'SELECT, WHERE and ORDER BY',
          `# SELECT, WHERE and ORDER BY

Our examples use this table:

\`\`\`sql
CREATE TABLE products (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name        text NOT NULL,
  category    text NOT NULL,
  price_cents integer NOT NULL CHECK (price_cents >= 0),
  created_at  timestamptz NOT NULL DEFAULT now()
);
\`\`\`

## Choosing columns

\`\`\`sql
SELECT name, price_cents / 100.0 AS price
FROM products;
\`\`\`

Name the columns you need rather than \`SELECT *\`: queries stay stable when columns are added, and less data crosses the network.

## Filtering rows

\`\`\`sql
SELECT name, price_cents
FROM products
WHERE category = 'books'
  AND price_cents BETWEEN 1000 AND 3000
  AND name ILIKE '%sql%';
\`\`\`

\`BETWEEN\` is inclusive on both ends. \`ILIKE\` is PostgreSQL's case-insensitive \`LIKE\`; \`%\` matches any sequence of characters. Use \`IN ('books', 'games')\` to match a list.

## Sorting and limiting

\`\`\`sql
SELECT name, price_cents
FROM products
ORDER BY price_cents DESC, name
LIMIT 10;
\`\`\`

Without \`ORDER BY\`, rows come back in **no guaranteed order** — even if they look sorted today. Whenever you use \`LIMIT\`, add an \`ORDER BY\` that fully determines the order (here, \`name\` breaks ties between equal prices).

## The logical order of a query

SQL is written \`SELECT … FROM … WHERE … ORDER BY\`, but evaluated roughly as **FROM → WHERE → GROUP BY → HAVING → SELECT → ORDER BY → LIMIT**. That is why a column alias defined in \`SELECT\` can be used in \`ORDER BY\` but not in \`WHERE\`.`,
        ),
        article(
          'Aggregates, GROUP BY and HAVING',
          `# Aggregates, GROUP BY and HAVING

Aggregate functions turn many rows into one value: \`count\`, \`sum\`, \`avg\`, \`min\`, \`max\`.

\`\`\`sql
SELECT count(*) AS products, avg(price_cents) AS average_price
FROM products;
\`\`\`

## count(*) versus count(column)

\`count(*)\` counts rows. \`count(discount_code)\` counts rows where \`discount_code\` is **not NULL**. \`count(DISTINCT customer_id)\` counts distinct non-null values.

## GROUP BY

\`\`\`sql
SELECT category, count(*) AS products, max(price_cents) AS most_expensive
FROM products
GROUP BY category
ORDER BY products DESC;
\`\`\`

Each output row is one group. Every column in the \`SELECT\` list must either be in \`GROUP BY\` or inside an aggregate — otherwise the database would not know which row's value to show.

## HAVING filters groups

\`WHERE\` filters rows *before* grouping; \`HAVING\` filters groups *after*:

\`\`\`sql
SELECT category, avg(price_cents) AS average_price
FROM products
WHERE created_at >= now() - interval '1 year'
GROUP BY category
HAVING count(*) >= 5;
\`\`\`

This reads: among products created in the last year, show the average price for categories with at least five such products.

## FILTER

PostgreSQL lets you aggregate a subset without a \`CASE\` expression:

\`\`\`sql
SELECT
  category,
  count(*) AS total,
  count(*) FILTER (WHERE price_cents < 1000) AS under_ten
FROM products
GROUP BY category;
\`\`\``,
        ),
      ],
    },
    {
      title: 'Combining tables',
      lessons: [
        article(
          'Inner and outer joins',
          `# Inner and outer joins

Real data lives in several tables:

\`\`\`sql
CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE orders (
  id          bigint PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers (id),
  placed_at   timestamptz NOT NULL
);
\`\`\`

## INNER JOIN

Keeps only rows that match on both sides:

\`\`\`sql
SELECT c.email, o.id AS order_id, o.placed_at
FROM orders o
JOIN customers c ON c.id = o.customer_id;
\`\`\`

Customers without orders do not appear.

## LEFT JOIN

Keeps every row from the left table; where nothing matches, the right side's columns are \`NULL\`:

\`\`\`sql
SELECT c.email, count(o.id) AS orders
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
GROUP BY c.email;
\`\`\`

Note \`count(o.id)\`, not \`count(*)\`: a customer without orders still produces one row (with \`o.id\` NULL), and \`count(*)\` would report 1.

## Finding rows with no match

\`\`\`sql
SELECT c.email
FROM customers c
WHERE NOT EXISTS (
  SELECT 1 FROM orders o WHERE o.customer_id = c.id
);
\`\`\`

\`NOT EXISTS\` states the intent clearly and handles NULLs correctly, unlike \`NOT IN\` with a subquery that may return NULL.

## A common trap

A condition on the right table placed in \`WHERE\` turns a left join back into an inner join:

\`\`\`sql
-- drops customers without 2025 orders
... LEFT JOIN orders o ON o.customer_id = c.id WHERE o.placed_at >= '2025-01-01'
-- keeps them, with NULL order columns
... LEFT JOIN orders o ON o.customer_id = c.id AND o.placed_at >= '2025-01-01'
\`\`\``,
        ),
        article(
          'NULL and three-valued logic',
          `# NULL and three-valued logic

\`NULL\` means "unknown" (or "not applicable"), not zero or empty string. Comparisons with an unknown value are themselves unknown.

\`\`\`sql
SELECT NULL = NULL;     -- NULL, not true
SELECT NULL <> 1;       -- NULL
SELECT 1 + NULL;        -- NULL
\`\`\`

## WHERE keeps only TRUE

A \`WHERE\` clause keeps rows for which the condition is **true**; both \`false\` and \`NULL\` are discarded. So this misses customers whose country is NULL:

\`\`\`sql
SELECT * FROM customers WHERE country <> 'NL';
\`\`\`

Write what you mean:

\`\`\`sql
SELECT * FROM customers WHERE country IS DISTINCT FROM 'NL';
\`\`\`

## Testing for NULL

Use \`IS NULL\` and \`IS NOT NULL\` — never \`= NULL\`.

## NOT IN and NULL

\`\`\`sql
SELECT * FROM products WHERE id NOT IN (1, 2, NULL);
\`\`\`

returns **no rows at all**: for \`id = 5\`, the test expands to \`5 <> 1 AND 5 <> 2 AND 5 <> NULL\`, and the last part is unknown. Prefer \`NOT EXISTS\` with subqueries.

## Defaults for display

\`coalesce\` returns its first non-NULL argument:

\`\`\`sql
SELECT email, coalesce(nickname, email) AS display_name FROM customers;
\`\`\`

## Design advice

Declare columns \`NOT NULL\` unless "unknown" is a real, meaningful state. Fewer nullable columns means fewer surprises in every query that follows.`,
        ),
      ],
    },
    {
      title: 'Changing data',
      lessons: [
        article(
          'INSERT, UPDATE and DELETE safely',
          `# INSERT, UPDATE and DELETE safely

## INSERT

\`\`\`sql
INSERT INTO products (name, category, price_cents)
VALUES ('SQL Pocket Guide', 'books', 1999),
       ('Mechanical keyboard', 'hardware', 8900)
RETURNING id, created_at;
\`\`\`

\`RETURNING\` (PostgreSQL, SQLite) hands back generated values without a second query.

## Upserts

\`\`\`sql
INSERT INTO stock (sku, quantity)
VALUES ('kb-01', 5)
ON CONFLICT (sku) DO UPDATE
SET quantity = stock.quantity + EXCLUDED.quantity;
\`\`\`

If the SKU is new, the row is inserted; if it exists, its quantity grows by 5. \`EXCLUDED\` is the row you tried to insert. \`ON CONFLICT\` needs a unique constraint or index on the conflict target; \`DO NOTHING\` skips the row instead.

## UPDATE and DELETE: always scope them

\`\`\`sql
UPDATE products
SET price_cents = price_cents * 90 / 100
WHERE category = 'books';

DELETE FROM orders
WHERE placed_at < now() - interval '7 years';
\`\`\`

An \`UPDATE\` or \`DELETE\` without \`WHERE\` changes **every row**. Habits that prevent accidents:

1. Write the \`SELECT\` with the same \`WHERE\` first and check the row count.
2. Run the change inside a transaction, inspect the result, then \`COMMIT\` or \`ROLLBACK\`.
3. In application code, check the affected row count: updating zero rows usually means "not found".

## Parameterise, never concatenate

\`\`\`ts
// vulnerable to SQL injection
db.query(\`SELECT * FROM customers WHERE email = '\${email}'\`);
// safe: the value is sent separately from the SQL text
db.query('SELECT * FROM customers WHERE email = $1', [email]);
\`\`\``,
        ),
        article(
          'Transactions and constraints',
          `# Transactions and constraints

## Transactions

A transaction groups statements so they succeed or fail together:

\`\`\`sql
BEGIN;
UPDATE accounts SET balance_cents = balance_cents - 5000 WHERE id = 1;
UPDATE accounts SET balance_cents = balance_cents + 5000 WHERE id = 2;
COMMIT;
\`\`\`

If anything fails before \`COMMIT\`, \`ROLLBACK\` (or a dropped connection) undoes both updates. Other sessions never see the money "in flight". These are the ACID guarantees: atomicity, consistency, isolation, durability.

## Isolation in one paragraph

PostgreSQL defaults to **READ COMMITTED**: each statement sees data committed before it started. Two transactions can still read the same balance and both write a new value based on it (a lost update). Avoid it by updating relative to the current value, as above, by locking the row with \`SELECT … FOR UPDATE\`, or by running at \`SERIALIZABLE\` and retrying on serialisation failures.

## Constraints: let the database say no

\`\`\`sql
CREATE TABLE accounts (
  id            bigint PRIMARY KEY,
  owner_email   text NOT NULL UNIQUE,
  balance_cents bigint NOT NULL CHECK (balance_cents >= 0)
);
\`\`\`

- \`NOT NULL\` — a value is required
- \`UNIQUE\` — no duplicates, even under concurrent inserts
- \`CHECK\` — a rule about the row's values
- \`FOREIGN KEY\` (\`REFERENCES\`) — the referenced row exists

Application checks are good for friendly error messages, but only constraints hold when two requests race or a script bypasses your code. With the \`CHECK\` above, the transfer fails as a whole if account 1 would go negative — no half-finished transfer can exist.`,
          { required: false },
        ),
      ],
    },
  ],
};

const postgresqlPerformance: DemoCourse = {
  details: {
    title: 'PostgreSQL performance and indexing',
    slug: 'postgresql-performance-and-indexing',
    summary:
      'Read query plans, choose the right index (B-tree, partial, expression, covering, GIN), paginate without OFFSET and keep tables healthy with VACUUM — practical PostgreSQL tuning for application developers.',
    description: `Most slow PostgreSQL queries are fixed by understanding one plan and adding one well-chosen index. This course teaches you to do that systematically instead of guessing.

## What you'll learn

- Reading \`EXPLAIN (ANALYZE, BUFFERS)\` output and spotting the expensive node
- How the planner estimates row counts, and what to do when it is wrong
- B-tree index design: column order, equality before range, sort order
- Partial, expression, covering and GIN indexes — and when each one pays off
- Keyset pagination, and how MVCC, VACUUM and bloat affect performance

## Who it's for

Backend developers who write SQL against PostgreSQL and want to fix slow queries themselves. You should be comfortable with joins and \`GROUP BY\`; *SQL fundamentals* covers those.`,
    level: 'advanced',
    skills: [
      { name: 'postgresql', level: 'advanced' },
      { name: 'sql', level: 'advanced' },
    ],
    coverImageUrl: null,
    accessTier: 'pro',
  },
  sections: [
    {
      title: 'Reading query plans',
      lessons: [
        article(
          'EXPLAIN and EXPLAIN ANALYZE',
          `# EXPLAIN and EXPLAIN ANALYZE

\`EXPLAIN\` shows the plan PostgreSQL *intends* to run. \`EXPLAIN ANALYZE\` runs the query and adds what actually happened.

\`\`\`sql
EXPLAIN (ANALYZE, BUFFERS)
SELECT id, title FROM jobs
WHERE company_id = 42 AND status = 'open'
ORDER BY published_at DESC
LIMIT 20;
\`\`\`

\`\`\`text
Limit  (cost=0.43..52.10 rows=20 width=48) (actual time=0.051..0.190 rows=20 loops=1)
  ->  Index Scan using jobs_company_published_idx on jobs  (cost=0.43..1290.60 rows=500 width=48)
        (actual time=0.050..0.185 rows=20 loops=1)
        Index Cond: (company_id = 42)
        Filter: (status = 'open'::text)
        Rows Removed by Filter: 3
        Buffers: shared hit=24
Planning Time: 0.210 ms
Execution Time: 0.220 ms
\`\`\`

## How to read it

- The plan is a tree; read it **from the innermost node outwards**. Each node feeds rows to its parent.
- \`cost=start..total\` is in arbitrary planner units. Useful for comparing plans, not as milliseconds.
- \`rows=\` in the first parentheses is the **estimate**; in \`actual\` it is the truth. A large mismatch (10× or more) is the first thing to investigate.
- \`loops\` multiplies: an inner node with \`actual time=0.5\` and \`loops=10000\` costs five seconds.
- \`Rows Removed by Filter\` shows work wasted reading rows the index could not exclude.
- \`Buffers: shared hit\` counts 8 kB pages found in memory; \`read\` means pages came from disk (or the OS cache).

## Common node types

- **Seq Scan** — reads the whole table. Fine for small tables or when most rows qualify.
- **Index Scan** / **Index Only Scan** — follow the index; the latter skips the table when the visibility map allows.
- **Bitmap Heap Scan** — collects matching row locations from one or more indexes, then reads pages in physical order.
- **Nested Loop**, **Hash Join**, **Merge Join** — the three join strategies.

Remember that \`ANALYZE\` really executes the statement: wrap an \`UPDATE\` or \`DELETE\` in \`BEGIN … ROLLBACK\`.`,
        ),
        article(
          'Statistics and row estimates',
          `# Statistics and row estimates

The planner chooses between plans by estimating how many rows each step produces. Those estimates come from statistics gathered by \`ANALYZE\` (which autovacuum runs for you periodically).

## What is collected

For each column, \`pg_stats\` holds the fraction of NULLs, the number of distinct values, the most common values with their frequencies, and a histogram of the rest:

\`\`\`sql
SELECT attname, n_distinct, most_common_vals, most_common_freqs
FROM pg_stats
WHERE tablename = 'jobs' AND attname = 'status';
\`\`\`

## When estimates go wrong

**Stale statistics.** After a bulk load, run \`ANALYZE jobs;\` yourself rather than waiting for autovacuum.

**Correlated columns.** The planner assumes conditions are independent. If \`city = 'Amsterdam'\` matches 10% of rows and \`country = 'NL'\` matches 12%, it estimates 1.2% for both — but nearly every Amsterdam row is in NL. Extended statistics fix this:

\`\`\`sql
CREATE STATISTICS jobs_city_country (dependencies) ON city, country FROM jobs;
ANALYZE jobs;
\`\`\`

**Skewed data.** The default statistics target keeps 100 most-common values. For a column with a long tail, raise it:

\`\`\`sql
ALTER TABLE jobs ALTER COLUMN company_id SET STATISTICS 1000;
ANALYZE jobs;
\`\`\`

**Expressions.** A condition like \`lower(email) = $1\` has no statistics unless there is an expression index on \`lower(email)\` — creating one also gives the planner statistics for it.

## Why it matters

An underestimate of 1 row where there are really 100 000 leads the planner to pick a nested loop that runs 100 000 times. Fix the estimate and the right plan usually follows — without hints, which PostgreSQL deliberately does not offer.`,
          { required: false },
        ),
      ],
    },
    {
      title: 'Choosing indexes',
      lessons: [
        article(
          'B-tree indexes and column order',
          `# B-tree indexes and column order

The default index type, B-tree, keeps keys sorted. It serves equality, ranges (\`<\`, \`BETWEEN\`), \`ORDER BY\` and prefix \`LIKE 'abc%'\` (with the right operator class or C collation).

## Multicolumn indexes: order matters

An index on \`(company_id, status, published_at)\` is sorted by \`company_id\`, then \`status\` within each company, then \`published_at\`. It helps queries that constrain a **leftmost prefix**:

| Query condition | Uses the index well? |
| --- | --- |
| \`company_id = 42\` | yes |
| \`company_id = 42 AND status = 'open'\` | yes |
| \`company_id = 42 AND status = 'open' ORDER BY published_at DESC\` | yes, and no sort needed |
| \`status = 'open'\` alone | poorly — the leading column is not constrained |

## Equality first, then range

\`\`\`sql
-- WHERE company_id = $1 AND published_at > now() - interval '30 days'
CREATE INDEX jobs_company_published_idx ON jobs (company_id, published_at);
\`\`\`

Put columns compared with \`=\` first and the range or sort column last. The reverse order, \`(published_at, company_id)\`, forces a scan over all companies' recent rows.

## Do not over-index

Every index slows down writes (each \`INSERT\` updates every index on the table), takes disk and memory, and can block HOT updates. Find unused ones:

\`\`\`sql
SELECT relname, indexrelname, idx_scan
FROM pg_stat_user_indexes
WHERE idx_scan = 0
ORDER BY pg_relation_size(indexrelid) DESC;
\`\`\`

## Build without downtime

\`CREATE INDEX CONCURRENTLY\` builds an index without blocking writes. It takes longer, cannot run inside a transaction block, and leaves an \`INVALID\` index behind if it fails — drop it and retry.`,
        ),
        article(
          'Partial, expression and covering indexes',
          `# Partial, expression and covering indexes

## Partial indexes

Index only the rows you query:

\`\`\`sql
CREATE INDEX jobs_open_published_idx
  ON jobs (published_at DESC)
  WHERE status = 'open';
\`\`\`

If 5% of jobs are open, this index is about 5% of the size of a full one, stays in memory, and is cheaper to maintain. The planner uses it only when the query's \`WHERE\` clause implies the index predicate — write \`status = 'open'\` literally, not through a parameter the planner cannot see when preparing a generic plan.

Partial unique indexes enforce rules like "one active subscription per user":

\`\`\`sql
CREATE UNIQUE INDEX one_active_subscription
  ON subscriptions (user_id) WHERE cancelled_at IS NULL;
\`\`\`

## Expression indexes

An index on a column does not help a query on a function of it:

\`\`\`sql
-- cannot use an index on (email)
SELECT * FROM users WHERE lower(email) = lower($1);

CREATE INDEX users_email_lower_idx ON users (lower(email));
\`\`\`

The query expression must match the index expression exactly.

## Covering indexes and index-only scans

\`INCLUDE\` stores extra columns in the index leaf pages without making them part of the key:

\`\`\`sql
CREATE INDEX orders_customer_idx ON orders (customer_id) INCLUDE (total_cents, placed_at);

SELECT total_cents, placed_at FROM orders WHERE customer_id = $1;
\`\`\`

This can run as an **Index Only Scan**, never touching the table — provided the pages are marked all-visible in the visibility map, which VACUUM maintains. In the plan, watch \`Heap Fetches\`: a high number means the visibility map is stale and the "index-only" scan is visiting the table anyway.`,
        ),
        article(
          'GIN indexes for jsonb, arrays and full-text search',
          `# GIN indexes for jsonb, arrays and full-text search

A B-tree indexes one value per row. A **GIN** (generalised inverted index) indexes the *elements* inside a value — keys in a \`jsonb\` document, items in an array, words in a text search vector — and maps each element to the rows containing it.

## Arrays

\`\`\`sql
CREATE INDEX jobs_skills_idx ON jobs USING gin (skills);

SELECT id FROM jobs WHERE skills @> ARRAY['typescript', 'postgresql'];
\`\`\`

\`@>\` means "contains all of"; \`&&\` means "overlaps with".

## jsonb

\`\`\`sql
CREATE INDEX events_payload_idx ON events USING gin (payload jsonb_path_ops);

SELECT * FROM events WHERE payload @> '{"type": "order.placed"}';
\`\`\`

\`jsonb_path_ops\` is smaller and faster for \`@>\` queries; the default \`jsonb_ops\` also supports the key-existence operators \`?\`, \`?|\` and \`?&\`. If you always filter on one known key, a B-tree expression index on \`(payload->>'type')\` is simpler still.

## Full-text search

\`\`\`sql
ALTER TABLE jobs ADD COLUMN search tsvector
  GENERATED ALWAYS AS (
    setweight(to_tsvector('english', title), 'A') ||
    setweight(to_tsvector('english', coalesce(description, '')), 'B')
  ) STORED;

CREATE INDEX jobs_search_idx ON jobs USING gin (search);

SELECT id, title, ts_rank(search, query) AS rank
FROM jobs, websearch_to_tsquery('english', 'senior typescript -php') AS query
WHERE search @@ query
ORDER BY rank DESC
LIMIT 20;
\`\`\`

## Costs

GIN indexes are slower to update than B-trees. PostgreSQL buffers new entries in a pending list (\`fastupdate\`) and merges them later, which keeps inserts fast but can make some searches slower until VACUUM cleans up. For write-heavy tables, measure before and after.`,
          { required: false },
        ),
      ],
    },
    {
      title: 'Running in production',
      lessons: [
        article(
          'Keyset pagination instead of OFFSET',
          `# Keyset pagination instead of OFFSET

The obvious way to page through results is:

\`\`\`sql
SELECT id, title, published_at FROM jobs
ORDER BY published_at DESC, id DESC
LIMIT 20 OFFSET 10000;
\`\`\`

PostgreSQL must produce and throw away 10 000 rows before returning 20, so each page is slower than the last. Worse, if rows are inserted while a user pages, items shift between pages and appear twice or not at all.

## Seek from the last row instead

Remember the sort key of the last row the client saw and ask for rows after it:

\`\`\`sql
SELECT id, title, published_at FROM jobs
WHERE (published_at, id) < ($1, $2)
ORDER BY published_at DESC, id DESC
LIMIT 20;
\`\`\`

with an index on \`(published_at DESC, id DESC)\` (a plain ascending index works too; B-trees scan both ways). The row comparison \`(a, b) < (x, y)\` means \`a < x OR (a = x AND b < y)\`, which matches the sort order exactly, and PostgreSQL can use it as a single index range condition.

Every page now costs the same: one index descent plus 20 rows.

## The cursor

Encode the last row's sort key into an opaque cursor for the API:

\`\`\`ts
const cursor = Buffer.from(JSON.stringify([last.publishedAt, last.id])).toString('base64url');
\`\`\`

Validate it on the way back in — it is user input.

## Trade-offs

- No "jump to page 37". For search results, users rarely need it; offer filters instead.
- The sort must end in a unique column (\`id\`) so ties are broken deterministically.
- A total count, if you show one, is a separate and often expensive query; consider an estimate or "more than 1 000".`,
        ),
        article(
          'MVCC, VACUUM and bloat',
          `# MVCC, VACUUM and bloat

PostgreSQL never overwrites a row in place. An \`UPDATE\` writes a new version of the row and marks the old one as expired; a \`DELETE\` only marks. This is **MVCC** (multi-version concurrency control): readers see the versions valid for their snapshot and never block writers.

The cost: dead row versions accumulate until **VACUUM** removes them.

## What VACUUM does

- Marks space from dead tuples as reusable (it does not usually shrink the file)
- Updates the visibility map, which enables index-only scans
- Freezes old transaction IDs to prevent wraparound

Autovacuum runs it automatically once a table has changed enough — by default when dead tuples exceed 50 rows plus 20% of the table.

## Watch for trouble

\`\`\`sql
SELECT relname, n_live_tup, n_dead_tup, last_autovacuum
FROM pg_stat_user_tables
ORDER BY n_dead_tup DESC
LIMIT 10;
\`\`\`

A large, busy table with 20% dead tuples before each vacuum wastes a lot of space. Tune per table:

\`\`\`sql
ALTER TABLE events SET (autovacuum_vacuum_scale_factor = 0.02);
\`\`\`

## What blocks cleanup

VACUUM can only remove versions that no running transaction might still see. A session left **idle in transaction** for hours holds back cleanup for the entire database. Set a guard:

\`\`\`sql
ALTER DATABASE app SET idle_in_transaction_session_timeout = '5min';
\`\`\`

Long-running analytics queries and abandoned replication slots have the same effect.

## HOT updates

If an update changes no indexed column and the new version fits on the same page, PostgreSQL makes a heap-only tuple (HOT) update: no index entries are written. Avoid indexing frequently updated columns you never filter by, and consider a \`fillfactor\` below 100 for update-heavy tables to leave room on each page.`,
        ),
      ],
    },
  ],
};

const systemDesignBasics: DemoCourse = {
  details: {
    title: 'System design basics',
    slug: 'system-design-basics',
    summary:
      'The building blocks behind scalable web systems — estimates, stateless services, load balancing, caching, replication and partitioning — and how to reason about their trade-offs.',
    description: `System design is the skill of choosing and combining a few well-understood building blocks to meet real requirements. This course gives you those blocks and a way to reason about them, whether in a design review or a system design interview.

## What you'll learn

- Turning vague requirements into numbers: traffic, storage and latency budgets
- Stateless services behind a load balancer, and where state should live instead
- Caching strategies and their failure modes
- Read replicas, partitioning and what each costs you
- Consistency and availability trade-offs, explained without hand-waving

## Who it's for

Developers with a year or two of backend experience who want to design systems beyond a single server, and anyone preparing for system design interviews.`,
    level: 'intermediate',
    skills: [
      { name: 'system design', level: 'intermediate' },
      { name: 'distributed systems', level: 'beginner' },
    ],
    coverImageUrl: null,
    accessTier: 'free',
  },
  sections: [
    {
      title: 'Thinking in numbers',
      lessons: [
        article(
          'Requirements and back-of-the-envelope estimates',
          `# Requirements and back-of-the-envelope estimates

Good designs start from requirements, and requirements become useful once they are numbers.

## Functional and non-functional

- **Functional**: what the system does. "Candidates search jobs; employers post jobs; candidates apply."
- **Non-functional**: how well. Latency targets, availability, durability, consistency, cost.

Ask which operations matter most and how they relate: a job board is read-heavy — many searches per posting.

## Estimating load

Suppose 2 million daily active users, each running 10 searches a day:

\`\`\`text
2,000,000 × 10 = 20,000,000 searches/day
20,000,000 / 86,400 s ≈ 230 searches/s on average
peak ≈ 3–5 × average ≈ 1,000 searches/s
\`\`\`

A single well-indexed PostgreSQL instance can serve that if queries are cheap; a few application servers handle it comfortably. The estimate tells you **which problems you do not have** — often the most valuable outcome.

## Estimating storage

100,000 new postings a day at about 5 kB each:

\`\`\`text
100,000 × 5 kB = 500 MB/day ≈ 180 GB/year
\`\`\`

Fits on one machine for years; plan archiving, not sharding.

## Numbers worth remembering

- Main memory reference: ~100 ns
- Read 1 MB sequentially from memory: ~10 µs
- SSD random read: ~100 µs
- Round trip within a data centre: ~0.5 ms
- Round trip across a continent: ~30–80 ms; across the Atlantic: ~80–100 ms

The orders of magnitude matter more than the exact values: one cross-region call costs more than thousands of in-memory operations.`,
        ),
        article(
          'Stateless services and load balancing',
          `# Stateless services and load balancing

The easiest way to handle more traffic is to run more copies of your application. That only works if any copy can serve any request — if the application servers are **stateless**.

## Where state goes

- **Sessions**: in signed tokens or a shared store (Redis), not in server memory
- **Uploads**: in object storage (S3 or compatible), not on the local disk
- **Durable data**: in the database
- **Scheduled work**: in a queue or a job table, claimed by workers

Once state lives outside the process, servers become interchangeable: you can add, remove or restart them at will.

## Load balancers

A load balancer spreads requests across healthy instances.

- **Layer 4** (TCP) balancers forward connections; fast and protocol-agnostic.
- **Layer 7** (HTTP) balancers see paths and headers, so they can route \`/api\` and \`/static\` differently, terminate TLS and retry idempotent requests.

Common algorithms: round robin, least connections, and consistent hashing when requests for the same key should land on the same instance (for example to improve cache hit rates).

## Health checks

The balancer needs to know which instances can take traffic:

- **Liveness**: the process is running. Failing it means "restart me".
- **Readiness**: the process can serve — connected to the database, warmed up. Failing it means "send me no traffic for now".

Keep them separate: a database outage should make instances unready, not trigger a restart storm.

## Graceful shutdown

On deploy, an instance should stop accepting new requests, finish in-flight ones, then exit. Without this, every deploy drops requests.`,
        ),
      ],
    },
    {
      title: 'Data at scale',
      lessons: [
        article(
          'Caching strategies',
          `# Caching strategies

A cache keeps the result of expensive work close to where it is needed. It can cut latency and database load dramatically — and it introduces a second copy of your data that can be wrong.

## Cache-aside (lazy loading)

The application checks the cache first and fills it on a miss:

\`\`\`ts
async function getCompany(id: string): Promise<Company> {
  const cached = await redis.get(\`company:\${id}\`);
  if (cached) return JSON.parse(cached);
  const company = await db.findCompany(id);
  await redis.set(\`company:\${id}\`, JSON.stringify(company), 'EX', 300);
  return company;
}
\`\`\`

Simple and resilient: if the cache is down, requests go to the database.

## Invalidation

When data changes, either **delete the key** (the next read refills it) or let the **TTL** expire it. Deleting is usually safer than writing the new value, which can race with a concurrent refill of the old value. Keep a TTL even when you invalidate explicitly, as a bound on how long a missed invalidation can last.

## Write-through and write-behind

- **Write-through**: write to the cache and database together. Reads are always warm, writes are slower.
- **Write-behind**: write to the cache and flush to the database later. Fast, but risks losing data — rarely worth it for business data.

## Failure modes

- **Stampede**: a popular key expires and hundreds of requests recompute it at once. Mitigate with a short lock, request coalescing, or early refresh.
- **Cold start**: after a cache flush the database takes the full load. Make sure it can survive that.
- **Stale reads**: decide, per piece of data, how stale is acceptable. Prices at checkout: not at all. A company's description: minutes are fine.

Cache what is read often, changes rarely, and is expensive to compute — and measure the hit rate.`,
        ),
        article(
          'Replication and partitioning',
          `# Replication and partitioning

When one database server is not enough, you have two tools: copy the data (replication) or split it (partitioning).

## Replication

A **primary** accepts writes and streams changes to **replicas** that serve reads.

- Scales reads, not writes: every replica applies every write.
- Replication is usually asynchronous, so replicas lag — typically milliseconds, sometimes seconds. A user who saves their profile and is then routed to a lagging replica sees the old version.
- Fixes for the lag: read your own writes from the primary for a short window after a write, or route a session to the primary once it has written.
- Replicas double as warm standbys: if the primary fails, one is promoted.

## Partitioning (sharding)

Split the data so each node owns a subset:

- **By key range** (users A–M, N–Z): supports range scans but creates hot spots if keys are not evenly used.
- **By hash of key**: spreads load evenly; range queries must ask every shard.

Choose the partition key so most queries touch one shard — often the tenant or customer ID. Queries across shards, cross-shard transactions and rebalancing all become your problem.

## Try everything else first

Sharding is a one-way door that complicates every feature built afterwards. Before sharding:

1. Fix slow queries and add the right indexes.
2. Add caching and read replicas.
3. Move large, rarely read data (logs, events) elsewhere.
4. Use a bigger machine — vertical scaling goes a long way today.
5. Use table partitioning inside one database for time-series data.

Many successful products run on a single primary with a couple of replicas for their entire life.`,
        ),
      ],
    },
    {
      title: 'Trade-offs',
      lessons: [
        article(
          'Consistency, availability and CAP',
          `# Consistency, availability and CAP

## The CAP theorem, precisely

When a network **partition** separates nodes of a distributed data store, each node must choose: refuse requests until it can coordinate (stay **consistent**), or keep answering with possibly stale data (stay **available**). You cannot have both during the partition.

CAP says nothing about the normal case. There, the interesting trade-off is **latency versus consistency** (the PACELC formulation): coordinating replicas for every read and write costs round trips.

## Consistency levels in practice

- **Strong (linearisable)**: every read sees the latest write. Needed for balances, inventory, unique usernames.
- **Read-your-writes**: a user always sees their own changes. Usually what people mean by "it feels consistent".
- **Eventual**: replicas converge if writes stop. Fine for view counters, search indexes, recommendation feeds.

Different data in the same product can, and should, choose differently.

## Designing with eventual consistency

- Show the user's own action optimistically, then reconcile.
- Make updates **idempotent** so retries are safe.
- Use version numbers or timestamps to detect and resolve conflicting writes.
- Tell users when data is refreshing rather than pretending it is current.

## A decision checklist

1. What happens if two users act on the same data at once?
2. What does a user see right after their own write?
3. What should happen when the database or a dependency is unreachable: error, degrade, or queue?
4. How stale may each read be?

Answering these four questions explicitly will improve your designs more than memorising any acronym.`,
        ),
        video(
          'Simple Made Easy — Rich Hickey',
          'https://www.infoq.com/presentations/Simple-Made-Easy/',
          3690,
          {
            required: false,
          },
        ),
      ],
    },
  ],
};

const designingEventDrivenSystems: DemoCourse = {
  details: {
    title: 'Designing event-driven systems',
    slug: 'designing-event-driven-systems',
    summary:
      'Events versus commands, the transactional outbox, idempotent consumers, ordering and partitioning, event sourcing and CQRS — how to build message-driven systems that stay correct when things fail.',
    description: `Publishing a message is easy; building a system that stays correct when brokers restart, consumers crash and messages arrive twice is not. This course covers the patterns that make event-driven systems reliable.

## What you'll learn

- The different things people mean by "event-driven", and when to use each
- Designing event contracts: events versus commands, naming, versioning
- Publishing reliably with the transactional outbox
- Consuming safely: at-least-once delivery, idempotency and retries with dead-letter queues
- Ordering guarantees and partitioning
- Where event sourcing and CQRS help — and where they hurt

## Who it's for

Backend engineers who have built request/response services and now work with a message broker such as RabbitMQ, Kafka or a cloud queue. Familiarity with databases and transactions is assumed.`,
    level: 'advanced',
    skills: [
      { name: 'system design', level: 'advanced' },
      { name: 'event-driven architecture', level: 'advanced' },
      { name: 'rabbitmq', level: 'intermediate' },
    ],
    coverImageUrl: null,
    accessTier: 'pro',
  },
  sections: [
    {
      title: 'Events and contracts',
      lessons: [
        video(
          'The Many Meanings of Event-Driven Architecture — Martin Fowler',
          'https://www.youtube.com/watch?v=STKCRSUsyP0',
          3006,
        ),
        article(
          'Events, commands and contracts',
          `# Events, commands and contracts

## Events versus commands

- A **command** asks a specific receiver to do something: \`SendWelcomeEmail\`. It may be refused. There is one intended handler.
- An **event** states a fact that has already happened: \`UserRegistered\`. It cannot be refused. Any number of consumers may react, and the publisher does not know who they are.

Name events in the past tense, after business facts rather than technical operations: \`ApplicationSubmitted\`, not \`ApplicationRowInserted\`.

## Notification or state transfer?

An **event notification** carries just enough to identify what changed:

\`\`\`ts
{ type: 'job.closed', id: 'evt_81f…', occurredAt: '2026-03-02T10:15:00Z', data: { jobId: 'job_42' } }
\`\`\`

Consumers call back to the owner for details. Small events, but coupling at runtime: the owner must be up.

**Event-carried state transfer** includes the data consumers need:

\`\`\`ts
{ type: 'job.closed', data: { jobId: 'job_42', title: 'Backend Engineer', companyId: 'co_7', closedAt: '…' } }
\`\`\`

Consumers keep their own copy and stay autonomous, at the cost of larger events and data that is eventually consistent.

## Treat events as a public API

Once published, other teams depend on an event's shape.

- Give every event an **id**, a **type**, an **occurredAt** timestamp and a **schema version**.
- Make changes **additive**: add optional fields; never rename or remove a field in place.
- For breaking changes, publish a new type (\`job.closed.v2\`) alongside the old one until consumers have moved.
- Document the schema and validate it at the edges, both when publishing and when consuming.

An event that leaks internal table structure turns every refactoring into a cross-team migration. Design the contract for consumers, not from your database.`,
        ),
      ],
    },
    {
      title: 'Reliable messaging',
      lessons: [
        article(
          'The transactional outbox',
          `# The transactional outbox

A common bug:

\`\`\`ts
await db.insertApplication(application);
await broker.publish('application.submitted', event); // what if this fails?
\`\`\`

If the process crashes between the two lines, the application is saved but no event is sent. Publishing first and writing second fails the other way: an event about something that does not exist. You cannot make a database and a broker commit atomically together.

## The pattern

Write the event to an **outbox table in the same transaction** as the business change:

\`\`\`sql
BEGIN;
INSERT INTO applications (id, job_id, candidate_id) VALUES ($1, $2, $3);
INSERT INTO outbox (id, type, payload, created_at)
VALUES ($4, 'application.submitted', $5, now());
COMMIT;
\`\`\`

Either both rows exist or neither does. A separate **relay** then publishes pending outbox rows and marks them sent:

\`\`\`sql
SELECT id, type, payload FROM outbox
WHERE published_at IS NULL
ORDER BY created_at
LIMIT 100
FOR UPDATE SKIP LOCKED;
\`\`\`

\`FOR UPDATE SKIP LOCKED\` lets several relay instances work in parallel without publishing the same row twice at the same time.

## Consequences

- **At-least-once delivery**: if the relay publishes and crashes before marking the row, it publishes again after restart. Consumers must tolerate duplicates (next lesson).
- **Latency**: events leave after the relay's next poll, typically milliseconds to a second. Change data capture (reading the database's write-ahead log, for example with Debezium) removes polling at the cost of more infrastructure.
- **Housekeeping**: delete or archive published rows regularly so the table stays small.

The outbox turns "the event might be lost" into "the event might be delivered twice" — a problem you can solve.`,
        ),
        article(
          'Idempotent consumers, retries and dead letters',
          `# Idempotent consumers, retries and dead letters

Brokers like RabbitMQ deliver **at least once**: a message is redelivered if the consumer crashes or loses its connection before acknowledging it. Exactly-once *processing* is something you build on top, by making handlers idempotent.

## Idempotency with a processed-messages table

\`\`\`ts
async function handle(message: Message): Promise<void> {
  await db.transaction(async (tx) => {
    const inserted = await tx.query(
      'INSERT INTO processed_messages (message_id) VALUES ($1) ON CONFLICT DO NOTHING',
      [message.id],
    );
    if (inserted.rowCount === 0) return; // seen before: skip
    await applyBusinessChange(tx, message);
  });
  channel.ack(message.raw);
}
\`\`\`

The dedupe record and the business change commit together, so a redelivery after a crash either finds the record (skip) or finds neither (process).

Some handlers are naturally idempotent — "set status to closed" can run twice safely; "add 10 credits" cannot. Prefer state-setting over incrementing messages where you can.

## Acknowledge after, not before

Acknowledge only when the work is committed. Acknowledging on receipt turns a crash into a lost message.

## Retries

Distinguish failures:

- **Transient** (timeouts, a dependency restarting): retry with exponential backoff and jitter — for example 1 s, 5 s, 30 s, 2 min.
- **Permanent** (invalid payload, a violated business rule): retrying will never help.

In RabbitMQ, delayed retries are usually built with per-delay retry queues that have a message TTL and dead-letter back to the main exchange.

## Dead-letter queues

After the last retry, or immediately for permanent failures, route the message to a **dead-letter queue**. Alert on its depth, keep the error with the message, and provide a way to replay messages once the bug is fixed. A consumer that retries a poison message forever blocks everything behind it.`,
        ),
        article(
          'Ordering and partitioning',
          `# Ordering and partitioning

"Will my consumer see events in the order they happened?" The honest answer is: only within limits you design for.

## Where order is lost

- **Competing consumers**: two workers on one queue process messages in parallel; message 2 can finish before message 1.
- **Retries**: a failed message retried later lands behind newer ones.
- **Multiple publishers**: two services publishing about the same entity have no shared clock.

## Order per key, not globally

Global order is rarely needed and does not scale. What matters is order **per entity**: the events of one job posting, one order, one account.

- **Kafka** keeps order within a partition; publish with the entity ID as the key so all its events land in the same partition, and have one consumer per partition.
- **RabbitMQ** keeps order within a single queue with a single consumer. The consistent-hash exchange can route by key to several queues, giving per-key order with parallelism across keys.

## Make consumers tolerant

Even with partitioning, design consumers so occasional disorder is harmless:

\`\`\`sql
-- Each event carries the entity's version, incremented on every change.
UPDATE job_view SET status = $1, version = $2
WHERE job_id = $3 AND version < $2;
\`\`\`

An older event arriving late updates nothing. Combined with event-carried state, consumers converge on the latest state regardless of arrival order.

## When order really matters

If a consumer cannot act on event B before event A (for example "payment captured" before "order placed"), either let it park B until A arrives, or fetch the current state from the owner instead of relying on the event sequence. Both are simpler than guaranteeing global order.`,
          { required: false },
        ),
      ],
    },
    {
      title: 'Event sourcing and CQRS',
      lessons: [
        article(
          'Event sourcing and CQRS: when, and when not',
          `# Event sourcing and CQRS: when, and when not

## Event sourcing

Instead of storing current state, store the sequence of events that led to it and derive state by replaying them:

\`\`\`ts
type AccountEvent =
  | { type: 'opened'; owner: string }
  | { type: 'deposited'; amountCents: number }
  | { type: 'withdrawn'; amountCents: number };

function balance(events: AccountEvent[]): number {
  return events.reduce((cents, e) => {
    switch (e.type) {
      case 'deposited':
        return cents + e.amountCents;
      case 'withdrawn':
        return cents - e.amountCents;
      default:
        return cents;
    }
  }, 0);
}
\`\`\`

**Benefits**: a complete audit trail, the ability to answer "what was the state on 1 March?", and new read models built by replaying history. **Costs**: event schemas can never really change (old events stay in the store forever), queries need projections, and replays of long streams need snapshots. Accounting ledgers are the classic good fit; a CRUD settings page is not.

## CQRS

Command Query Responsibility Segregation uses **different models for writing and reading**. Commands go through a model that enforces rules; queries read from views shaped for the screen — a denormalised table, a search index, a cache.

\`\`\`text
command ──▶ write model ──▶ events ──▶ projector ──▶ read model ◀── query
\`\`\`

CQRS pays off when reads and writes have very different shapes or loads, such as a job search index fed by job postings. It does not require event sourcing, and it brings eventual consistency between the two sides that your UI must handle.

## Advice

Apply these patterns to the one part of a system that needs them, not to everything. Most systems are best served by an ordinary relational model, an outbox for the events other services need, and one or two read models where queries demand it.`,
        ),
        article(
          'Sagas: workflows across services',
          `# Sagas: workflows across services

A business process often spans services that each own their data: placing an order reserves stock, charges a card and books a delivery. There is no distributed transaction that can commit all three. A **saga** breaks the process into local transactions, each publishing an event or command that triggers the next, with a **compensating action** for every step that may need undoing.

\`\`\`text
reserve stock ──▶ charge card ──▶ book delivery
      ▲                 │ fails
      └── release stock ◀┘
\`\`\`

## Choreography or orchestration

- **Choreography**: each service reacts to the others' events. No central component, but the overall flow exists only implicitly, spread across consumers — hard to see and to change.
- **Orchestration**: one component (the orchestrator) holds the process state and sends commands to each participant. The flow is explicit and testable in one place.

For more than two or three steps, an orchestrator is usually easier to reason about.

## An orchestrator as a state machine

\`\`\`ts
type OrderSaga =
  | { step: 'reserving-stock'; orderId: string }
  | { step: 'charging'; orderId: string; reservationId: string }
  | { step: 'booking-delivery'; orderId: string; reservationId: string; paymentId: string }
  | { step: 'completed'; orderId: string }
  | { step: 'compensating'; orderId: string; reason: string };
\`\`\`

Persist the saga state after every step, and drive it from incoming replies. After a crash, the orchestrator resumes from the stored step.

## Rules that keep sagas correct

- Every step and every compensation must be **idempotent**: replies can arrive twice.
- Compensations are new business actions ("refund payment"), not rollbacks: the charge happened and others may have seen it.
- Steps that cannot be undone (sending an e-mail) go **last**.
- Set timeouts: a participant that never replies must not leave the saga waiting forever.`,
          { required: false },
        ),
      ],
    },
  ],
};

const reactWithHooks: DemoCourse = {
  details: {
    title: 'React with hooks',
    slug: 'react-with-hooks',
    summary:
      'Build React components the modern way: state with useState and useReducer, effects that synchronise rather than imitate lifecycles, memoisation only where it helps, and custom hooks that share logic cleanly.',
    description: `Hooks are how React components hold state and talk to the outside world. This course builds a correct mental model of them, so you stop fighting stale values, missing dependencies and effects that run too often.

## What you'll learn

- How rendering works, and why state updates do not change variables immediately
- Managing state with \`useState\` and \`useReducer\`
- Writing effects that synchronise with external systems, with proper cleanup
- When \`useMemo\` and \`useCallback\` help and when they only add noise
- Extracting custom hooks, and the rules of hooks that make them work

## Who it's for

Developers who know modern JavaScript and have built a little UI, with or without React. Examples are written in TypeScript, but you can follow along in JavaScript.`,
    level: 'intermediate',
    skills: [
      { name: 'react', level: 'intermediate' },
      { name: 'typescript', level: 'beginner' },
    ],
    coverImageUrl: null,
    accessTier: 'free',
  },
  sections: [
    {
      title: 'State and rendering',
      lessons: [
        video(
          'React Today and Tomorrow — the talk that introduced hooks (React Conf 2018)',
          'https://www.youtube.com/watch?v=dpw9EHDh2bM',
          5700,
          { required: false },
        ),
        article(
          'Rendering and useState',
          `# Rendering and useState

A React component is a function from props and state to UI. React calls it to **render**, compares the result with the previous one, and updates the DOM where they differ.

## State is a snapshot

\`\`\`tsx
function Counter() {
  const [count, setCount] = useState(0);

  function handleClick() {
    setCount(count + 1);
    setCount(count + 1);
    console.log(count); // still the old value
  }

  return <button onClick={handleClick}>Clicked {count} times</button>;
}
\`\`\`

One click adds **one**, not two. \`count\` is a constant within this render; \`setCount\` schedules a new render with a new value. Both calls computed \`0 + 1\`.

## Updater functions

When the next state depends on the previous one, pass a function:

\`\`\`ts
setCount((c) => c + 1);
setCount((c) => c + 1); // now adds two
\`\`\`

## Objects and arrays: replace, don't mutate

\`\`\`ts
const [todos, setTodos] = useState<Todo[]>([]);

// wrong: same array, React may skip the update
todos.push(newTodo);
setTodos(todos);

// right: a new array
setTodos((prev) => [...prev, newTodo]);
setTodos((prev) => prev.map((t) => (t.id === id ? { ...t, done: true } : t)));
\`\`\`

React compares state with \`Object.is\`; a mutated object is the same object, so nothing looks changed.

## Keep state minimal

Do not store what you can compute:

\`\`\`ts
const [todos, setTodos] = useState<Todo[]>([]);
const remaining = todos.filter((t) => !t.done).length; // derived, not state
\`\`\`

Duplicated state drifts out of sync; derived values cannot.`,
        ),
        article(
          'useReducer for related state',
          `# useReducer for related state

When several pieces of state change together, or the next state depends on rules, a reducer keeps the logic in one place.

\`\`\`ts
type State =
  | { status: 'idle' }
  | { status: 'submitting' }
  | { status: 'failed'; error: string }
  | { status: 'done' };

type Action =
  | { type: 'submit' }
  | { type: 'failed'; error: string }
  | { type: 'succeeded' }
  | { type: 'reset' };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'submit':
      return state.status === 'submitting' ? state : { status: 'submitting' };
    case 'failed':
      return { status: 'failed', error: action.error };
    case 'succeeded':
      return { status: 'done' };
    case 'reset':
      return { status: 'idle' };
  }
}
\`\`\`

\`\`\`ts
function ApplyForm() {
  const [state, dispatch] = useReducer(reducer, { status: 'idle' });

  async function onSubmit() {
    dispatch({ type: 'submit' });
    try {
      await submitApplication();
      dispatch({ type: 'succeeded' });
    } catch (e) {
      dispatch({ type: 'failed', error: String(e) });
    }
  }
  // ...
}
\`\`\`

## Why it helps

- **Impossible states are unrepresentable**: you cannot be both submitting and failed, which separate \`isSubmitting\` and \`error\` booleans would allow.
- **Event handlers describe what happened**; the reducer decides what it means.
- **Reducers are pure functions**, so they are trivial to unit-test without rendering anything.

Use \`useState\` for independent values and \`useReducer\` when transitions have rules.`,
          { required: false },
        ),
      ],
    },
    {
      title: 'Effects and performance',
      lessons: [
        article(
          'useEffect: synchronising with the outside world',
          `# useEffect: synchronising with the outside world

An effect keeps something outside React — a subscription, a timer, a browser API, a network connection — in sync with your component's props and state.

\`\`\`ts
function ChatRoom({ roomId }: { roomId: string }) {
  useEffect(() => {
    const connection = createConnection(roomId);
    connection.connect();
    return () => connection.disconnect(); // cleanup
  }, [roomId]);
  // ...
}
\`\`\`

Read it as: "while this component shows room \`roomId\`, be connected to it." When \`roomId\` changes, React runs the cleanup for the old room and the effect for the new one. On unmount, it cleans up.

## Dependencies are not a choice

Every reactive value the effect reads — props, state, values derived from them — belongs in the dependency array. Leaving one out does not "run it less"; it makes the effect use a stale value. The \`react-hooks/exhaustive-deps\` lint rule checks this for you.

## In development, effects run twice

With \`StrictMode\`, React mounts, unmounts and remounts components in development. If that breaks your feature, the cleanup is missing.

## Fetching data

\`\`\`ts
useEffect(() => {
  let ignore = false;
  fetchJob(jobId).then((job) => {
    if (!ignore) setJob(job);
  });
  return () => {
    ignore = true;
  };
}, [jobId]);
\`\`\`

The \`ignore\` flag prevents a slow response for an old \`jobId\` from overwriting a newer one. In real apps, a data library such as TanStack Query handles this, plus caching and retries.

## You might not need an effect

- Deriving a value from props or state? Compute it during render.
- Responding to a click? Do it in the event handler.
- Resetting state when a prop changes? Give the component a \`key\`.

Effects are for synchronising with systems outside React, not for moving data around inside it.`,
        ),
        article(
          'useMemo, useCallback and when not to use them',
          `# useMemo, useCallback and when not to use them

Both hooks cache a value between renders as long as their dependencies are unchanged.

\`\`\`ts
const visibleJobs = useMemo(() => filterJobs(jobs, query), [jobs, query]);
const handleSelect = useCallback((id: string) => setSelected(id), []);
\`\`\`

\`useCallback(fn, deps)\` is the same as \`useMemo(() => fn, deps)\`.

## When they help

1. **The calculation is genuinely expensive.** Measure first: wrap it in \`console.time\` with a realistic data set. If it takes under a millisecond, memoising costs more than it saves.
2. **Referential identity matters.** A component wrapped in \`memo\` re-renders when any prop changes identity:

   \`\`\`ts
   const JobList = memo(function JobList({ onSelect }: { onSelect: (id: string) => void }) { /* ... */ });
   \`\`\`

   A new arrow function on every render defeats \`memo\`; \`useCallback\` keeps it stable.
3. **A value is an effect dependency.** An object created during render is new every time, so an effect depending on it would run on every render.

## When they don't

- Around cheap calculations: extra code, no gain.
- Passing callbacks to plain DOM elements: \`<button onClick>\` does not care about identity.
- As a correctness tool: React may discard cached values. Code must work without memoisation.

## Fix the structure first

Often a better fix is to move state down into the component that uses it, or to pass children as props, so that fewer components re-render at all. Since React 19, the optional React Compiler can add memoisation automatically, which makes manual \`useMemo\` even less often necessary.`,
        ),
      ],
    },
    {
      title: 'Reusing logic',
      lessons: [
        article(
          'Custom hooks',
          `# Custom hooks

A custom hook is a function whose name starts with \`use\` and which calls other hooks. It lets components share **stateful logic**, not state: each component that calls it gets its own copy.

\`\`\`ts
function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);

  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);

  return debounced;
}
\`\`\`

\`\`\`ts
function JobSearch() {
  const [query, setQuery] = useState('');
  const debouncedQuery = useDebouncedValue(query, 300);
  const results = useJobSearch(debouncedQuery);
  // ...
}
\`\`\`

The component reads like a description of what it does; the timing details live in the hook.

## Another example: online status

\`\`\`ts
function useOnlineStatus(): boolean {
  return useSyncExternalStore(
    (callback) => {
      window.addEventListener('online', callback);
      window.addEventListener('offline', callback);
      return () => {
        window.removeEventListener('online', callback);
        window.removeEventListener('offline', callback);
      };
    },
    () => navigator.onLine,
  );
}
\`\`\`

\`useSyncExternalStore\` is the right tool for subscribing to a store outside React; it avoids tearing when rendering is concurrent.

## Designing good hooks

- Name them after **what** they provide (\`useOnlineStatus\`), not the lifecycle they use (\`useMountEffect\`).
- Return the smallest useful thing: a value, or a \`[value, setter]\` pair, or a small object.
- Keep them focused; a hook that does five things is a component in disguise.
- Test them through a small component, or with \`renderHook\` from Testing Library.`,
        ),
        article(
          'The rules of hooks',
          `# The rules of hooks

Hooks come with two rules:

1. **Call hooks only at the top level** — not inside conditions, loops, nested functions or after an early \`return\`.
2. **Call hooks only from React function components or custom hooks** — not from ordinary functions or class components.

## Why the first rule exists

React does not know hooks by name. It remembers them by **call order**: the first \`useState\` in a component gets slot 1, the second gets slot 2, on every render.

\`\`\`ts
function Profile({ user }: { user: User | null }) {
  if (!user) return null;              // early return...
  const [tab, setTab] = useState('jobs'); // ...makes this hook conditional
  // ...
}
\`\`\`

If \`user\` is \`null\` on one render and set on the next, the number of hooks changes and React's slots no longer line up — React throws "Rendered more hooks than during the previous render". Move hooks above any early return:

\`\`\`ts
function Profile({ user }: { user: User | null }) {
  const [tab, setTab] = useState('jobs');
  if (!user) return null;
  // ...
}
\`\`\`

## Conditions go inside

\`\`\`ts
useEffect(() => {
  if (!enabled) return;
  const id = setInterval(poll, 5000);
  return () => clearInterval(id);
}, [enabled]);
\`\`\`

## The exception: use

React 19's \`use\` API, which reads a promise or context, may be called conditionally. It is the only one.

## Let the linter enforce it

\`eslint-plugin-react-hooks\` (or the equivalent Biome rules) reports violations of both rules and missing effect dependencies. Treat its warnings as errors: they almost always point at a real bug.`,
        ),
      ],
    },
  ],
};

const nodeBackendWithFastify: DemoCourse = {
  details: {
    title: 'Node.js backend with Fastify',
    slug: 'nodejs-backend-with-fastify',
    summary:
      'Build fast, well-structured HTTP APIs on Node.js with Fastify: the event loop, schema-validated routes, plugins and encapsulation, hooks and error handling, testing with inject and graceful shutdown.',
    description: `Fastify is a fast, low-overhead web framework for Node.js with first-class JSON schema validation and a plugin system that scales from one file to a large service. This course builds a small job-board API with it.

## What you'll learn

- How the Node.js event loop runs your code, and how not to block it
- Routes with validated input and serialised output using JSON schema and TypeScript
- Plugins, decorators and encapsulation for structuring an application
- Request lifecycle hooks and central error handling
- Testing routes in-process with \`inject\`, and shutting down gracefully

## Who it's for

JavaScript or TypeScript developers who have written a little Node.js (perhaps with Express) and want to build production-quality APIs.`,
    level: 'intermediate',
    skills: [
      { name: 'node.js', level: 'intermediate' },
      { name: 'fastify', level: 'intermediate' },
      { name: 'typescript', level: 'beginner' },
    ],
    coverImageUrl: null,
    accessTier: 'free',
  },
  sections: [
    {
      title: 'How Node.js runs your code',
      lessons: [
        video(
          'What the heck is the event loop anyway? — Philip Roberts (JSConf EU 2014)',
          'https://www.youtube.com/watch?v=8aGhZQkoFbQ',
          1613,
          { required: false },
        ),
        article(
          "The event loop in practice: don't block it",
          `# The event loop in practice: don't block it

Node.js runs your JavaScript on **one thread**. I/O — sockets, files, timers — is handed to the operating system or libuv's thread pool, and when it completes, a callback is queued. The event loop takes queued callbacks one at a time and runs each to completion.

That is why one Node.js process can hold thousands of open connections: while a request waits for the database, the thread serves others.

## Blocking stops everyone

While your code runs, nothing else does. A handler that computes for 200 ms delays **every** request in the process by 200 ms:

\`\`\`ts
app.get('/report', async () => {
  const rows = await db.loadRows();          // fine: waiting, not working
  return rows.map(expensiveTransform);       // 200 ms of CPU blocks everyone
});
\`\`\`

Common culprits: synchronous APIs (\`readFileSync\`, \`crypto.pbkdf2Sync\`), \`JSON.parse\` of huge payloads, complex regular expressions on user input (ReDoS), and big loops.

## What to do about it

- Use the asynchronous variants of Node APIs.
- Limit input sizes (Fastify's \`bodyLimit\` defaults to 1 MiB).
- Move CPU-heavy work to a **worker thread** (\`node:worker_threads\`, or a pool such as piscina) or a separate job queue.
- Break long loops into chunks with \`await setImmediate()\` from \`node:timers/promises\` so other callbacks can run.

## Microtasks and macrotasks

Promise callbacks run in the **microtask** queue, which is drained completely after each macrotask (timer, I/O callback):

\`\`\`ts
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('promise'));
console.log('sync');
// sync, promise, timeout
\`\`\`

## Measure it

\`perf_hooks.monitorEventLoopDelay()\` reports how late the loop runs. Expose its percentiles as a metric: a rising p99 delay is an early sign that something is blocking.`,
        ),
      ],
    },
    {
      title: 'Building the API',
      lessons: [
        article(
          'Routes and schema validation',
          `# Routes and schema validation

\`\`\`ts
import Fastify from 'fastify';

const app = Fastify({ logger: true });

app.get('/health', async () => ({ status: 'ok' }));

await app.listen({ port: 3000, host: '0.0.0.0' });
\`\`\`

Returning a value from an \`async\` handler sends it as JSON. Errors thrown from the handler become error responses.

## Validate input with JSON schema

\`\`\`ts
app.post(
  '/jobs',
  {
    schema: {
      body: {
        type: 'object',
        required: ['title', 'companyId'],
        additionalProperties: false,
        properties: {
          title: { type: 'string', minLength: 3, maxLength: 120 },
          companyId: { type: 'string' },
          remote: { type: 'boolean', default: false },
        },
      },
      response: {
        201: {
          type: 'object',
          properties: { id: { type: 'string' }, title: { type: 'string' } },
        },
      },
    },
  },
  async (request, reply) => {
    const job = await jobs.create(request.body);
    return reply.code(201).send(job);
  },
);
\`\`\`

Fastify compiles the schemas with Ajv. Invalid bodies are rejected with a **400** before your handler runs. You can also validate \`querystring\`, \`params\` and \`headers\`.

## Response schemas are a safety net

The response schema is used to **serialise** output with fast-json-stringify, which is faster than \`JSON.stringify\` — and it only includes the listed properties. A password hash that accidentally ends up on the job object is not sent to the client.

## Types from schemas

With a type provider, the same schema types your handler:

\`\`\`ts
import { Type, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';

const typed = app.withTypeProvider<TypeBoxTypeProvider>();
typed.get(
  '/jobs/:id',
  { schema: { params: Type.Object({ id: Type.String() }) } },
  async (request) => jobs.get(request.params.id), // id: string
);
\`\`\`

One definition gives runtime validation and compile-time types that cannot drift apart.`,
        ),
        article(
          'Plugins, decorators and encapsulation',
          `# Plugins, decorators and encapsulation

Everything in Fastify is a plugin: a function that receives an instance and registers routes, hooks or decorators on it.

\`\`\`ts
import type { FastifyPluginAsync } from 'fastify';

const jobRoutes: FastifyPluginAsync = async (app) => {
  app.get('/', async () => jobs.list());
  app.get('/:id', async (request) => jobs.get((request.params as { id: string }).id));
};

app.register(jobRoutes, { prefix: '/jobs' });
\`\`\`

## Encapsulation

Each \`register\` creates a **child context**. Hooks, decorators and plugins added inside it apply to that context and its children only — not to siblings or the parent:

\`\`\`ts
app.register(async (admin) => {
  admin.addHook('onRequest', requireAdmin); // only affects routes below
  admin.register(adminRoutes);
}, { prefix: '/admin' });

app.register(publicRoutes); // requireAdmin does not run here
\`\`\`

This makes it hard to accidentally apply authentication, or forget it, across the whole app.

## Sharing with fastify-plugin

Sometimes a plugin should decorate the parent — a database pool, for instance. Wrap it with \`fastify-plugin\` to skip encapsulation:

\`\`\`ts
import fp from 'fastify-plugin';

export default fp(async (app) => {
  const pool = createPool(process.env.DATABASE_URL);
  app.decorate('db', pool);
  app.addHook('onClose', async () => pool.end());
});

declare module 'fastify' {
  interface FastifyInstance {
    db: Pool;
  }
}
\`\`\`

The module augmentation tells TypeScript that \`app.db\` exists.

## Order and readiness

Plugins load in registration order, asynchronously. \`await app.ready()\` waits until every plugin has loaded — useful in tests and before listening.`,
        ),
        article(
          'Hooks and error handling',
          `# Hooks and error handling

## The request lifecycle

Hooks run at fixed points for every request in their context:

1. \`onRequest\` — first; good for authentication (the body is not parsed yet)
2. \`preParsing\`, then body parsing
3. \`preValidation\`, then schema validation
4. \`preHandler\` — after validation; good for authorisation that needs the body
5. the route handler
6. \`preSerialization\`, \`onSend\` — adjust the payload or headers
7. \`onResponse\` — after the response is sent; good for metrics

\`\`\`ts
app.addHook('onRequest', async (request) => {
  const token = request.headers.authorization?.replace(/^Bearer /, '');
  request.user = token ? await verifyToken(token) : null;
});
\`\`\`

(\`request.user\` needs \`app.decorateRequest('user', null)\` and a type augmentation.)

## Central error handling

Throw errors from handlers and map them to responses in one place:

\`\`\`ts
class NotFoundError extends Error {}

app.setErrorHandler((error, request, reply) => {
  if (error.validation) {
    return reply.code(400).send({ code: 'VALIDATION', message: error.message });
  }
  if (error instanceof NotFoundError) {
    return reply.code(404).send({ code: 'NOT_FOUND', message: error.message });
  }
  request.log.error(error);
  return reply.code(500).send({ code: 'INTERNAL', message: 'Something went wrong' });
});
\`\`\`

Never send stack traces or raw database errors to clients; log them with the request ID instead. Fastify's logger (pino) attaches \`reqId\` to every log line from \`request.log\`.

## Not found

\`app.setNotFoundHandler\` customises the 404 for unknown routes. Like error handlers, it can be set per encapsulated context — an \`/api\` prefix can return JSON while the rest serves an HTML page.`,
          { required: false },
        ),
      ],
    },
    {
      title: 'Testing and operations',
      lessons: [
        article(
          'Testing routes with inject',
          `# Testing routes with inject

Fastify can send fake HTTP requests straight into the app without opening a socket. Tests are fast and exercise the full stack: hooks, validation, handler, serialisation.

## Build the app in a function

\`\`\`ts
// app.ts
export function buildApp(deps: { jobs: JobStore }) {
  const app = Fastify();
  app.register(jobRoutes(deps.jobs), { prefix: '/jobs' });
  return app;
}

// server.ts
const app = buildApp({ jobs: postgresJobStore(pool) });
await app.listen({ port: 3000 });
\`\`\`

Keeping \`listen\` out of \`buildApp\` lets tests build as many isolated apps as they like, with test doubles or a test database.

## Write the test

\`\`\`ts
import { afterEach, expect, it } from 'vitest';

let app: ReturnType<typeof buildApp>;
afterEach(() => app.close());

it('rejects a job without a title', async () => {
  app = buildApp({ jobs: inMemoryJobStore() });

  const response = await app.inject({
    method: 'POST',
    url: '/jobs',
    payload: { companyId: 'co_1' },
  });

  expect(response.statusCode).toBe(400);
  expect(response.json()).toMatchObject({ code: 'VALIDATION' });
});

it('creates a job and returns it', async () => {
  app = buildApp({ jobs: inMemoryJobStore() });
  const response = await app.inject({
    method: 'POST',
    url: '/jobs',
    payload: { title: 'Backend Engineer', companyId: 'co_1' },
  });
  expect(response.statusCode).toBe(201);
  expect(response.json()).toMatchObject({ title: 'Backend Engineer' });
});
\`\`\`

## What to test here

Test the HTTP contract: status codes, validation, authentication, the shape of responses. Test business rules in plain unit tests of your domain code, where no HTTP is involved.`,
        ),
        article(
          'Graceful shutdown',
          `# Graceful shutdown

In production your process is stopped regularly: every deploy, every scale-down, every node rotation. The orchestrator sends **SIGTERM**, waits a grace period (30 seconds by default in Kubernetes), then sends SIGKILL.

If the process dies immediately, in-flight requests fail and half-finished work is left behind. Shut down in order instead:

\`\`\`ts
const app = buildApp(deps);
await app.listen({ port: 3000, host: '0.0.0.0' });

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, async () => {
    app.log.info({ signal }, 'shutting down');
    const forceExit = setTimeout(() => process.exit(1), 20_000);
    forceExit.unref();
    try {
      await app.close();
      process.exit(0);
    } catch (error) {
      app.log.error(error);
      process.exit(1);
    }
  });
}
\`\`\`

## What \`app.close()\` does

- Stops accepting new connections
- Waits for in-flight requests to finish
- Runs \`onClose\` hooks in reverse order of registration — close the database pool, the Redis client and message channels there

## Readiness during shutdown

Behind a load balancer, fail the readiness check as soon as shutdown starts so no new traffic is routed to the instance while it drains. Keep the liveness check passing until the process exits.

## Don't forget background work

Consumers of queues should stop fetching new messages, finish or requeue the current one, and only then close the connection. Timers and intervals should be cleared, or the process may not exit at all.

The hard timeout is a backstop: if something hangs, the process still exits before the orchestrator kills it, and the log shows why.`,
          { required: false },
        ),
      ],
    },
  ],
};

const testingWithVitest: DemoCourse = {
  details: {
    title: 'Testing with Vitest and property-based testing',
    slug: 'testing-with-vitest-and-property-based-testing',
    summary:
      'Write fast, trustworthy tests in TypeScript with Vitest — assertions, test doubles and fake timers — and find the bugs example tests miss with property-based testing in fast-check.',
    description: `Good tests let you change code with confidence; bad ones slow you down and still miss bugs. This course teaches Vitest from the first test to property-based testing, with a focus on tests that fail for the right reasons.

## What you'll learn

- Structuring tests with Vitest: \`describe\`, \`it\`, \`expect\` and useful matchers
- Mocks, spies and fake timers — and when a hand-written fake is better
- Property-based testing with fast-check: generators, properties and shrinking
- Choosing properties that actually catch bugs
- What makes a test suite fast, readable and resistant to refactoring

## Who it's for

TypeScript and JavaScript developers who write some tests today and want them to be more effective. The examples use Vitest, but the ideas carry over to Jest and other runners.`,
    level: 'intermediate',
    skills: [
      { name: 'testing', level: 'intermediate' },
      { name: 'vitest', level: 'intermediate' },
      { name: 'typescript', level: 'intermediate' },
    ],
    coverImageUrl: null,
    accessTier: 'free',
  },
  sections: [
    {
      title: 'Vitest essentials',
      lessons: [
        article(
          'Your first Vitest tests',
          `# Your first Vitest tests

Vitest is a test runner built on Vite. It understands TypeScript and ES modules out of the box and has a Jest-compatible API.

\`\`\`ts
// slugify.ts
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
\`\`\`

\`\`\`ts
// slugify.test.ts
import { describe, expect, it } from 'vitest';
import { slugify } from './slugify';

describe('slugify', () => {
  it('joins words with single hyphens', () => {
    expect(slugify('Hello World')).toBe('hello-world');
  });

  it('drops punctuation at either end', () => {
    expect(slugify('  ¡Hola, Mundo!  ')).toBe('hola-mundo');
  });

  it.each([
    ['TypeScript 5', 'typescript-5'],
    ['a--b', 'a-b'],
  ])('turns %j into %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});
\`\`\`

Run \`npx vitest\` for watch mode, or \`npx vitest run\` once (as in CI).

## Matchers you will use most

- \`toBe\` — identity (\`Object.is\`); for primitives
- \`toEqual\` — deep equality; \`toStrictEqual\` also checks \`undefined\` properties and classes
- \`toMatchObject\` — the object contains at least these properties
- \`toThrow\` / \`rejects.toThrow\` — synchronous and asynchronous errors
- \`toHaveLength\`, \`toContain\`, \`toBeCloseTo\` for floating-point numbers

## Structure: arrange, act, assert

Each test sets up what it needs, performs one action, and checks the outcome. Name the test after the behaviour ("joins words with single hyphens"), not the implementation. When it fails, the name should tell you what broke.

## Make sure it can fail

A test you have never seen fail may not be testing anything. Break the code on purpose once — flip a condition — and watch the test go red.`,
        ),
        article(
          'Mocks, spies and fake timers',
          `# Mocks, spies and fake timers

Some code talks to things you do not want in a unit test: the clock, the network, a payment provider. Vitest's \`vi\` object provides **test doubles**.

## Functions: vi.fn and vi.spyOn

\`\`\`ts
import { expect, it, vi } from 'vitest';

it('notifies the candidate once', async () => {
  const send = vi.fn().mockResolvedValue(undefined);
  await submitApplication({ send }, application);
  expect(send).toHaveBeenCalledTimes(1);
  expect(send).toHaveBeenCalledWith(expect.objectContaining({ to: 'ada@example.com' }));
});
\`\`\`

\`vi.spyOn(object, 'method')\` wraps an existing method, recording calls while (by default) still calling the original.

## Time: fake timers

\`\`\`ts
it('retries after one second', async () => {
  vi.useFakeTimers();
  const fetchJob = vi.fn().mockRejectedValueOnce(new Error('timeout')).mockResolvedValue(job);

  const result = withRetry(fetchJob, { delayMs: 1000 });
  await vi.advanceTimersByTimeAsync(1000);

  await expect(result).resolves.toEqual(job);
  expect(fetchJob).toHaveBeenCalledTimes(2);
  vi.useRealTimers();
});
\`\`\`

\`vi.setSystemTime(new Date('2026-01-01'))\` pins \`Date.now()\` too. Better still, pass a clock into your code so tests can supply a fixed time without global patching.

## Modules: vi.mock

\`vi.mock('./mailer')\` replaces a whole module. It is hoisted to the top of the file and affects every test in it — powerful, but it couples tests to your file structure.

## Prefer fakes at the boundaries

A small in-memory implementation of an interface is often clearer than a chain of \`mockReturnValue\` calls:

\`\`\`ts
class InMemoryJobs implements JobRepository {
  private readonly jobs = new Map<string, Job>();
  async save(job: Job) { this.jobs.set(job.id, job); }
  async findById(id: string) { return this.jobs.get(id) ?? null; }
}
\`\`\`

Tests then check **outcomes** ("the job is saved as closed") instead of **interactions** ("save was called with…"), so they survive refactoring. Reserve mocks for verifying calls that are the behaviour — like sending exactly one e-mail.`,
        ),
      ],
    },
    {
      title: 'Property-based testing',
      lessons: [
        article(
          'Properties and generators with fast-check',
          `# Properties and generators with fast-check

An example test checks one input you thought of. A **property-based test** states something that must hold for *all* inputs, and lets a library generate hundreds of them — including the ones you did not think of.

\`\`\`ts
import fc from 'fast-check';
import { expect, it } from 'vitest';

it('sorting keeps every element and orders them', () => {
  fc.assert(
    fc.property(fc.array(fc.integer()), (xs) => {
      const sorted = mySort(xs);
      expect(sorted).toHaveLength(xs.length);
      for (let i = 1; i < sorted.length; i++) {
        expect(sorted[i - 1]).toBeLessThanOrEqual(sorted[i]);
      }
      expect([...sorted].sort((a, b) => a - b)).toEqual([...xs].sort((a, b) => a - b));
    }),
  );
});
\`\`\`

By default fast-check runs the property 100 times with random arrays: empty, single-element, with duplicates, with negative numbers and extreme values.

## Arbitraries

Generators are called **arbitraries** and compose:

\`\`\`ts
const money = fc.integer({ min: 0, max: 1_000_000 });
const currency = fc.constantFrom('EUR', 'USD', 'GBP');
const price = fc.record({ amountCents: money, currency });
const basket = fc.array(price, { maxLength: 20 });
const email = fc.emailAddress();
\`\`\`

\`.map\` and \`.filter\` derive new arbitraries, and \`fc.oneof\` picks between several. Prefer building valid values directly over filtering invalid ones away: heavy filtering makes generation slow.

## Reproducing failures

When a property fails, fast-check prints the **seed** and **path** of the failing run. Pass them back to replay exactly that case:

\`\`\`ts
fc.assert(property, { seed: 1681743211, path: '42:3', endOnFailure: true });
\`\`\`

The \`@fast-check/vitest\` package adds \`test.prop\`, which integrates the same thing with Vitest's reporting.`,
        ),
        article(
          'Shrinking and choosing good properties',
          `# Shrinking and choosing good properties

## Shrinking

When fast-check finds a failing input, it **shrinks** it: tries smaller, simpler variants and keeps the simplest one that still fails. Instead of a 37-element array of large numbers, you see:

\`\`\`text
Property failed after 12 tests
Counterexample: [[0, -1]]
Shrunk 9 time(s)
\`\`\`

A two-element counterexample usually points straight at the bug. Shrinking works automatically for arbitraries built with fast-check's combinators, which is another reason to compose them rather than generating values by hand.

## Patterns for properties

Coming up with properties is the hard part. These patterns cover most cases:

- **Round trip**: \`decode(encode(x))\` equals \`x\`. Serialisers, parsers, URL builders.
- **Invariant**: something always holds. A progress percentage stays between 0 and 100; a balance never goes negative.
- **Idempotence**: doing it twice equals doing it once. \`normalise(normalise(s)) === normalise(s)\`; completing a lesson twice changes nothing.
- **Oracle**: compare with a simpler, slower, obviously correct implementation.
- **Metamorphic**: relate outputs of related inputs. Adding a filter never increases the number of search results.
- **Model-based**: run random sequences of commands against your system and against a simple model, and compare state after each step (\`fc.commands\`).

## Avoid restating the implementation

A property that recomputes the result the same way the code does will agree with every bug. Properties should be *simpler* than the code they check — describe **what** must be true, not **how** it is computed.

## Keep example tests too

Properties find edge cases; examples document intent and are easier to read. A healthy suite has a few of each for the logic that matters most.`,
        ),
      ],
    },
    {
      title: 'Test design',
      lessons: [
        article(
          'What makes a test useful',
          `# What makes a test useful

A useful test **fails when behaviour breaks** and **passes when only the implementation changes**. Everything else follows from that.

## Test behaviour through public interfaces

\`\`\`ts
// brittle: knows about internals
expect(cart['items'].length).toBe(2);

// robust: uses the same API as callers
expect(cart.total()).toEqual({ amountCents: 4998, currency: 'EUR' });
\`\`\`

## One reason to fail

A test that checks ten things fails for ten reasons and tells you little. Focused tests with descriptive names form a readable specification:

- "applies the discount before tax"
- "refuses a discount code that has expired"

## Arrange clearly

Use small builders with sensible defaults so each test states only what matters to it:

\`\`\`ts
const job = aJob({ status: 'closed' }); // everything else is a valid default
\`\`\`

## Determinism

Flaky tests erode trust until people ignore failures. Common causes and fixes:

- **Time**: inject a clock or use fake timers.
- **Randomness**: inject the generator or fix the seed.
- **Order dependence**: each test creates its own data; never rely on another test having run.
- **Real concurrency**: await what you start; avoid arbitrary \`sleep\` calls.

## The right level

- **Unit tests** for domain logic: fast, many, no I/O.
- **Integration tests** for adapters: a real database, real queries.
- **End-to-end tests** for a few critical journeys: slow, valuable, kept to a minimum.

Keep pure logic separate from I/O and most of your behaviour becomes testable at the fastest level.`,
        ),
        video('Boundaries — Gary Bernhardt', 'https://www.destroyallsoftware.com/talks/boundaries', 2010, {
          required: false,
        }),
      ],
    },
  ],
};

const gitForTeams: DemoCourse = {
  details: {
    title: 'Git for teams',
    slug: 'git-for-teams',
    summary:
      'Understand how Git really stores history, then use it well with others: branches, merge versus rebase, commits and pull requests reviewers enjoy, undoing mistakes safely and finding regressions with bisect.',
    description: `Most Git trouble comes from memorising commands without a model of what they do. This course starts with that model — commits, trees and references — and builds team workflows on top of it.

## What you'll learn

- How Git stores snapshots, and why a branch is only a pointer
- When to merge and when to rebase, and the one rule that keeps rebasing safe
- Writing commits and pull requests that are easy to review
- Undoing almost anything: \`restore\`, \`revert\`, \`reset\` and the reflog
- Finding the commit that introduced a bug with \`git bisect\`

## Who it's for

Developers who use Git every day but feel nervous when something goes wrong, and anyone joining a team that works with pull requests.`,
    level: 'beginner',
    skills: [{ name: 'git', level: 'intermediate' }],
    coverImageUrl: null,
    accessTier: 'free',
  },
  sections: [
    {
      title: "Git's model",
      lessons: [
        article(
          'Snapshots, commits and hashes',
          `# Snapshots, commits and hashes

Git does not store diffs. Each commit records a **snapshot** of the whole project, plus metadata.

## The objects

- A **blob** holds the contents of one file.
- A **tree** lists names and points to blobs and other trees — a directory.
- A **commit** points to one tree (the snapshot), to its parent commit(s), and records author, committer, date and message.

Every object is named by the hash of its contents. Change one byte of one file and you get a new blob, new trees up to the root, and a new commit hash. That is why history cannot be edited silently: "rewriting" history always creates new commits with new hashes.

\`\`\`sh
git cat-file -p HEAD          # the commit: tree, parent, author, message
git cat-file -p HEAD^{tree}   # the root tree: files and directories
\`\`\`

Unchanged files are shared between snapshots, so storing full snapshots is cheap; Git also compresses objects into pack files.

## The three areas

- The **working tree**: files on disk you edit.
- The **index** (staging area): the snapshot you are preparing for the next commit.
- The **repository**: committed history.

\`\`\`sh
git add src/app.ts     # copy the file's current content into the index
git commit             # turn the index into a commit
git diff               # working tree vs index
git diff --staged      # index vs last commit
\`\`\`

The index lets you commit part of your work: \`git add -p\` stages individual hunks, so one messy working session can become several focused commits.`,
        ),
        article(
          'Branches are just pointers',
          `# Branches are just pointers

A branch is a file containing one commit hash. That is all.

\`\`\`sh
cat .git/refs/heads/main   # a 40-character hash (unless packed)
\`\`\`

**HEAD** points to the branch you are on. When you commit, Git creates the commit with the current branch's commit as its parent and moves the branch to the new commit.

\`\`\`sh
git switch -c feature/search   # create a pointer here and move HEAD to it
git commit -m "Add search box" # feature/search moves forward; main stays put
\`\`\`

Creating a branch is instant and costs 41 bytes — use them freely.

## Remote-tracking branches

\`origin/main\` is your local, read-only record of where \`main\` was on the remote **the last time you fetched**. \`git fetch\` updates these pointers without touching your own branches; \`git pull\` is a fetch followed by a merge (or rebase) into your current branch.

\`\`\`sh
git fetch
git log --oneline main..origin/main   # commits on the remote you don't have yet
\`\`\`

## Detached HEAD

Checking out a commit hash or tag points HEAD at a commit instead of a branch. You can look around and even commit, but no branch moves with you; create one (\`git switch -c rescue\`) before switching away, or those commits will only be reachable through the reflog.

## Reading history as a graph

\`\`\`sh
git log --oneline --graph --all
\`\`\`

Once you see history as commits pointing at parents and branches pointing at commits, merge, rebase and reset stop being mysterious: they create commits and move pointers.`,
        ),
      ],
    },
    {
      title: 'Working together',
      lessons: [
        article(
          'Merge or rebase?',
          `# Merge or rebase?

Both integrate the changes from one branch into another. They differ in the history they leave.

## Merge

\`\`\`sh
git switch main
git merge feature/search
\`\`\`

If \`main\` has moved on since the branch started, Git creates a **merge commit** with two parents. History records exactly what happened, including parallel work. If \`main\` has not moved, Git simply fast-forwards the pointer (use \`--no-ff\` to force a merge commit).

## Rebase

\`\`\`sh
git switch feature/search
git rebase main
\`\`\`

Rebase replays your branch's commits on top of the current \`main\`, creating **new commits** with new hashes. The result is a straight line, as if you had started your work today.

## The golden rule

**Do not rebase commits that others have based work on.** Rewriting shared history forces everyone else to untangle duplicated commits. Rebasing your own unpublished branch, or a pull request branch only you push to, is fine — then push with \`git push --force-with-lease\`, which refuses to overwrite remote work you have not seen.

## Interactive rebase to tidy up

\`\`\`sh
git rebase -i main
\`\`\`

opens a list of your commits where you can \`reword\`, \`squash\` or \`fixup\` (fold into the previous commit), \`drop\`, or reorder them. Turn "wip", "fix typo", "really fix" into a few commits that each make sense.

## A common team setup

- Rebase your branch on \`main\` to resolve conflicts while the work is yours.
- Merge pull requests into \`main\` — by squash or merge commit, whichever your team prefers.
- Protect \`main\` so it only changes through reviewed pull requests with passing CI.`,
        ),
        article(
          'Commits and pull requests reviewers enjoy',
          `# Commits and pull requests reviewers enjoy

Code review is where teams spend a lot of their time. Small, well-described changes make it faster and catch more bugs.

## Good commits

- **One logical change per commit.** A refactoring and a behaviour change in separate commits can be reviewed — and reverted — separately.
- **Each commit builds and passes tests**, which keeps \`git bisect\` useful.
- **A message that explains why.** The diff shows what changed; only you know why.

\`\`\`text
Cap job search page size at 50

Clients could request 10,000 results per page, which made a single
request take seconds and starved the connection pool. 50 covers every
screen we have; the API now rejects larger values with a validation error.
\`\`\`

Summary line: imperative mood ("Cap", not "Capped"), around 50 characters, no trailing period. Blank line, then the body wrapped at about 72 characters.

## Good pull requests

- **Small**: a few hundred changed lines at most. Large features can land behind a feature flag in several pull requests.
- **A description** with the problem, the approach, anything reviewers should look at closely, and how it was tested. Screenshots for UI changes.
- **Self-review first**: read your own diff in the review tool before requesting review. You will catch leftover debugging code and unclear names.
- **Link the issue** so the discussion and the decision stay connected.

## Reviewing well

- Review the design first, then details. Ask questions rather than issuing commands: "What happens if the list is empty?"
- Mark optional suggestions as such ("nit:"), so the author knows what blocks merging.
- Respond quickly. A pull request waiting two days costs more than the review itself.`,
        ),
      ],
    },
    {
      title: 'When things go wrong',
      lessons: [
        article(
          'Undoing things safely',
          `# Undoing things safely

Almost nothing in Git is truly lost once committed. Pick the undo that matches the situation.

## Discard uncommitted changes

\`\`\`sh
git restore src/app.ts            # working tree back to the index version
git restore --staged src/app.ts   # unstage, keep the edits
\`\`\`

Uncommitted work that you discard is gone — this is the one place to be careful.

## Fix the last commit (not yet pushed)

\`\`\`sh
git add forgotten-file.ts
git commit --amend                 # replace the last commit
\`\`\`

## Undo a commit that is already shared

\`\`\`sh
git revert 3f2a9c1
\`\`\`

Creates a **new** commit that reverses the changes of \`3f2a9c1\`. History is not rewritten, so it is safe on \`main\`.

## Move a branch pointer: reset

\`\`\`sh
git reset --soft HEAD~1   # undo the commit, keep changes staged
git reset --mixed HEAD~1  # undo the commit, keep changes unstaged (default)
git reset --hard HEAD~1   # undo the commit and discard its changes
\`\`\`

\`reset\` rewrites the branch, so use it only on commits that are not shared. \`--hard\` also overwrites uncommitted changes in your working tree.

## The reflog: your safety net

Git records every position HEAD and each branch has had:

\`\`\`sh
git reflog
# 7c1e2d4 HEAD@{0}: reset: moving to HEAD~1
# 3f2a9c1 HEAD@{1}: commit: Add search box
git branch rescue 3f2a9c1   # bring the "lost" commit back
\`\`\`

Reflog entries are kept for about 90 days by default (30 for unreachable commits). After a bad reset or rebase, look there first.`,
        ),
        article(
          'Finding regressions with git bisect',
          `# Finding regressions with git bisect

"It worked last month." Somewhere in the 400 commits since, something broke. \`git bisect\` finds the culprit by binary search: about log2(400) ≈ 9 steps.

## Manual bisect

\`\`\`sh
git bisect start
git bisect bad                 # the current commit is broken
git bisect good v2.3.0         # this release was fine
# Git checks out a commit halfway between; test it, then:
git bisect good                # or: git bisect bad
# ...repeat until Git prints "<hash> is the first bad commit"
git bisect reset               # return to where you started
\`\`\`

If a commit cannot be tested (it does not build, for unrelated reasons), \`git bisect skip\` picks a nearby one.

## Automated bisect

If a command can tell good from bad, let Git run it:

\`\`\`sh
git bisect start HEAD v2.3.0
git bisect run pnpm exec vitest run src/search/search.test.ts
\`\`\`

Exit code 0 means good, 1–127 (except 125) means bad, and 125 means skip. Write a small test that reproduces the bug first — it becomes the regression test in your fix.

## Make history bisectable

Bisect is only as good as your commits:

- Every commit on \`main\` should build and pass tests.
- Small commits narrow the result to a few lines.
- A squash-merged pull request of 2,000 lines finds "the pull request", not the line.

It is one more reason for small, focused commits: they make the past searchable.`,
          { required: false },
        ),
      ],
    },
  ],
};

const dockerAndContainers: DemoCourse = {
  details: {
    title: 'Docker and containers',
    slug: 'docker-and-containers',
    summary:
      'Package and run applications in containers: images and layers, a good Dockerfile for Node.js, multi-stage builds, Docker Compose for local development and the security basics every image needs.',
    description: `Containers give every environment — your laptop, CI, production — the same runtime for your application. This course explains what containers are and teaches you to build small, fast, secure images.

## What you'll learn

- What a container actually is, and how images are built from layers
- Writing a Dockerfile for a Node.js service that builds quickly thanks to the layer cache
- Multi-stage builds for small production images
- Running a local stack of app, database and cache with Docker Compose
- Security basics: non-root users, minimal images, secrets and scanning

## Who it's for

Developers who have run \`docker run\` a few times but have not written their own images, or whose images are large and slow to build.`,
    level: 'beginner',
    skills: [
      { name: 'docker', level: 'intermediate' },
      { name: 'devops', level: 'beginner' },
    ],
    coverImageUrl: null,
    accessTier: 'free',
  },
  sections: [
    {
      title: 'Containers and images',
      lessons: [
        article(
          'Images, containers and layers',
          `# Images, containers and layers

## A container is a process

A container is an ordinary Linux process that the kernel isolates:

- **Namespaces** give it its own view of process IDs, the network, mounts and hostname.
- **Control groups (cgroups)** limit its CPU and memory.
- Its root file system comes from an **image**.

There is no guest operating system, which is why containers start in milliseconds and share the host kernel. (On macOS and Windows, Docker Desktop runs a small Linux virtual machine to provide that kernel.)

## An image is a stack of layers

Each instruction in a Dockerfile that changes files produces a read-only **layer**. An image is an ordered stack of layers plus metadata such as the default command. When a container runs, Docker adds a thin writable layer on top; anything written there disappears with the container unless you use a **volume**.

\`\`\`sh
docker image history node:22-slim   # the layers and the instructions that made them
\`\`\`

Layers are content-addressed and shared: ten images built on \`node:22-slim\` store its layers once.

## Tags and digests

\`node:22-slim\` is a **tag**, a movable name. A **digest** (\`node@sha256:…\`) identifies exact content and never changes. Pin digests in production builds for reproducibility, and update them deliberately (tools like Renovate can automate this).

## Everyday commands

\`\`\`sh
docker build -t jobs-api .
docker run --rm -p 3000:3000 --env-file .env jobs-api
docker ps
docker logs -f <container>
docker exec -it <container> sh
\`\`\`

\`-p 3000:3000\` publishes the container's port 3000 on the host. Inside the container, the app must listen on \`0.0.0.0\`, not \`127.0.0.1\`, or it is unreachable from outside.`,
        ),
        article(
          'A Dockerfile for a Node.js service',
          `# A Dockerfile for a Node.js service

\`\`\`dockerfile
FROM node:22-slim
WORKDIR /app

# Dependencies first: this layer is reused until the lockfile changes.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# Then the source, which changes on every commit.
COPY . .

ENV NODE_ENV=production
USER node
EXPOSE 3000
CMD ["node", "src/server.js"]
\`\`\`

This suits a plain JavaScript service; a TypeScript service needs a build step, which the next lesson adds without bloating the image.

## Order for the cache

Docker reuses a layer if the instruction and its inputs are unchanged — and once one layer changes, every later layer is rebuilt. Copy the files that change rarely (the lockfile) before those that change often (the source). A code change then skips \`npm ci\` entirely.

## .dockerignore

\`\`\`text
node_modules
.git
dist
*.log
.env
\`\`\`

Without it, \`COPY . .\` sends your local \`node_modules\` and \`.git\` to the build — slow, and it can leak secrets such as \`.env\` into the image.

## CMD in exec form

\`CMD ["node", "src/server.js"]\` runs Node as process 1 and delivers signals such as SIGTERM straight to it. The shell form \`CMD node src/server.js\` wraps it in \`/bin/sh\`, which may not forward signals, so graceful shutdown never happens. Avoid \`npm start\` as the command for the same reason.

## Configuration from the environment

Build one image and promote it through environments. Database URLs, secrets and feature flags come from environment variables at run time, never baked into the image.`,
        ),
      ],
    },
    {
      title: 'Building and running well',
      lessons: [
        article(
          'Multi-stage builds and small images',
          `# Multi-stage builds and small images

Building a TypeScript service needs the compiler, dev dependencies and source. Running it needs only Node, production dependencies and the compiled output. A multi-stage build does both in one Dockerfile and ships only the second part.

\`\`\`dockerfile
# Stage 1: build
FROM node:22-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npm run build

# Stage 2: production dependencies only
FROM node:22-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# Stage 3: runtime
FROM node:22-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
USER node
CMD ["node", "dist/server.js"]
\`\`\`

Only the final stage becomes the image. The compiler, dev dependencies and source code are left behind in earlier stages.

## Why size matters

Smaller images pull faster (quicker deploys and autoscaling), use less storage, and contain fewer packages that could carry vulnerabilities.

## Choosing a base image

- \`node:22\` — full Debian with build tools; large. Useful for building native modules.
- \`node:22-slim\` — minimal Debian; a good default for running.
- \`node:22-alpine\` — smallest, but uses musl instead of glibc, which occasionally breaks native modules.
- Distroless images — no shell or package manager at all; the smallest attack surface, harder to debug.

## Faster builds with BuildKit cache mounts

\`\`\`dockerfile
RUN --mount=type=cache,target=/root/.npm npm ci
\`\`\`

keeps npm's download cache between builds without adding it to the image.`,
        ),
        article(
          'Docker Compose for local development',
          `# Docker Compose for local development

Compose starts several containers from one file — your app plus the database, cache and broker it needs.

\`\`\`yaml
# compose.yaml
services:
  api:
    build: .
    ports:
      - "3000:3000"
    environment:
      DATABASE_URL: postgres://app:secret@db:5432/app
      REDIS_URL: redis://cache:6379
    depends_on:
      db:
        condition: service_healthy
      cache:
        condition: service_started

  db:
    image: postgres:17
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: secret
      POSTGRES_DB: app
    volumes:
      - db-data:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U app"]
      interval: 2s
      retries: 15

  cache:
    image: redis:7

volumes:
  db-data:
\`\`\`

\`\`\`sh
docker compose up -d       # start everything in the background
docker compose logs -f api
docker compose down        # stop and remove containers (the volume stays)
docker compose down -v     # ...and delete the data volume too
\`\`\`

## Networking

Compose puts all services on one network where each is reachable by its **service name**: the API connects to \`db:5432\`, not \`localhost:5432\`. From your host, only published ports are reachable.

## Start-up order

\`depends_on\` alone only orders container start-up; it does not wait for PostgreSQL to accept connections. \`condition: service_healthy\` with a health check does. Your app should still retry its first connection — in production nothing guarantees order.

## Volumes

The named volume \`db-data\` keeps database files across \`down\` and \`up\`. For a fast edit–reload loop, you can also bind-mount your source into the container, or simply run the app on the host and only the dependencies in Compose.`,
          { required: false },
        ),
      ],
    },
    {
      title: 'Security and operations',
      lessons: [
        article(
          'Container security basics',
          `# Container security basics

Containers isolate processes, but they share the host's kernel. Treat the isolation as one layer of defence, not the only one.

## Don't run as root

By default a container's process runs as root. If an attacker escapes the application, root inside the container makes kernel exploits and misconfigured mounts far more dangerous. Official Node images include a \`node\` user:

\`\`\`dockerfile
USER node
\`\`\`

Make sure files the app must write to (if any) belong to that user: \`COPY --chown=node:node\`.

## Keep secrets out of images

Anything in a layer can be read by anyone who can pull the image — even if a later layer deletes it.

- Never \`COPY .env\` or \`ARG\` a secret into the build.
- Pass runtime secrets as environment variables or mounted files from your orchestrator's secret store.
- For secrets needed during the build (a private registry token), use BuildKit secret mounts:

\`\`\`dockerfile
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
\`\`\`

## Minimise what's inside

Every package in the image is something that might have a vulnerability. Use slim or distroless bases, multi-stage builds, and production dependencies only.

## Scan and update

\`\`\`sh
docker scout cves jobs-api     # or: trivy image jobs-api
\`\`\`

Scanners report known CVEs in OS packages and language dependencies. Rebuild images regularly to pick up base image fixes, not only when your code changes.

## Restrict at run time

- \`--read-only\` root file system, with a \`tmpfs\` for scratch space
- \`--cap-drop=ALL\`, adding back only the capabilities you need
- Memory and CPU limits, so one container cannot starve the host
- Never mount the Docker socket into an application container: it grants control of the host.`,
        ),
        article(
          'Logs, health checks and resource limits',
          `# Logs, health checks and resource limits

## Log to stdout

Write logs to standard output and standard error, one JSON object per line. Docker captures both (\`docker logs\`), and in production the platform ships them to your log store. Writing log files inside the container fills its writable layer and disappears with it.

\`\`\`json
{"level":"info","time":"2026-03-02T10:15:00.000Z","reqId":"req-7","msg":"request completed","statusCode":200,"responseTime":12.4}
\`\`\`

Structured fields make it possible to search for every slow request, or every request from one trace, without parsing free text.

## Health checks

Docker can probe a container and mark it healthy or unhealthy:

\`\`\`dockerfile
HEALTHCHECK --interval=10s --timeout=2s --retries=3 \\
  CMD node -e "fetch('http://127.0.0.1:3000/health').then(r => process.exit(r.ok ? 0 : 1)).catch(() => process.exit(1))"
\`\`\`

Compose uses this for \`condition: service_healthy\`. Kubernetes ignores the Dockerfile \`HEALTHCHECK\` and uses its own liveness and readiness probes, configured on the pod — the same endpoint works for both.

## Memory and CPU limits

\`\`\`sh
docker run --memory=512m --cpus=1 jobs-api
\`\`\`

A container that exceeds its memory limit is killed by the kernel's OOM killer (exit code 137). Node.js sizes its heap from the memory it can see; recent versions respect cgroup limits, but you can set the old-space size explicitly to leave room for buffers and native memory:

\`\`\`sh
NODE_OPTIONS=--max-old-space-size=384
\`\`\`

## Restart policies

\`--restart=unless-stopped\` (or \`restart:\` in Compose) brings a crashed container back. In production an orchestrator does this, and combines it with health checks to replace containers that are running but stuck.

## When a container keeps restarting

\`\`\`sh
docker ps -a                          # exit codes of stopped containers
docker logs --tail 100 <container>    # the last words before it died
docker inspect <container> --format '{{.State.OOMKilled}}'
\`\`\`

Exit code 137 with \`OOMKilled\` true means raise the limit or fix a leak; 1 usually means an unhandled error at start-up — often a missing environment variable.`,
          { required: false },
        ),
      ],
    },
  ],
};

const dataStructuresAndAlgorithms: DemoCourse = {
  details: {
    title: 'Data structures & algorithms in JavaScript',
    slug: 'data-structures-and-algorithms-in-javascript',
    summary:
      'The data structures and algorithms that come up in real code and in interviews — Big-O, Maps and Sets, stacks, queues and heaps, binary search, graph traversal and dynamic programming — implemented in modern JavaScript.',
    description: `Knowing a handful of data structures and algorithms well makes everyday code faster and interviews far less stressful. This course teaches them with working JavaScript and TypeScript, focusing on when to use each one.

## What you'll learn

- Reasoning about time and space with Big-O, including the costs hidden in built-in methods
- Using arrays, \`Map\` and \`Set\` effectively
- Stacks, queues and a binary heap for priority queues
- Binary search and its many variations
- Breadth-first and depth-first search on graphs
- Recognising and solving dynamic programming problems

## Who it's for

Self-taught developers and bootcamp graduates filling in computer science fundamentals, and anyone preparing for technical interviews. You should be comfortable with JavaScript functions, arrays and objects.`,
    level: 'intermediate',
    skills: [
      { name: 'algorithms', level: 'intermediate' },
      { name: 'data structures', level: 'intermediate' },
      { name: 'javascript', level: 'intermediate' },
    ],
    coverImageUrl: null,
    accessTier: 'free',
  },
  sections: [
    {
      title: 'Foundations',
      lessons: [
        article(
          'Big-O in practice',
          `# Big-O in practice

Big-O describes how the cost of an algorithm **grows** with the size of its input, ignoring constant factors. It answers "what happens when the list is 100 times longer?"

| Complexity | Name | 1,000 items | Example |
| --- | --- | --- | --- |
| O(1) | constant | 1 step | \`map.get(key)\` |
| O(log n) | logarithmic | ~10 steps | binary search |
| O(n) | linear | 1,000 steps | one loop over an array |
| O(n log n) | linearithmic | ~10,000 steps | \`array.sort()\` |
| O(n²) | quadratic | 1,000,000 steps | nested loops over the same array |

## Hidden loops

Built-in methods have costs too:

\`\`\`ts
// O(n²): indexOf() scans the array on every iteration
const duplicates = emails.filter((e, i) => emails.indexOf(e) !== i);

// O(n): a Set answers membership in constant time
const seen = new Set<string>();
const duplicates2 = emails.filter((e) => (seen.has(e) ? true : (seen.add(e), false)));
\`\`\`

Other linear operations often used inside loops: \`indexOf\`, \`includes\`, \`find\`, \`shift\`, \`unshift\`, \`splice\`, spreading (\`[...arr]\`) and \`Object.keys\`.

## Space complexity

Memory grows too. The \`Set\` version trades O(n) extra memory for O(n) time — usually an excellent deal.

## Practical judgement

- For small inputs (tens of items), clarity beats asymptotics.
- Watch for O(n²) where n is user-controlled or grows with your data: list sizes, rows, requests.
- Measure before optimising — but recognise quadratic patterns when you write them.

In interviews, state the complexity of your solution unprompted and mention the trade-off you chose.`,
        ),
        article(
          'Arrays, Maps and Sets',
          `# Arrays, Maps and Sets

## Arrays

Arrays are ordered and indexed. Reading \`arr[i]\`, \`push\` and \`pop\` are O(1) (amortised). Operations at the **front** — \`shift\`, \`unshift\` — and \`splice\` in the middle are O(n), because every later element moves.

## Map: a real hash map

\`\`\`ts
const countByCompany = new Map<string, number>();
for (const job of jobs) {
  countByCompany.set(job.companyId, (countByCompany.get(job.companyId) ?? 0) + 1);
}
\`\`\`

Prefer \`Map\` over plain objects for dynamic keys:

- Any key type — objects, numbers — not just strings
- No inherited keys like \`constructor\` or \`__proto__\` surprises
- \`size\` is O(1), and iteration follows insertion order
- Optimised for frequent additions and removals

Since ES2024, \`Map.groupBy\` and \`Object.groupBy\` group items in one call:

\`\`\`ts
const byLevel = Map.groupBy(courses, (c) => c.level);
\`\`\`

## Set: membership and uniqueness

\`\`\`ts
const unique = [...new Set(tags)];
const isAllowed = new Set(['admin', 'instructor']).has(role);
\`\`\`

## Two classic patterns

**Two-sum with a map** — find two numbers adding up to a target in O(n) instead of O(n²):

\`\`\`ts
function twoSum(nums: number[], target: number): [number, number] | null {
  const indexOf = new Map<number, number>();
  for (let i = 0; i < nums.length; i++) {
    const j = indexOf.get(target - nums[i]);
    if (j !== undefined) return [j, i];
    indexOf.set(nums[i], i);
  }
  return null;
}
\`\`\`

**Frequency counting** — anagrams, most common words, duplicate detection — is a \`Map\` from item to count.

Whenever you search an array inside a loop, ask whether a \`Map\` or \`Set\` built once beforehand would turn O(n²) into O(n).`,
        ),
      ],
    },
    {
      title: 'Core structures and searching',
      lessons: [
        article(
          'Stacks, queues and a binary heap',
          `# Stacks, queues and a binary heap

## Stack: last in, first out

A JavaScript array is already a good stack: \`push\` and \`pop\` are O(1).

\`\`\`ts
function isBalanced(text: string): boolean {
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  const stack: string[] = [];
  for (const ch of text) {
    if ('([{'.includes(ch)) stack.push(ch);
    else if (ch in pairs && stack.pop() !== pairs[ch]) return false;
  }
  return stack.length === 0;
}
\`\`\`

Stacks also power undo, depth-first search and expression parsing.

## Queue: first in, first out

\`array.shift()\` is O(n), so a big queue built on it is slow. Keep a head index instead:

\`\`\`ts
class Queue<T> {
  private items: T[] = [];
  private head = 0;
  enqueue(item: T) { this.items.push(item); }
  dequeue(): T | undefined {
    if (this.head === this.items.length) return undefined;
    return this.items[this.head++];
  }
  get size() { return this.items.length - this.head; }
}
\`\`\`

(A production version would compact the array now and then.)

## Binary heap: a priority queue

A min-heap keeps the smallest item at the root and supports insert and remove-min in O(log n). It is stored in an array: the children of index \`i\` are at \`2i + 1\` and \`2i + 2\`.

\`\`\`ts
class MinHeap {
  private a: number[] = [];
  push(x: number) {
    this.a.push(x);
    let i = this.a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.a[parent] <= this.a[i]) break;
      [this.a[parent], this.a[i]] = [this.a[i], this.a[parent]];
      i = parent;
    }
  }
  pop(): number | undefined {
    const top = this.a[0];
    const last = this.a.pop();
    if (this.a.length > 0 && last !== undefined) {
      this.a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let smallest = i;
        if (l < this.a.length && this.a[l] < this.a[smallest]) smallest = l;
        if (r < this.a.length && this.a[r] < this.a[smallest]) smallest = r;
        if (smallest === i) break;
        [this.a[smallest], this.a[i]] = [this.a[i], this.a[smallest]];
        i = smallest;
      }
    }
    return top;
  }
}
\`\`\`

Heaps solve "top k" problems, merge sorted lists, schedule jobs by priority and drive Dijkstra's shortest-path algorithm.`,
        ),
        article(
          'Binary search and its variations',
          `# Binary search and its variations

In a **sorted** array, binary search finds a value in O(log n) by halving the search range each step: a million items take about 20 comparisons.

\`\`\`ts
function indexOfSorted(sorted: number[], target: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = lo + ((hi - lo) >> 1);
    if (sorted[mid] === target) return mid;
    if (sorted[mid] < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
\`\`\`

## The more useful form: first position where a condition holds

Many problems ask for a **boundary** rather than an exact match. If a condition is false for a prefix of the array and true for the rest, find the first true:

\`\`\`ts
function firstTrue(n: number, isTrue: (i: number) => boolean): number {
  let lo = 0;
  let hi = n; // answer lies in [lo, hi]; n means "never true"
  while (lo < hi) {
    const mid = lo + ((hi - lo) >> 1);
    if (isTrue(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// insertion point that keeps the array sorted (lower bound)
const lowerBound = (a: number[], x: number) => firstTrue(a.length, (i) => a[i] >= x);
\`\`\`

With this one function you can count values in a range (\`upperBound - lowerBound\`), find the first version that fails a test, or locate a timestamp in a log.

## Binary search on the answer

When you can check whether a candidate answer is feasible, and feasibility is monotonic, search over the answers themselves: "What is the smallest daily capacity that ships all packages within D days?" Check a capacity in O(n); binary search over capacities.

## Pitfalls

- The input must be sorted by the same comparison you search with.
- Off-by-one errors: decide whether \`hi\` is inclusive or exclusive, and stick to it.
- \`Array.prototype.sort()\` without a comparator sorts numbers as strings: \`[10, 9, 1].sort()\` gives \`[1, 10, 9]\`. Use \`(a, b) => a - b\`.`,
        ),
      ],
    },
    {
      title: 'Graphs and dynamic programming',
      lessons: [
        article(
          'Graphs: breadth-first and depth-first search',
          `# Graphs: breadth-first and depth-first search

Graphs model relationships: people and connections, services and dependencies, cells in a grid. Store them as an **adjacency list**:

\`\`\`ts
type Graph = Map<string, string[]>;

const graph: Graph = new Map([
  ['ada', ['grace', 'linus']],
  ['grace', ['ada', 'alan']],
  ['linus', ['ada']],
  ['alan', ['grace']],
]);
\`\`\`

## Breadth-first search: shortest paths in unweighted graphs

BFS explores neighbours level by level with a queue, so the first time it reaches a node, it has found a shortest path.

\`\`\`ts
function distances(graph: Graph, start: string): Map<string, number> {
  const dist = new Map([[start, 0]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    for (const next of graph.get(node) ?? []) {
      if (!dist.has(next)) {
        dist.set(next, dist.get(node)! + 1);
        queue.push(next);
      }
    }
  }
  return dist;
}
\`\`\`

"Degrees of separation", fewest moves in a puzzle, nearest exit in a maze: all BFS.

## Depth-first search: exploring everything

DFS follows one path as far as it can before backtracking. Use it to find connected components, detect cycles and produce a **topological order** (an order that respects dependencies):

\`\`\`ts
function topologicalOrder(deps: Graph): string[] {
  const state = new Map<string, 'visiting' | 'done'>();
  const order: string[] = [];
  const visit = (node: string) => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'visiting') throw new Error(\`Cycle at \${node}\`);
    state.set(node, 'visiting');
    for (const dep of deps.get(node) ?? []) visit(dep);
    state.set(node, 'done');
    order.push(node); // after its dependencies
  };
  for (const node of deps.keys()) visit(node);
  return order;
}
\`\`\`

Build tools, package managers and task schedulers all do this.

## Complexity

Both visit every node and edge once: O(V + E). Always track visited nodes — without it, any cycle loops forever. For very deep graphs, replace recursion with an explicit stack to avoid exceeding the call stack.`,
        ),
        article(
          'Dynamic programming',
          `# Dynamic programming

Dynamic programming (DP) solves problems whose answer is built from answers to **overlapping subproblems**. Compute each subproblem once, store it, and reuse it.

## From exponential to linear

\`\`\`ts
// O(2^n): recomputes the same values again and again
const fib = (n: number): number => (n < 2 ? n : fib(n - 1) + fib(n - 2));

// O(n): bottom-up, keeping only what is needed
function fibFast(n: number): number {
  let [a, b] = [0, 1];
  for (let i = 0; i < n; i++) [a, b] = [b, a + b];
  return a;
}
\`\`\`

## A real example: edit distance

How many single-character insertions, deletions or substitutions turn one string into another? Search uses it for "did you mean…?".

\`\`\`ts
function editDistance(a: string, b: string): number {
  // dp[i][j] = distance between the first i chars of a and the first j chars of b
  const dp = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const substitution = a[i - 1] === b[j - 1] ? 0 : 1;
      dp[i][j] = Math.min(
        dp[i - 1][j] + 1,                  // delete
        dp[i][j - 1] + 1,                  // insert
        dp[i - 1][j - 1] + substitution,   // substitute or keep
      );
    }
  }
  return dp[a.length][b.length];
}

editDistance('kitten', 'sitting'); // 3
\`\`\`

O(m × n) time and space.

## How to approach a DP problem

1. **Define the state**: what does \`dp[i]\` (or \`dp[i][j]\`) mean, in one sentence?
2. **Write the recurrence**: how does a state follow from smaller states?
3. **Set the base cases**: the smallest inputs you can answer directly.
4. **Choose the order**: top-down with memoisation (recursion plus a \`Map\`) or bottom-up with a table.
5. **Optimise space** if each row only depends on the previous one.

Signals that DP applies: "count the ways", "minimum or maximum cost", "is it possible", over sequences or grids where choices at one step affect the next.`,
          { required: false },
        ),
      ],
    },
  ],
};

/** Twelve published-ready courses; three are for Pro members. */
export const DEMO_COURSES: readonly DemoCourse[] = [
  typescriptFromJavascript,
  advancedTypescriptTypes,
  sqlFundamentals,
  postgresqlPerformance,
  systemDesignBasics,
  designingEventDrivenSystems,
  reactWithHooks,
  nodeBackendWithFastify,
  testingWithVitest,
  gitForTeams,
  dockerAndContainers,
  dataStructuresAndAlgorithms,
];
