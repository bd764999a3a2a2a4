/**
 * The local ATS's openings: 36 fictional jobs written by hand (three closed, one withdrawn
 * from the board and one deleted, none of which may be listed), and a generator for the N
 * jobs that tests and the benchmark need. Everything here is deterministic.
 * @module
 */

/** A job as the local ATS stores it, before it has a row. */
export interface LocalJobInput {
  id: number;
  title: string;
  descriptionHtml: string;
  category: { id: number; name: string } | null;
  location: { city: string; state: string; zip: string };
  employmentType: string;
  publishedAt: Date;
  salary: { amount: number; unit: string } | null;
  isOpen?: boolean;
  isPublic?: boolean;
  isDeleted?: boolean;
}

export const SEED_CATEGORIES = {
  finance: { id: 2000011, name: 'Accounting & Finance' },
  engineering: { id: 2000012, name: 'Engineering' },
  health: { id: 2000013, name: 'Healthcare' },
  it: { id: 2000014, name: 'Information Technology' },
  sales: { id: 2000015, name: 'Sales & Marketing' },
  industrial: { id: 2000042, name: 'Light Industrial' },
} as const;

const CITIES = {
  boston: { city: 'Boston', state: 'MA', zip: '02110' },
  nashua: { city: 'Nashua', state: 'NH', zip: '03060' },
  providence: { city: 'Providence', state: 'RI', zip: '02903' },
  hartford: { city: 'Hartford', state: 'CT', zip: '06103' },
  portland: { city: 'Portland', state: 'ME', zip: '04101' },
  burlington: { city: 'Burlington', state: 'VT', zip: '05401' },
  remote: { city: '', state: '', zip: '' },
} as const;

type Category = keyof typeof SEED_CATEGORIES;
type City = keyof typeof CITIES;
type SeedStatus = 'open' | 'closed' | 'withdrawn' | 'deleted';

/** [title, category, city, type, days before SEED_DATE, salary, unit, description, status] */
type SeedRow = [
  string,
  Category | null,
  City,
  string,
  number,
  number | null,
  string | null,
  string,
  SeedStatus?,
];

/** The day the seed jobs were "published" relative to; fixed so that pages are stable. */
const SEED_DATE = Date.UTC(2026, 10, 30, 9, 0, 0);
const DAY = 86_400_000;
const FIRST_SEED_ID = 4001;

