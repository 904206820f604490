// The shapes of the model: scenarios, personas, the game state and the actions a player can take.
// Everything in GameState is plain JSON (numbers, strings, booleans, arrays, objects), so a save is JSON.stringify.

export type PathId = 'retire' | 'retrain' | 'migrate' | 'business';
export const PATH_IDS: readonly PathId[] = ['retire', 'retrain', 'migrate', 'business'];

export type Gender = 'f' | 'm';

/** A parameter with its unit and where the number comes from (see docs/model.md). */
export interface Param<T = number> {
  value: T;
  unit: string;
  source: string;
}

/** Why an action was refused, or why something happened: a key in the `content` locale namespace plus values. */
export interface Reason {
  key: string;
  params?: Record<string, string | number>;
}

export interface GameConfig {
  scenarioId: string;
  personaId: string;
  seed: number;
  /** How many other laid-off workers live in the town and make their own choices; 0 means no crowding. */
  cohortSize?: number;
  months?: number;
  /** A teacher's policy settings (class codes): these scenario values replace the scenario's own. */
  policy?: PolicyOverrides;
}

/** Scenario values a teacher may change for a class (see app/shared/class-settings.ts). */
export const POLICY_KEYS = [
  'loanCap', 'loanMaxTermMonths', 'loanInterestSubsidised', 'uiMonthly', 'uiMonthsShort', 'uiMonthsMid', 'uiMonthsLong',
  'wageLossPerLaidOff', 'townRemittanceCut',
] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];
export type PolicyOverrides = Partial<{ [K in PolicyKey]: ScenarioParams[K]['value'] }>;

export type ResolvedConfig = Required<Omit<GameConfig, 'policy'>> & { policy?: PolicyOverrides };

// ---------------------------------------------------------------- scenario data

export interface ScenarioParams {
  months: Param;
  cohortSize: Param;
  startMonthOfYear: Param;
  /** Multipliers that turn the 2016 money figures of personas, businesses and courses into this scenario's yuan. */
  wageScale: Param;
  priceScale: Param;
  minimumWage: Param;
  cityAverageWage: Param;
  severanceMonthsPerYear: Param;
  uiMonthly: Param;
  uiMonthsShort: Param; // 1-5 contribution years
  uiMonthsMid: Param; // 5-10
  uiMonthsLong: Param; // 10+
  retirementAgeMen: Param;
  retirementAgeWomenWorkers: Param;
  retirementAgeWomenCadres: Param;
  arduousRetirementAgeMen: Param;
  arduousRetirementAgeWomen: Param;
  arduousMinYears: Param;
  earlyRetirementWindowYears: Param;
  livingAllowanceShareOfWage: Param;
  livingAllowanceFloorShareOfMinWage: Param;
  minContributionYears: Param;
  pensionAccountRate: Param;
  pensionDivisor50: Param;
  pensionDivisor55: Param;
  pensionDivisor60: Param;
  publicWelfareWage: Param;
  jobSearchBase: Param;
  agePenalty4050: Param;
  loanCap: Param;
  loanMaxTermMonths: Param;
  loanDefaultTermMonths: Param;
  loanAnnualRate: Param;
  loanInterestSubsidised: Param<boolean>;
  penaltyRateMultiplier: Param;
  missedPaymentsToDefault: Param;
  borrowerMaxAge: Param;
  blacklistMonths: Param;
  loanSharkMonthlyRate: Param;
  loanSharkCap: Param;
  /** Workers whose pay is spent on the town's main street (the wage-bill base that layoffs cut). */
  townWorkforce: Param;
  /** Share of a laid-off worker's wage the household stops spending in town (what insurance and savings do not replace). */
  wageLossPerLaidOff: Param;
  /** Unemployed local job seekers before the layoffs (the pool the laid-off join). */
  baselineJobSeekers: Param;
  /** Multiplier on the monthly job-finding rate after a course (Bidani et al.). */
  courseEffect: Param;
  /** Public-welfare posts per 100 workers laid off. */
  welfarePostsPer100: Param;
  /** Fall in the destination cities' hiring as the same retrenchment cuts urban jobs. */
  migrantDemandCut: Param;
  /** Month-to-month persistence and spread of each firm's own demand (log scale). */
  firmShockPersistence: Param;
  firmShockSd: Param;
  /** Spread of a new firm's unknown fit with its market (log demand): entrants learn whether they are any good. */
  firmEntrySd: Param;
  /** Months of rent and running costs a project loan may add as working capital. */
  workingCapitalMonths: Param;
  /** A founder household's reserve outside the business (own savings left after putting the severance in). */
  founderReserve: Param;
  /** What a founder household needs each month from the business or a job, beyond other family income. */
  founderNeeds: Param;
  /** Months of recent profit a buyer pays for a going business (besides its equipment). */
  businessSaleMonths: Param;
  /** Months after the game over which secured income (allowance, pension) is counted in the outcome. */
  outcomeHorizonMonths: Param;
  /** What each point of health lost costs later in treatment and lost work (2016 yuan per point). */
  healthCostPerPoint: Param;
  /** 1 = laid-off workers first stay attached to a re-employment service centre on a basic living allowance (1998). */
  xiagangCentre: Param;
  /** Basic living allowance from the re-employment service centre (yuan/month). */
  centreAllowance: Param;
  /** Months a xiagang worker may stay in the centre. */
  centreMonths: Param;
  townRemittanceCut: Param;
  layoffPhaseMonths: Param;
  crowdingElasticity: Param;
  incumbentMonthlyExitRate: Param;
  cohortShareRetire: Param;
  cohortShareRetrain: Param;
  cohortShareMigrate: Param;
  cohortShareBusiness: Param;
  migrantWageScale: Param;
  selfContributionBaseShare: Param;
  selfContributionRate: Param;
  selfContributionFromAge: Param;
  /** Rise in the remittance index for each cohort migrant who has work. */
  cohortMigrantRemittanceLift: Param;
  localJobLossRate: Param;
}

