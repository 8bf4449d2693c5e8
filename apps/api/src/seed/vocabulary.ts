import type { Currency, SkillLevel } from '@talentsphere/domain/recruiting';

// Word lists the generator combines into companies, jobs and people. Salaries are yearly, in major
// units of the city's currency; the generator converts them to minor units.

export const COMPANY_STEMS = [
  'Northwind',
  'Bluepeak',
  'Lumen',
  'Ironbark',
  'Quillon',
  'Harbor',
  'Vantage',
  'Cobalt',
  'Meridian',
  'Silverline',
  'Brightwave',
  'Foxglove',
  'Granite',
  'Helix',
  'Juniper',
  'Keystone',
  'Larkspur',
  'Mosaic',
  'Nimbus',
  'Orchard',
  'Pinecrest',
  'Quarry',
  'Redwood',
  'Sparrow',
  'Tidal',
  'Umbra',
  'Verdant',
  'Willow',
  'Zephyr',
  'Atlas',
  'Beacon',
  'Cinder',
  'Driftwood',
  'Ember',
  'Fathom',
  'Glacier',
  'Horizon',
  'Indigo',
  'Kestrel',
  'Lattice',
  'Monarch',
  'Nova',
  'Obsidian',
  'Polaris',
] as const;

export const COMPANY_KINDS = [
  { suffix: 'Labs', industry: 'developer tools', what: 'builds tools that make software teams faster' },
  {
    suffix: 'Health',
    industry: 'health tech',
    what: 'helps clinics spend less time on paperwork and more on patients',
  },
  { suffix: 'Pay', industry: 'fintech', what: 'moves money between businesses in more than 30 countries' },
  { suffix: 'Logistics', industry: 'logistics', what: 'plans deliveries for retailers across the continent' },
  { suffix: 'Analytics', industry: 'data', what: 'turns messy operational data into decisions' },
  {
    suffix: 'Robotics',
    industry: 'robotics',
    what: 'designs warehouse robots and the software that runs them',
  },
  { suffix: 'Learning', industry: 'edtech', what: 'builds courses that adapt to each learner' },
  { suffix: 'Energy', industry: 'climate tech', what: 'balances renewable energy on the grid in real time' },
  { suffix: 'Security', industry: 'security', what: 'protects cloud workloads from intrusions' },
  { suffix: 'Games', industry: 'gaming', what: 'makes cooperative games for mobile and PC' },
  { suffix: 'Commerce', industry: 'e-commerce', what: 'runs storefronts for independent brands' },
  {
    suffix: 'Systems',
    industry: 'infrastructure',
    what: 'operates a developer cloud with data centres on three continents',
  },
] as const;

export interface City {
  readonly name: string;
  readonly currency: Currency;
  /** Multiplier on the base salary band (major units of the currency). */
  readonly pay: number;
}

export const CITIES: readonly City[] = [
  { name: 'San Francisco, USA', currency: 'USD', pay: 1.5 },
  { name: 'New York, USA', currency: 'USD', pay: 1.4 },
  { name: 'Austin, USA', currency: 'USD', pay: 1.15 },
  { name: 'Seattle, USA', currency: 'USD', pay: 1.35 },
  { name: 'Toronto, Canada', currency: 'CAD', pay: 1.2 },
  { name: 'London, UK', currency: 'GBP', pay: 0.8 },
  { name: 'Manchester, UK', currency: 'GBP', pay: 0.65 },
  { name: 'Berlin, Germany', currency: 'EUR', pay: 0.8 },
  { name: 'Munich, Germany', currency: 'EUR', pay: 0.9 },
  { name: 'Amsterdam, Netherlands', currency: 'EUR', pay: 0.85 },
  { name: 'Paris, France', currency: 'EUR', pay: 0.78 },
  { name: 'Lisbon, Portugal', currency: 'EUR', pay: 0.55 },
  { name: 'Zurich, Switzerland', currency: 'CHF', pay: 1.3 },
  { name: 'Stockholm, Sweden', currency: 'SEK', pay: 8.5 },
  { name: 'Warsaw, Poland', currency: 'PLN', pay: 2.6 },
  { name: 'Sydney, Australia', currency: 'AUD', pay: 1.45 },
  { name: 'Bangalore, India', currency: 'INR', pay: 28 },
  { name: 'Tokyo, Japan', currency: 'JPY', pay: 120 },
];