const SEED_ROWS: SeedRow[] = [
  [
    'Senior Accountant',
    'finance',
    'boston',
    'Direct Hire',
    0,
    95000,
    'Per Year',
    '<p>Own the month-end close for a growing <strong>architecture practice</strong>.</p><ul><li>CPA preferred</li><li>Five years in public or industry accounting</li></ul>',
  ],
  [
    'Payroll Specialist',
    'finance',
    'providence',
    'Contract',
    1,
    32,
    'Per Hour',
    '<p>Run bi-weekly payroll for 400 employees across three states.</p>',
  ],
  [
    'Financial Analyst',
    'finance',
    'hartford',
    'Direct Hire',
    2,
    78000,
    'Per Year',
    '<p>Build forecasts and board reports for an insurance group.</p><p>Excel modelling and SQL are a plus.</p>',
  ],
  [
    'Accounts Payable Clerk',
    'finance',
    'nashua',
    'Contract To Hire',
    3,
    24,
    'Per Hour',
    '<p>Match invoices, chase approvals and keep vendors happy.</p>',
  ],
  [
    'Controller',
    'finance',
    'portland',
    'Direct Hire',
    5,
    120000,
    'Per Year',
    '<p>Lead a team of four and the annual audit for a seafood exporter.</p>',
  ],
  [
    'Tax Associate (seasonal)',
    'finance',
    'boston',
    'Contract',
    40,
    38,
    'Per Hour',
    '<p>Prepare individual and partnership returns from January to April.</p>',
    'closed',
  ],
  [
    'Mechanical Engineer',
    'engineering',
    'nashua',
    'Direct Hire',
    1,
    92000,
    'Per Year',
    '<p>Design enclosures and cooling for industrial sensors in SolidWorks.</p>',
  ],
  [
    'Electrical Design Engineer',
    'engineering',
    'burlington',
    'Direct Hire',
    4,
    98000,
    'Per Year',
    '<p>Lay out mixed-signal boards for medical devices.</p><ul><li>Altium</li><li>IEC 60601 experience</li></ul>',
  ],
  [
    'Civil Engineer',
    'engineering',
    'hartford',
    'Contract To Hire',
    6,
    45,
    'Per Hour',
    '<p>Stormwater design and permitting for municipal clients.</p>',
  ],
  [
    'Quality Engineer',
    'engineering',
    'providence',
    'Contract',
    8,
    52,
    'Per Hour',
    '<p>Write inspection plans and lead root-cause investigations on the shop floor.</p>',
  ],
  [
    'Manufacturing Engineer',
    'engineering',
    'portland',
    'Direct Hire',
    10,
    88000,
    'Per Year',
    '<p>Improve cycle times on a CNC machining line.</p>',
  ],
  [
    'Structural Engineer',
    'engineering',
    'boston',
    'Direct Hire',
    35,
    105000,
    'Per Year',
    '<p>Timber and steel structures for mid-rise housing.</p>',
    'closed',
  ],
  [
    'Registered Nurse (ICU)',
    'health',
    'boston',
    'Contract',
    0,
    68,
    'Per Hour',
    '<p>Thirteen-week assignment on a 24-bed intensive care unit.</p><p>Night shifts, three twelves a week.</p>',
  ],
  [
    'Medical Assistant',
    'health',
    'nashua',
    'Direct Hire',
    2,
    21,
    'Per Hour',
    '<p>Room patients, take vitals and keep a busy family practice moving.</p>',
  ],
  [
    'Physical Therapist',
    'health',
    'burlington',
    'Direct Hire',
    7,
    85000,
    'Per Year',
    '<p>Outpatient orthopaedics; mentoring for new graduates.</p>',
  ],
  [
    'Pharmacy Technician',
    'health',
    'providence',
    'Contract To Hire',
    9,
    20,
    'Per Hour',
    '<p>Fill and check prescriptions in a hospital pharmacy.</p>',
  ],
  [
    'Clinical Research Coordinator',
    'health',
    'boston',
    'Contract',
    12,
    40,
    'Per Hour',
    '<p>Coordinate oncology trials: consent visits, data entry, monitor visits.</p>',
  ],
  [
    'Home Health Aide',
    'health',
    'portland',
    'Part Time',
    14,
    18,
    'Per Hour',
    '<p>Help older adults live at home: errands, meals, companionship.</p>',
  ],
  [
    'Senior Java Developer',
    'it',
    'remote',
    'Contract To Hire',
    0,
    80,
    'Per Hour',
    '<p>Remote-friendly role building REST services in <strong>Java 21</strong> and Spring Boot.</p>',
  ],
  [
    'Frontend Developer (React)',
    'it',
    'boston',
    'Direct Hire',
    1,
    115000,
    'Per Year',
    '<p>Build accessible interfaces in React and TypeScript for a fintech start-up.</p>',
  ],
  [
    'DevOps Engineer',
    'it',
    'remote',
    'Contract',
    3,
    85,
    'Per Hour',
    '<p>Kubernetes, Terraform and on-call for a logistics platform.</p>',
  ],
  [
    'IT Support Technician',
    'it',
    'hartford',
    'Direct Hire',
    4,
    52000,
    'Per Year',
    '<p>First-line support for 300 users: laptops, printers and the occasional mystery.</p>',
  ],
  [
    'Data Analyst',
    'it',
    'providence',
    'Contract To Hire',
    6,
    48,
    'Per Hour',
    '<p>SQL, dashboards and clear writing for a regional hospital network.</p>',
  ],
  [
    'Network Administrator',
    'it',
    'nashua',
    'Direct Hire',
    11,
    82000,
    'Per Year',
    '<p>Keep switches, firewalls and VPNs healthy across five sites.</p>',
  ],
  [
    'Python Developer',
    'it',
    'burlington',
    'Contract',
    13,
    70,
    'Per Hour',
    '<p>Data pipelines in Python for a renewable energy company.</p>',
    'withdrawn',
  ],
  [
    'Database Administrator',
    'it',
    'boston',
    'Direct Hire',
    50,
    110000,
    'Per Year',
    '<p>PostgreSQL replication, backups and query tuning.</p>',
    'deleted',
  ],
  [
    'Account Executive',
    'sales',
    'boston',
    'Direct Hire',
    2,
    70000,
    'Per Year',
    '<p>Sell software to mid-size manufacturers; uncapped commission.</p>',
  ],
  [
    'Marketing Coordinator',
    'sales',
    'portland',
    'Direct Hire',
    5,
    55000,
    'Per Year',
    '<p>Plan events, write newsletters and keep the CRM tidy.</p>',
  ],
  [
    'Inside Sales Representative',
    'sales',
    'nashua',
    'Contract To Hire',
    8,
    26,
    'Per Hour',
    '<p>Qualify inbound leads by phone and email for an industrial supplier.</p>',
  ],
  [
    'Content Writer',
    'sales',
    'remote',
    'Part Time',
    15,
    35,
    'Per Hour',
    '<p>Case studies and blog posts about construction technology.</p>',
  ],
  [
    'Sales Manager',
    'sales',
    'hartford',
    'Direct Hire',
    30,
    95000,
    'Per Year',
    '<p>Lead six field representatives across Connecticut.</p>',
    'closed',
  ],
  [
    'Warehouse Associate (2nd shift)',
    'industrial',
    'nashua',
    'Contract',
    0,
    19.5,
    'Per Hour',
    '<p>Pick, pack and ship in a clean, climate-controlled facility.</p>',
  ],
  [
    'Forklift Operator',
    'industrial',
    'providence',
    'Contract',
    2,
    21,
    'Per Hour',
    '<p>Load trucks and move stock; certification provided.</p>',
  ],
  [
    'Machine Operator',
    'industrial',
    'portland',
    'Contract To Hire',
    4,
    22,
    'Per Hour',
    '<p>Run and set up injection moulding machines.</p>',
  ],
  [
    'Assembly Technician',
    'industrial',
    'burlington',
    'Direct Hire',
    9,
    23,
    'Per Hour',
    '<p>Assemble and test electronic modules to drawings.</p>',
  ],
  [
    'Office Manager',
    null,
    'hartford',
    'Direct Hire',
    16,
    60000,
    'Per Year',
    '<p>Keep a 40-person engineering office running smoothly.</p>',
  ],
];