export interface Scenario {
  id: string;
  year: number;
  params: ScenarioParams;
}

// ---------------------------------------------------------------- personas

export type SkillId = 'cooking' | 'sewing' | 'mechanical' | 'electrical' | 'bookkeeping' | 'driving' | 'caring' | 'building' | 'mining';

export interface ChildData {
  age: number;
}

export interface GuarantorData {
  /** locale key suffix: content:relation.<relation> */
  relation: string;
  monthlyIncome: number;
  savings: number;
  /** Works in the same shrinking industry, so can be laid off too. */
  jobAtRisk: boolean;
}

export interface Persona {
  id: string;
  age: number;
  gender: Gender;
  /** locale key suffix: content:job.<job> */
  job: string;
  province: string;
  /** Underground or high-temperature work, which lowers the statutory retirement age after enough years. */
  arduous: boolean;
  arduousYears: number;
  /** Women cadres (office staff) retire at 55 instead of 50. */
  cadre: boolean;
  yearsOfService: number;
  contributionYears: number;
  /** 2016 yuan per month; scaled by the scenario's wageScale. */
  monthlyWage: number;
  savings: number;
  family: {
    spouse: 'employed' | 'laidOff' | 'migrant' | 'retired' | 'none';
    /** Earnings of other household members in the town: spouse's wage or a parent's pension (2016 yuan/month). */
    familyIncome: number;
    /** Money a spouse working elsewhere sends home (2016 yuan/month). */
    remittanceIn: number;
    children: ChildData[];
    /** Elderly relatives living with the household; `sick` adds a monthly medical bill. */
    elders: { sick: boolean }[];
    /** Adults at home besides the worker (spouse, elders), for food costs. */
    adultsAtHome: number;
  };
  skills: SkillId[];
  /** How much relatives could lend in a crisis (2016 yuan). */
  relativesCanLend: number;
  guarantor: GuarantorData;
  housing: 'ownFlat' | 'rented';
  healthStart: number;
  /** Derived (see rules/retirement.ts) and included so the UI can show it. */
  statutoryRetirementAge: number;
  earliestRetirementAge: number;
  /** Severance in this persona's 2016 yuan: one month's wage per year of service. */
  severance: number;
}

// ---------------------------------------------------------------- paths' data

export type Category = 'food' | 'retail' | 'services' | 'transport' | 'construction';
export const CATEGORIES: readonly Category[] = ['food', 'retail', 'services', 'transport', 'construction'];