/** Digits after the decimal point of each currency (JPY has none). */
export const MINOR_UNITS: Record<Currency, number> = {
  USD: 2,
  EUR: 2,
  GBP: 2,
  CAD: 2,
  AUD: 2,
  CHF: 2,
  SEK: 2,
  PLN: 2,
  INR: 2,
  JPY: 0,
};

export interface JobFamily {
  readonly titles: readonly string[];
  /** The work, in a phrase: "build the APIs behind our mobile apps". */
  readonly work: readonly string[];
  readonly core: readonly string[];
  readonly extra: readonly string[];
  /** Base yearly band in USD-like major units, before seniority and city. */
  readonly band: readonly [number, number];
}

export const JOB_FAMILIES: readonly JobFamily[] = [
  {
    titles: ['Backend Engineer', 'Software Engineer, Backend', 'API Engineer', 'Platform Engineer'],
    work: [
      'build the APIs behind our web and mobile apps',
      'scale the services that process every order',
      'design the event pipeline between our services',
    ],
    core: ['typescript', 'node.js', 'postgresql', 'go', 'java', 'python'],
    extra: ['kafka', 'rabbitmq', 'redis', 'docker', 'kubernetes', 'grpc', 'aws', 'graphql'],
    band: [90_000, 170_000],
  },
  {
    titles: ['Frontend Engineer', 'React Developer', 'UI Engineer', 'Web Developer'],
    work: [
      'craft the dashboard our customers use every day',
      'build a design system used by six product teams',
      'make our checkout fast and accessible',
    ],
    core: ['typescript', 'react', 'css', 'javascript', 'html'],
    extra: ['next.js', 'vite', 'testing library', 'playwright', 'accessibility', 'graphql', 'tailwind'],
    band: [80_000, 150_000],
  },
  {
    titles: ['Full-Stack Engineer', 'Product Engineer', 'Full-Stack Developer'],
    work: [
      'ship features end to end, from the database to the browser',
      'own product areas from idea to production',
    ],
    core: ['typescript', 'react', 'node.js', 'postgresql', 'python', 'ruby on rails'],
    extra: ['docker', 'aws', 'redis', 'trpc', 'graphql', 'playwright'],
    band: [85_000, 160_000],
  },
  {
    titles: ['Data Engineer', 'Analytics Engineer', 'Data Platform Engineer'],
    work: [
      'own the warehouse and the pipelines that feed it',
      'build reliable batch and streaming pipelines',
    ],
    core: ['python', 'sql', 'dbt', 'spark', 'airflow'],
    extra: ['kafka', 'snowflake', 'bigquery', 'postgresql', 'terraform', 'aws'],
    band: [90_000, 165_000],
  },
  {
    titles: ['Machine Learning Engineer', 'Data Scientist', 'ML Platform Engineer'],
    work: [
      'train and ship the models behind our recommendations',
      'measure what works and turn it into product decisions',
    ],
    core: ['python', 'pytorch', 'machine learning', 'statistics', 'sql'],
    extra: ['tensorflow', 'scikit-learn', 'mlops', 'kubernetes', 'spark', 'llms'],
    band: [100_000, 190_000],
  },
  {
    titles: ['DevOps Engineer', 'Site Reliability Engineer', 'Cloud Engineer', 'Infrastructure Engineer'],
    work: ['keep our platform fast and available', 'automate our cloud from code review to production'],
    core: ['kubernetes', 'terraform', 'aws', 'linux', 'docker'],
    extra: ['prometheus', 'grafana', 'go', 'python', 'gcp', 'azure', 'ansible'],
    band: [95_000, 175_000],
  },
  {
    titles: ['iOS Engineer', 'Android Engineer', 'Mobile Developer'],
    work: ['build our mobile apps used by a million people', 'make our app fast on every device'],
    core: ['swift', 'kotlin', 'react native', 'mobile'],
    extra: ['swiftui', 'jetpack compose', 'graphql', 'firebase', 'ci/cd'],
    band: [85_000, 160_000],
  },
  {
    titles: ['Security Engineer', 'Application Security Engineer'],
    work: ['find and fix weaknesses before attackers do', 'build security into every stage of delivery'],
    core: ['security', 'linux', 'python', 'networking'],
    extra: ['aws', 'kubernetes', 'threat modeling', 'go', 'cryptography'],
    band: [100_000, 180_000],
  },
  {
    titles: ['QA Engineer', 'Test Automation Engineer'],
    work: ['automate the tests that guard every release', 'lead quality across web and mobile'],
    core: ['testing', 'playwright', 'typescript', 'python'],
    extra: ['cypress', 'ci/cd', 'api testing', 'performance testing'],
    band: [65_000, 120_000],
  },
  {
    titles: ['Product Designer', 'UX Designer', 'UI/UX Designer'],
    work: ['design flows that make complex work feel simple', 'run research and turn it into designs'],
    core: ['figma', 'ux research', 'prototyping', 'ui design'],
    extra: ['design systems', 'accessibility', 'css', 'user testing'],
    band: [75_000, 140_000],
  },
  {
    titles: ['Product Manager', 'Technical Product Manager'],
    work: ['decide what we build next and why', 'own the roadmap of our developer platform'],
    core: ['product management', 'sql', 'analytics', 'roadmapping'],
    extra: ['a/b testing', 'jira', 'user research', 'api design'],
    band: [95_000, 170_000],
  },
];