function toSeedJob(row: SeedRow, index: number): LocalJobInput {
  const [title, category, city, employmentType, daysAgo, salary, unit, html, status] = row;
  return {
    id: FIRST_SEED_ID + index,
    title,
    descriptionHtml: html,
    category: category ? SEED_CATEGORIES[category] : null,
    location: CITIES[city],
    employmentType,
    // Minutes apart within a day too, so that no two jobs tie on the newest-first order.
    publishedAt: new Date(SEED_DATE - daysAgo * DAY - index * 60_000),
    salary: salary === null || unit === null ? null : { amount: salary, unit },
    isOpen: status !== 'closed',
    isPublic: status !== 'withdrawn',
    isDeleted: status === 'deleted',
  };
}

/** The 36 hand-written openings the local ATS starts with. */
export const SEED_JOBS: readonly LocalJobInput[] = SEED_ROWS.map(toSeedJob);

const GENERATED_TITLES = [
  'Project Coordinator',
  'Service Technician',
  'Customer Success Manager',
  'Logistics Planner',
  'Laboratory Assistant',
  'Software Tester',
  'Bookkeeper',
  'Maintenance Electrician',
];
const EMPLOYMENT_TYPES = ['Direct Hire', 'Contract', 'Contract To Hire', 'Part Time'];

/**
 * `count` generated open jobs with ids from `firstId`, cycling through the seed's categories,
 * cities and employment types, published an hour apart before the seed date.
 */
export function generateLocalJobs(count: number, firstId = 100_000): LocalJobInput[] {
  const categories = Object.values(SEED_CATEGORIES);
  const cities = Object.values(CITIES);
  return Array.from({ length: count }, (_, index) => {
    const title = `${GENERATED_TITLES[index % GENERATED_TITLES.length]} ${index + 1}`;
    return {
      id: firstId + index,
      title,
      descriptionHtml: `<p>Generated opening number ${index + 1}: <em>${title}</em>.</p>`,
      category: categories[index % categories.length] ?? null,
      location: cities[index % cities.length] ?? CITIES.remote,
      employmentType: EMPLOYMENT_TYPES[index % EMPLOYMENT_TYPES.length] ?? 'Contract',
      publishedAt: new Date(SEED_DATE - (index + 1) * 3_600_000),
      salary: { amount: 40 + (index % 30), unit: 'Per Hour' },
    };
  });
}