export type LocationId = 'mainStreet' | 'sideStreet' | 'streetStall';
export const LOCATION_IDS: readonly LocationId[] = ['mainStreet', 'sideStreet', 'streetStall'];

export interface BusinessType {
  id: string;
  /** First year this trade existed in such a town. */
  sinceYear?: number;
  category: Category;
  /** Equipment, fit-out, first stock (2016 yuan). */
  startupCost: number;
  /** Monthly rent on a side street (2016 yuan); main street costs more, a stall less. */
  rent: number;
  /** One-off licence and registration fees (2016 yuan). */
  licence: number;
  /** Monthly fixed costs besides rent: utilities, fees, upkeep (2016 yuan). */
  fixedMonthly: number;
  /** Variable cost as a share of the price at the starting number of firms (stock, ingredients, fuel). */
  unitCostShare: number;
  /** Calibration: what a typical incumbent earned per month before the layoffs (2016 yuan). */
  baselineProfit: number;
  /** Derived: monthly spending on this trade in the town before the layoffs (2016 yuan at starting prices). */
  baseDemand: number;
  /** Firms of this type already in the town centre. */
  incumbents: number;
  /** Can run as a street stall (and so can be cleared by city managers). */
  stallAllowed: boolean;
  /** Depends on house building paid for by migrants' remittances. */
  constructionLinked: boolean;
  /** Low barrier: little capital, no licence exam; where a laid-off cohort crowds in. */
  lowBarrier: boolean;
  skills: SkillId[];
  /** Weight with which laid-off cohort members who start a business pick this type. */
  cohortWeight: number;
  source: string;
}

export interface Course {
  id: string;
  /** First year this course was offered (online shops and phones did not exist for 1998 trainees). */
  sinceYear?: number;
  months: number;
  fee: number;
  stipend: number;
  /** Multiplier on odds for women and for men (employers' preferences, as reported). */
  genderFactor: { f: number; m: number };
  skills: SkillId[];
  /** Which part of the town's spending this job depends on (demand factor), or null for outside work. */
  demandCategory: Category | null;
  maxAge: number;
  source: string;
}

export interface Destination {
  id: string;
  wage: number;
  livingCost: number;
  travel: number;
  deposit: number;
  /** Hiring age limit; older applicants rarely get hired. */
  maxHireAge: number;
  hireOdds: number;
  genderFactor: { f: number; m: number };
  /** Monthly extra cost (larger room, private migrant school) per child brought along. */
  childCostIfBrought: number;
  /** Chance a child without local hukou gets a public-school place. */
  publicSchoolOdds: number;
  /** Monthly risk of unpaid wages (construction bosses who vanish). */
  wageArrearsRisk: number;
  /** Skills employers there look for (raise the odds). */
  skills: SkillId[];
  source: string;
}

// ---------------------------------------------------------------- state

export interface Debts {
  bankLoan: number;
  arrears: number;
  informalRelatives: number;
  loanShark: number;
  owedToGuarantor: number;
  /** Bills the household could not pay (supplier and landlord credit) after every other source ran dry. */
  unpaidBills: number;
}

export interface Meters {
  wellbeing: number;
  health: number;
  ties: number;
}

export type JobKind = 'local' | 'publicWelfare' | 'migrant';

export interface Job {
  kind: JobKind;
  wage: number;
  sinceMonth: number;
  courseId: string | null;
  destinationId: string | null;
  /** Months of wages the employer is holding back (unpaid wages). */
  withheld: number;
}

export interface Child {
  age: number;
  /** 'home' or brought to the migrant's destination. */
  withMigrant: boolean;
}

export interface LoanContract {
  principal: number;
  balance: number;
  termMonths: number;
  monthlyPrincipal: number;
  startMonth: number;
  annualRate: number;
  subsidised: boolean;
  /** Missed monthly payments in total, and in a row (default follows three in a row: the 90-day rule). */
  missedPayments: number;
  missedInRow: number;
  /** An instalment fallen due that the household has not yet decided how to pay (0 = none). */
  pendingDue: number;
  status: 'current' | 'arrears' | 'defaulted' | 'repaid';
}