export const SENIORITY = [
  { prefix: 'Junior', level: 'beginner', factor: 0.7, years: 0 },
  { prefix: '', level: 'intermediate', factor: 1, years: 2 },
  { prefix: 'Senior', level: 'advanced', factor: 1.3, years: 5 },
  { prefix: 'Staff', level: 'expert', factor: 1.6, years: 8 },
] as const satisfies readonly { prefix: string; level: SkillLevel; factor: number; years: number }[];

export const BENEFITS = [
  'Flexible hours and a four-day week in August',
  '30 days of paid holiday',
  'A yearly learning budget of 2,000',
  'Private health insurance for you and your family',
  'Home-office budget and a laptop of your choice',
  'Parental leave of 20 weeks at full pay',
  'Stock options for every employee',
  'Team offsites twice a year',
];

export const FIRST_NAMES = [
  'Amara',
  'Ben',
  'Chen',
  'Daria',
  'Elif',
  'Felix',
  'Grace',
  'Hugo',
  'Ines',
  'Jonas',
  'Kofi',
  'Lea',
  'Mateo',
  'Nadia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sven',
  'Tara',
  'Umar',
  'Vera',
  'Wei',
  'Yara',
  'Zoe',
  'Aiko',
  'Bruno',
  'Carmen',
  'Dev',
  'Emma',
  'Farah',
  'Gabriel',
  'Hana',
  'Ivan',
  'Julia',
];

export const LAST_NAMES = [
  'Okafor',
  'Schmidt',
  'Nguyen',
  'Kowalski',
  'Yilmaz',
  'Haddad',
  'Silva',
  'Novak',
  'Tanaka',
  'Martin',
  'Rossi',
  'Andersson',
  'Patel',
  'Garcia',
  'Dubois',
  'Kim',
  'Mensah',
  'Fischer',
  'Costa',
  'Ivanova',
  'Levi',
  'Moreau',
  'Sato',
  'Horvat',
  'Lopez',
  'Berg',
  'Osei',
  'Weber',
  'Jansen',
  'Reyes',
];

export const REJECTION_REASONS = {
  employer: [
    'We went ahead with candidates whose experience matches the role more closely.',
    'The position needs more hands-on experience with our core stack.',
    'We filled the role internally.',
    'Thank you for your time; we will not continue to the next stage.',
  ],
  candidate: ['I accepted another offer.', 'The role turned out not to be the right fit for me.'],
} as const;

export const COVER_LETTERS = [
  'I have followed your product for a while and would love to help build it.',
  'My last role was very close to this one, and I am looking for a team with a strong engineering culture.',
  'I completed the related TalentSphere courses and challenges and want to put them to work.',
  'I enjoy owning features end to end, and your mission matters to me.',
  '',
];