export interface Household {
  ageMonths: number;
  cash: number;
  debts: Debts;
  relativesCapacity: number;
  meters: Meters;
  employed: boolean;
  job: Job | null;
  severancePaid: boolean;
  uiMonthsLeft: number;
  uiMonthly: number;
  retirement: 'none' | 'neitui' | 'pension';
  /** Left an internal-retirement agreement; cannot return to it. */
  leftNeitui: boolean;
  livingAllowance: number;
  pension: number;
  contributionYears: number;
  /** Paying pension and medical insurance as a flexible worker after the contract ended. */
  payingContributions: boolean;
  familyIncome: number;
  remittanceIn: number;
  children: Child[];
  sickElders: number;
  adultsAtHome: number;
  location: 'home' | 'away';
  loan: LoanContract | null;
  defaulted: boolean;
  blacklisted: boolean;
  blacklistUntil: number | null;
  goingWithout: boolean;
  monthsGoingWithout: number;
  /** The household chose to pay instalments the business cannot cover from its savings, while they last. */
  payFromSavings: boolean;
  /** Subsidised courses taken since the layoff (one per spell of unemployment). */
  coursesTaken: number;
  /** Months left on the re-employment service centre's basic living allowance (1998 scenario). */
  centreMonthsLeft: number;
  /** Extra multipliers on household costs (price shocks). */
  costShocks: Array<{ key: string; factor: number; untilMonth: number }>;
}

export type PathState =
  | { path: 'retire'; kind: 'neitui' | 'pension'; sinceMonth: number }
  | { path: 'retrain'; courseId: string; sinceMonth: number; courseEndsMonth: number }
  | { path: 'migrate'; destinationId: string; sinceMonth: number; bringChildren: boolean; monthsUnemployed: number }
  | { path: 'business'; businessId: string; firmId: number; location: LocationId; sinceMonth: number; lossMonths: number; profitSum: number; profitMonths: number };

export interface PathTaken {
  path: PathId;
  month: number;
  detail: string | null;
}

export type FirmOwner = 'player' | 'cohort' | 'incumbent';

export interface Firm {
  id: number;
  businessId: string;
  /** Index of businessId in listBusinesses() (kept for speed). */
  bi: number;
  owner: FirmOwner;
  location: LocationId;
  openedMonth: number;
  closedMonth: number | null;
  cash: number;
  quality: number;
  loanBalance: number;
  loanInstalment: number;
  lastRevenue: number;
  lastProfit: number;
  /** A former co-worker from the same mill (ties the competition to the solidarity thread). */
  formerCoworker: boolean;
  /** The firm's own demand shock (log scale, persistent). */
  shock: number;
  /** Loan instalments missed in a row (cohort founders; three in a row is a default). */
  missedInRow: number;
  /** A cohort founder household's savings outside the till (yuan). */
  reserve: number;
}

export interface MarketModifier {
  kind: 'demand' | 'cost' | 'rent' | 'entry' | 'price' | 'remittance';
  /** a business id, a category, or 'all' */
  target: string;
  factor: number;
  untilMonth: number;
}

export interface CohortState {
  size: number;
  /** Planned choices of the cohort, one per member (parallel arrays; path index into PATH_IDS, -1 = stays idle). */
  planMonth: number[];
  planPath: number[];
  planBusiness: number[];
  next: number;
  counts: { retire: number; retrain: number; migrate: number; business: number; idle: number };
  businessesOpened: number;
  businessesFailed: number;
  loanDefaults: number;
  /** Cohort members looking for local work, and those who found it (expected counts, fractional). */
  seekers: number;
  employedLocal: number;
  /** Cohort migrants, and those with work (expected counts). */
  migrantsAway: number;
  migrantsEmployed: number;
  /** Public-welfare posts held by the cohort. */
  welfarePosts: number;
  /** Closed founders still repaying: [balance, instalment, reserve, missedInRow, working 0/1] per debtor. */
  debtors: number[][];
  /** Founders whose loans were repaid, and cohort borrowers in total. */
  loansRepaid: number;
  borrowers: number;
}

export interface TownState {
  wageIndex: number;
  remittanceIndex: number;
  pensionIndex: number;
  categoryIndex: Record<Category, number>;
  /** Job-finding conditions for local job seekers (1 = as before the layoffs). */
  labourIndex: number;
  /** Destination cities' hiring (1 = as before the layoffs). */
  migrantDemandIndex: number;
  /** Public-welfare posts not taken. */
  welfarePostsFree: number;
  /** The month a television success story about a trade runs, and the trade (drawn from the town's stream). */
  tvStoryMonth: number;
  tvStoryBusiness: string;
}

export interface MarketState {
  /** Open firms, and firms closed in the last three months (older closures are only counted in closedByType). */
  firms: Firm[];
  nextFirmId: number;
  cohort: CohortState;
  town: TownState;
  modifiers: MarketModifier[];
  /** Per business type: price index (1 = before the layoffs) at the last month. */
  priceIndex: Record<string, number>;
  closedByType: Record<string, number>;
  /** Class mode: new firms per trade for the coming month, decided by the class round (app/sim/class-market.ts);
   * when set, they replace the simulated cohort's own business openings for that month. */
  classEntrants: Record<string, number> | null;
}

export interface GuarantorState {
  relation: string;
  income: number;
  savings: number;
  relationship: number;
  hardship: number;
  paid: number;
  laidOff: boolean;
  blacklisted: boolean;
  /** Only bound once a loan is signed. */
  bound: boolean;
}

export interface EventChoiceState {
  id: string;
  /** Numbers the UI can show next to the choice (cost in yuan, chance in 0..1). */
  figures: Record<string, number>;
  eligible: boolean;
  reason?: Reason;
}

export interface PendingEvent {
  id: string;
  kind: string;
  month: number;
  params: Record<string, string | number>;
  choices: EventChoiceState[];
}

export interface Flow {
  key: string;
  amount: number;
}

export interface MonthRecord {
  month: number;
  cashStart: number;
  cash: number;
  debt: number;
  /** Debt flows of the month: new borrowing, principal repaid, interest and penalties added to debt. */
  borrowed: number;
  principalRepaid: number;
  interestCharged: number;
  income: number;
  expenses: number;
  flows: Flow[];
  employed: boolean;
  businessProfit: number | null;
  sameTypeFirms: number | null;
  avgProfitSameType: number | null;
  closedSameType: number | null;
  mostCrowdedBusinessId: string | null;
  openByType: Record<string, number>;
  wellbeing: number;
  health: number;
  ties: number;
  goingWithout: boolean;
  eventId: string | null;
}

export interface TimelineEntry {
  month: number;
  key: string;
  params: Record<string, string | number>;
  turningPoint: boolean;
}

export interface GameState {
  version: 2;
  config: ResolvedConfig;
  scenarioId: string;
  personaId: string;
  /** Months already played (0-based index of the month in progress). */
  month: number;
  monthsTotal: number;
  /** xoroshiro128plus state from pure-rand (four 32-bit integers): the household's stream. */
  rng: number[];
  /** The town's own stream (market, cohort, firms), so every path of one seed sees the same town. */
  townRng: number[];
  household: Household;
  path: PathState | null;
  pathsTaken: PathTaken[];
  market: MarketState;
  guarantor: GuarantorState | null;
  pendingEvent: PendingEvent | null;
  /** Flows of the month in progress (actions taken during the month, events), closed by endMonth. */
  current: { cashStart: number; flows: Flow[]; interest: number };
  /** Month each event last fired (-1000 = never), in the order of EVENT_DEFINITIONS, for cooldowns. */
  eventLastFired: number[];
  /** How many times each event has fired, in the order of EVENT_DEFINITIONS. */
  eventCount: number[];
  history: MonthRecord[];
  timeline: TimelineEntry[];
  ended: null | { month: number; reason: Reason };
}

// ---------------------------------------------------------------- actions

export type RepayTarget = 'arrears' | 'bankLoan' | 'informalRelatives' | 'loanShark' | 'owedToGuarantor' | 'unpaidBills';

export type Action =
  | { type: 'choosePath'; path: 'retire' }
  | { type: 'choosePath'; path: 'retrain'; courseId: string }
  | { type: 'choosePath'; path: 'migrate'; destinationId: string; bringChildren: boolean }
  | { type: 'choosePath'; path: 'business'; businessId: string; loanAmount: number; termMonths: number; location?: LocationId }
  | { type: 'resolveEvent'; choiceId: string }
  | { type: 'endMonth' }
  | { type: 'closeBusiness' }
  | { type: 'returnHome' }
  | { type: 'takePublicWelfareJob' }
  | { type: 'quitJob' }
  | { type: 'setContributions'; on: boolean }
  | { type: 'borrowInformal'; source: 'relatives' | 'loanShark'; amount: number }
  | { type: 'repayExtra'; target: RepayTarget; amount: number }
  | { type: 'setClassMarket'; entrants: Record<string, number> };

export interface ActionOption {
  action: Action;
  eligible: boolean;
  reason?: Reason;
  /** Numbers only (yuan, months, probabilities 0..1); the renderer formats and labels them. */
  figures: Record<string, number>;
}

export interface SimEvent {
  type: 'pathChosen' | 'monthEnded' | 'eventStarted' | 'eventResolved' | 'eventHappened' | 'timeline' | 'gameEnded' | 'actionDone';
  month: number;
  key: string;
  params: Record<string, string | number>;
}

export type StepResult = { ok: true; state: GameState; events: SimEvent[] } | { ok: false; reason: Reason };
export type NewGameResult = { ok: true; state: GameState } | { ok: false; reason: Reason };

export interface LifeSummary {
  scenarioId: string;
  personaId: string;
  monthsPlayed: number;
  cash: number;
  debt: number;
  debts: Debts;
  netWorth: number;
  /** In work at the end (public-welfare posts count here, as in the month records). */
  employed: boolean;
  /** The work at the end is a public-welfare post (a last-resort job, not re-employment). */
  publicWelfareJob: boolean;
  defaulted: boolean;
  blacklisted: boolean;
  businessOpen: boolean | null;
  businessOpened: boolean;
  businessClosed: boolean;
  meanMonthlyProfit: number | null;
  pathsTaken: PathId[];
  totalIncome: number;
  wellbeing: number;
  health: number;
  ties: number;
  guarantorPaid: number;
  monthsGoingWithout: number;
  /** Allowance or pension being paid at the end (yuan/month). */
  securedMonthlyIncome: number;
  /** Pension at the statutory age from the contribution years reached (yuan/month, this scenario's money). */
  projectedPension: number;
  /** content:outcome.<outcome>.title / .body */
  outcome: string;
  /** Sale value of a business still open at the end: equipment plus a few months of recent profit (yuan). */
  businessValue: number;
  /** Allowance and pension the household is entitled to over the outcome horizon after the game (yuan). */
  securedIncomeValue: number;
  /** Later cost of health lost during the game (yuan). */
  healthCost: number;
  /** The outcome: net worth + business value + secured income - health cost (yuan). */
  outcomeValue: number;
  /** The same measure had the job continued for the whole game (yuan). */
  keptJobBaseline: number;
  /** Regular work at the end (a local or migrant job; not a public-welfare post, not a business). */
  regularJob: boolean;
  /** What the household's worker does at the end (rules/labour.ts workStatus). */
  workStatus: 'regularJob' | 'publicWelfare' | 'business' | 'retired' | 'none';
  /** In paid work at the end: a job, a public-welfare post or a business still open. */
  inWork: boolean;
  /** The worker's own earnings over the game: wages and business profit (never gross takings). */
  earnings: number;
  /** Average monthly own earnings over the last twelve months. */
  earningsLast12: number;
}

export interface BatchOptions {
  businessId?: string;
}

export interface BatchResult {
  runs: number;
  path: PathId;
  netWorth: { mean: number; p10: number; p50: number; p90: number };
  /** Share in regular work at the end (local or migrant jobs); public-welfare posts are not counted here. */
  employedRate: number;
  /** Share in a public-welfare post at the end. */
  publicWelfareRate: number;
  defaultRate: number;
  /** Share of lives whose business closed before the end; null when the path has no business. */
  businessFailureRate: number | null;
  meanMonthlyProfit: number | null;
  blacklistRate: number;
  /** Same as blacklistRate (the name the lab commands use). */
  blacklistedRate: number;
  /** Share of lives in which the guarantor had to pay. */
  guarantorPaidRate: number;
  /** Share in paid work at the end: a job, a public-welfare post or a business still open (LifeSummary.inWork). */
  inWorkRate: number;
  /** Median of the outcome measure (LifeSummary.outcomeValue). */
  medianOutcome: number;
  /** Median outcome had the job continued. */
  keptJobBaseline: number;
  refused: Reason | null;
}
