// The report's pure builders: from a finished game (and the simulated figures) to language-independent
// messages and series. Every sentence about "this game" is a condition on the state's history.
import type { GameState, PathId, Reason } from '../game/sim-api';
import { PERSONA_DATA, findScenario } from '../game/sim-api';
import { lifeOutcome, percentileOf, type LifeOutcome, type ReportFigures } from './lives';
import { msg, type Msg } from './text';
import { names } from './names';

export interface TimelineItem { month: number; text: Msg; turningPoint: boolean }

export interface MarketSeries {
  businessId: string;
  own: boolean;
  open: number[];
  profit: (number | null)[];
  /** Businesses of this type closed each month; null where the sim does not record it. */
  closed: (number | null)[];
  start: number;
  peak: number;
  peakMonth: number;
  end: number;
  profitStart: number | null;
  profitEnd: number | null;
  /** null when closures are not recorded for this trade. */
  closedTotal: number | null;
}

export interface Idea { id: 'individual' | 'race' | 'guarantor' | 'ironBowl' | 'collective'; title: Msg; body: Msg; game: Msg[] }

export interface ReportModel {
  personaId: string;
  name: Msg;
  scenario: Msg;
  months: number;
  seed: number;
  /** The last path taken (what the player ended on), or null. */
  playerPath: PathId | null;
  player: LifeOutcome;
  oldWage: number;
  story: Msg[];
  timeline: TimelineItem[];
  money: { cash: number[]; debt: number[]; income: number[]; expenses: number[] };
  meters: { wellbeing: number[]; health: number[]; ties: number[] };
  market: MarketSeries | null;
}

/** Month numbers shown to people start at 1. */
export const shownMonth = (m: number): number => m + 1;

export function wageScale(state: GameState): number {
  const sc = findScenario(state.scenarioId);
  return sc ? sc.params.wageScale.value : 1;
}

export function personaOf(state: GameState) {
  return PERSONA_DATA.find((p) => p.id === state.personaId) ?? null;
}

export function buildReport(state: GameState): ReportModel {
  const persona = personaOf(state);
  const player = lifeOutcome(state);
  const last = state.pathsTaken[state.pathsTaken.length - 1];
  const oldWage = Math.round((persona?.monthlyWage ?? 0) * wageScale(state));
  const model: ReportModel = {
    personaId: state.personaId,
    name: names.persona(state.personaId),
    scenario: names.scenario(state.scenarioId),
    months: state.history.length,
    seed: state.config.seed,
    playerPath: last ? last.path : null,
    player,
    oldWage,
    story: [],
    timeline: buildTimeline(state),
    money: {
      cash: state.history.map((m) => Math.round(m.cash)),
      debt: state.history.map((m) => Math.round(m.debt)),
      income: state.history.map((m) => Math.round(m.income)),
      expenses: state.history.map((m) => Math.round(m.expenses)),
    },
    meters: {
      wellbeing: state.history.map((m) => Math.round(m.wellbeing)),
      health: state.history.map((m) => Math.round(m.health)),
      ties: state.history.map((m) => Math.round(m.ties)),
    },
    market: buildMarket(state),
  };
  model.story = buildStory(state, model);
  return model;
}

// ------------------------------------------------------------------ story

function pathDetail(p: { path: PathId; detail: string | null }): Msg | null {
  if (!p.detail) return null;
  if (p.path === 'business') return names.business(p.detail);
  if (p.path === 'retrain') return names.course(p.detail);
  if (p.path === 'migrate') return names.destination(p.detail);
  return null;
}

function timelineParam(state: GameState, key: string, param: string): number | null {
  const e = state.timeline.find((x) => x.key === key);
  const v = e?.params[param];
  return typeof v === 'number' ? v : null;
}

export function wellbeingBand(w: number): 'good' | 'strained' | 'crisis' {
  return w >= 55 ? 'good' : w >= 30 ? 'strained' : 'crisis';
}

export function buildStory(state: GameState, model: Pick<ReportModel, 'name' | 'player' | 'oldWage' | 'months'>): Msg[] {
  const persona = personaOf(state);
  const name = model.name;
  const out: Msg[] = [];
  const h = state.household;
  if (persona) {
    const severance = timelineParam(state, 'timeline.contractEnded', 'severance') ?? Math.round(persona.monthlyWage * persona.yearsOfService * wageScale(state));
    out.push(msg('report:story.intro', {
      name, age: persona.age, years: persona.yearsOfService,
      job: names.job(persona.job), province: names.province(persona.province),
      savings: { yuan: state.history[0]?.cashStart ?? Math.round(persona.savings * wageScale(state)) },
      severance: { yuan: severance },
    }));
  }
  if (!state.pathsTaken.length) out.push(msg('report:story.noPath', { name }));
  state.pathsTaken.forEach((p, i) => {
    const d = pathDetail(p);
    out.push(msg(i === 0 ? 'report:story.firstPath' : 'report:story.switchPath', {
      name, month: shownMonth(p.month), path: msg(`report:path.${p.path}`),
      detail: d ? msg('report:story.detail', { detail: d }) : '',
    }));
  });
  const p = model.player;
  out.push(p.debt > 0
    ? msg('report:story.end', { months: model.months, cash: { yuan: p.cash }, debt: { yuan: p.debt } })
    : msg('report:story.endNoDebt', { months: model.months, cash: { yuan: p.cash } }));
  if (model.oldWage > 0) out.push(msg('report:story.incomeChange', { income: { yuan: p.incomeLast12 }, wage: { yuan: model.oldWage } }));
  out.push(msg('report:story.outcomeValue', { outcome: { yuan: p.outcomeValue }, kept: { yuan: p.keptJobBaseline } }));
  out.push(workSentence(state, name));
  if (p.defaulted) out.push(msg('report:story.defaulted'));
  if (p.blacklisted) out.push(msg('report:story.blacklist', { name }));
  if (p.guarantorPaid > 0 && state.guarantor) {
    out.push(msg('report:story.guarantorPaid', { relation: names.relation(state.guarantor.relation), amount: { yuan: p.guarantorPaid } }));
  }
  if (p.monthsGoingWithout > 0) out.push(msg('report:story.goingWithout', { count: p.monthsGoingWithout }, p.monthsGoingWithout));
  out.push(msg(`report:story.family.${wellbeingBand(h.meters.wellbeing)}`, { wellbeing: Math.round(h.meters.wellbeing) }));
  out.push(msg('report:story.outcome', { outcome: names.outcome(p.outcome) }));
  return out;
}

function workSentence(state: GameState, name: Msg): Msg {
  const h = state.household;
  if (state.path?.path === 'business') {
    const open = state.market.firms.some((f) => f.owner === 'player' && f.closedMonth === null);
    if (open) {
      const profit = state.path.profitMonths > 0 ? state.path.profitSum / state.path.profitMonths : 0;
      return msg('report:story.work.businessOpen', { profit: { yuan: profit } });
    }
  }
  if (h.job) {
    const k = h.job.kind === 'migrant' ? 'migrantJob' : h.job.kind === 'publicWelfare' ? 'welfareJob' : 'job';
    return msg(`report:story.work.${k}`, { name, wage: { yuan: h.job.wage } });
  }
  if (h.retirement === 'pension') return msg('report:story.work.pension', { name, amount: { yuan: h.pension } });
  if (h.retirement === 'neitui') return msg('report:story.work.neitui', { name, amount: { yuan: h.livingAllowance } });
  if (state.market.firms.some((f) => f.owner === 'player')) return msg('report:story.work.businessClosed');
  return msg('report:story.work.none', { name });
}

// ------------------------------------------------------------------ timeline

/** Ids inside timeline params (businessId, courseId...) are shown as the thing's name in the reader's language. */
const ID_PARAMS: Record<string, (id: string) => Msg> = {
  businessId: names.business, courseId: names.course, destinationId: names.destination, location: names.location,
  personaId: names.persona, scenarioId: names.scenario,
};

export function timelineParams(params: Record<string, string | number>): Record<string, string | number | Msg> {
  const out: Record<string, string | number | Msg> = {};
  for (const [k, v] of Object.entries(params)) {
    const named = typeof v === 'string' ? ID_PARAMS[k] : undefined;
    out[k] = named ? named(v as string) : v;
  }
  return out;
}

/** A choice row ("修", "全部交上") says that it was a choice: "选择：修" / "Chose: repair". */
const isChoice = (key: string) => /^event\.[\w]+\.choice\./.test(key);

/** The number a content string's plural form follows (its months, years or unemployment-insurance months). */
export function pluralCount(params: Record<string, string | number> | undefined): number | undefined {
  for (const k of ['count', 'months', 'uiMonths', 'years']) {
    const v = params?.[k];
    if (typeof v === 'number') return v;
  }
  return undefined;
}

export function buildTimeline(state: GameState): TimelineItem[] {
  // The game's end is stamped on the month after the last one played; it belongs to the last month's row.
  const lastMonth = Math.max(0, state.monthsTotal - 1);
  return state.timeline.map((e) => {
    const count = pluralCount(e.params);
    const text: Msg = { key: `content:${e.key}`, params: timelineParams(e.params) as Msg['params'], ...(count !== undefined ? { count } : {}) };
    return { month: shownMonth(Math.min(e.month, lastMonth)), text: isChoice(e.key) ? msg('report:timeline.choice', { choice: text }) : text, turningPoint: e.turningPoint };
  });
}

// ------------------------------------------------------------------ market

/** The business type the market chart follows: the player's own, else the most crowded one at the end. */
export function marketBusinessId(state: GameState): { id: string; own: boolean } | null {
  const own = [...state.pathsTaken].reverse().find((p) => p.path === 'business' && p.detail);
  if (own?.detail) return { id: own.detail, own: true };
  const counts = new Map<string, number>();
  for (const m of state.history) if (m.mostCrowdedBusinessId) counts.set(m.mostCrowdedBusinessId, (counts.get(m.mostCrowdedBusinessId) ?? 0) + 1);
  const lastId = state.history[state.history.length - 1]?.mostCrowdedBusinessId ?? null;
  const id = lastId ?? [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return id ? { id, own: false } : null;
}

export function buildMarket(state: GameState): MarketSeries | null {
  const which = marketBusinessId(state);
  if (!which || !state.history.length) return null;
  const { id, own } = which;
  const open = state.history.map((m) => m.openByType?.[id] ?? 0);
  // Closures per month come from the sim's running count, which it records only for the player's own trade
  // (it prunes closed firms, so they cannot be counted afterwards for other trades).
  const closed: (number | null)[] = state.history.map((m, i) => {
    if (!own || m.closedSameType === null) return null;
    const before = i > 0 ? (state.history[i - 1]!.closedSameType ?? 0) : 0;
    return Math.max(0, m.closedSameType - before);
  });
  // The sim's per-type profit is only recorded for the player's own trade (from the month it opened).
  const profit = state.history.map((m) => (own && m.avgProfitSameType !== null ? Math.round(m.avgProfitSameType) : null));
  let peak = -1;
  let peakMonth = 0;
  open.forEach((n, i) => { if (n > peak) { peak = n; peakMonth = i; } });
  const profits = profit.filter((x): x is number => x !== null);
  return {
    businessId: id, own, open, profit, closed,
    start: open[0] ?? 0, peak: Math.max(peak, 0), peakMonth: shownMonth(peakMonth), end: open[open.length - 1] ?? 0,
    profitStart: profits.length ? profits[0]! : null,
    profitEnd: profits.length ? profits[profits.length - 1]! : null,
    closedTotal: closed.some((x) => x !== null) ? closed.reduce<number>((a, b) => a + (b ?? 0), 0) : null,
  };
}

// ------------------------------------------------------------------ ideas

function petition(state: GameState): { month: number; joined: boolean } | null {
  const choice = [...state.timeline].reverse().find((e) => e.key === 'event.petition.choice.join' || e.key === 'event.petition.choice.stayOut');
  return choice ? { month: shownMonth(choice.month), joined: choice.key.endsWith('.join') } : null;
}

export function loanOf(state: GameState): number | null {
  const e = [...state.timeline].reverse().find((x) => x.key === 'timeline.businessOpened');
  const v = e?.params.loan;
  return typeof v === 'number' && v > 0 ? v : null;
}

export function buildIdeas(state: GameState, model: ReportModel, figures: ReportFigures | null): Idea[] {
  const name = model.name;
  const p = model.player;
  const idea = (id: Idea['id'], game: Msg[]): Idea => ({ id, title: msg(`report:ideas.${id}.title`), body: msg(`report:ideas.${id}.body`), game });

  // Individualised responsibility: what the household had to carry on its chosen path.
  const loan = loanOf(state);
  const path = model.playerPath;
  const individual = path === 'business'
    ? msg('report:ideas.individual.business', { name, loan: { yuan: loan ?? 0 } })
    : path ? msg(`report:ideas.individual.${path}`, { name }) : msg('report:ideas.individual.none');

  // Race to the bottom: the market for the followed trade, and the cohort's businesses.
  const race: Msg[] = [];
  const mk = model.market;
  if (mk) {
    const params = { business: names.business(mk.businessId), start: mk.start, peak: mk.peak, peakMonth: mk.peakMonth };
    race.push(mk.profitStart !== null && mk.profitEnd !== null && mk.closedTotal !== null
      ? msg('report:ideas.race.crowded', { ...params, closed: mk.closedTotal, profitStart: { yuan: mk.profitStart }, profitEnd: { yuan: mk.profitEnd } })
      : msg('report:ideas.race.crowdedNoProfit', params));
  } else race.push(msg('report:ideas.race.none'));
  const cohort = state.market.cohort;
  if (cohort.businessesOpened > 0) race.push(msg('report:ideas.race.cohort', { opened: cohort.businessesOpened, failed: cohort.businessesFailed }));
  if (mk?.own) {
    const coworkers = state.market.firms.filter((f) => f.businessId === mk.businessId && f.formerCoworker && f.owner !== 'player').length;
    if (coworkers > 0) race.push(msg('report:ideas.race.coworker', { count: coworkers }, coworkers));
  }

  // Guarantor risk.
  const guarantor: Msg[] = [];
  const g = state.guarantor;
  if (loan !== null && g) {
    const relation = names.relation(g.relation);
    if (p.guarantorPaid > 0) guarantor.push(msg('report:ideas.guarantor.paid', { relation, amount: { yuan: p.guarantorPaid } }));
    else {
      const repaid = state.household.loan?.status === 'repaid' || (state.household.debts.bankLoan === 0 && state.household.debts.arrears === 0);
      guarantor.push(msg('report:ideas.guarantor.onHook', { relation, loan: { yuan: loan }, status: msg(repaid ? 'report:ideas.guarantor.repaid' : 'report:ideas.guarantor.running') }));
    }
  } else {
    const biz = figures?.distributions.find((d) => d.path === 'business')?.stats;
    guarantor.push(biz ? msg('report:ideas.guarantor.noLoan', { name, pct: { pct: biz.defaultShare } }) : msg('report:ideas.guarantor.noLoanNoData', { name }));
  }

  // The iron rice bowl: income now against the old wage.
  const bowl: Msg[] = [];
  const h = state.household;
  if (model.oldWage > 0) {
    if (path === 'retire' && (h.retirement === 'neitui' || h.retirement === 'pension')) {
      const amount = h.retirement === 'pension' ? h.pension : h.livingAllowance;
      bowl.push(msg('report:ideas.ironBowl.retired', { amount: { yuan: amount }, ratio: { pct: amount / model.oldWage } }));
    }
    bowl.push(msg('report:ideas.ironBowl.compare', { name, wage: { yuan: model.oldWage }, income: { yuan: p.incomeLast12 }, ratio: { pct: p.incomeLast12 / model.oldWage } }));
  }

  // Collective action: the petition, and ties with former co-workers.
  const collective: Msg[] = [];
  const pet = petition(state);
  collective.push(pet ? msg(pet.joined ? 'report:ideas.collective.joined' : 'report:ideas.collective.declined', { name, month: pet.month }) : msg('report:ideas.collective.noPetition'));
  const ties = model.meters.ties;
  if (ties.length) collective.push(msg('report:ideas.collective.ties', { start: ties[0]!, end: ties[ties.length - 1]! }));

  return [
    idea('individual', [individual]),
    idea('race', race),
    idea('guarantor', guarantor),
    idea('ironBowl', bowl),
    idea('collective', collective),
  ];
}

// ------------------------------------------------------------------ paths not taken, lives, real world

export interface PathColumn {
  path: PathId;
  yours: boolean;
  refused: Reason | null;
  life: LifeOutcome | null;
}

/** The player's result first, then the automatic replay of every other path (the player's own path too, for contrast). */
export function buildPathColumns(model: ReportModel, figures: ReportFigures): PathColumn[] {
  const yours: PathColumn = { path: model.playerPath ?? 'retrain', yours: true, refused: null, life: model.player };
  return [yours, ...figures.counterfactuals.map((c) => ({ path: c.path, yours: false, refused: c.refused, life: c.life }))];
}

export function playerStanding(model: ReportModel, figures: ReportFigures): { path: PathId; runs: number; percentile: number } | null {
  if (!model.playerPath) return null;
  const d = figures.distributions.find((x) => x.path === model.playerPath);
  if (!d || d.refused || !d.runs) return null;
  const pct = percentileOf(d.netWorth, model.player.netWorth);
  return pct === null ? null : { path: d.path, runs: d.runs, percentile: pct };
}

export interface RealRow { id: string; what: Msg; real: Msg; game: Msg; source: Msg }

export function buildRealRows(state: GameState, figures: ReportFigures): RealRow[] {
  const stat = (path: PathId) => figures.distributions.find((d) => d.path === path)?.stats ?? null;
  const row = (id: string, game: Msg): RealRow => ({ id, what: msg(`report:real.${id}.what`), real: msg(`report:real.${id}.real`), game, source: msg(`report:real.${id}.source`) });
  const rows: RealRow[] = [];
  const retrain = stat('retrain');
  if (retrain && retrain.noJobAt12Share !== null && figures.pooled) {
    rows.push(row('unemployed', msg('report:real.unemployed.game', { pct: { pct: retrain.noJobAt12Share }, pctAll: { pct: 1 - figures.pooled.employedEndShare } })));
  }
  const biz = stat('business');
  if (biz && biz.businessSurvival12 !== null) {
    // The town's cohort: the sim counts businesses opened and failed over the whole game (closed firms are pruned).
    const c = state.market.cohort;
    rows.push(row('survival', c.businessesOpened > 0
      ? msg('report:real.survival.game', { pct: { pct: biz.businessSurvival12 }, cohortClosedPct: { pct: c.businessesFailed / c.businessesOpened }, cohortN: c.businessesOpened })
      : msg('report:real.survival.gameNoCohort', { pct: { pct: biz.businessSurvival12 } })));
  }
  if (biz && biz.lossMakingShare !== null) rows.push(row('lossMaking', msg('report:real.lossMaking.game', { pct: { pct: biz.lossMakingShare } })));
  if (biz) rows.push(row('blacklist', msg('report:real.blacklist.game', { pct: { pct: biz.blacklistShare, digits: 1 } })));
  const retire = stat('retire');
  rows.push(row('pension', retire && retire.meanRetirementIncome !== null
    ? msg('report:real.pension.game', { amount: { yuan: retire.meanRetirementIncome } })
    : msg('report:real.pension.gameNone')));
  const migrate = stat('migrate');
  rows.push(row('migrant', migrate && migrate.meanMigrantWage !== null
    ? msg('report:real.migrant.game', { amount: { yuan: migrate.meanMigrantWage } })
    : msg('report:real.migrant.gameNone')));
  rows.push(row('layoffs', msg('report:real.layoffs.game', { cohort: state.market.cohort.size })));
  return rows;
}

export const QUESTION_KINDS = ['describe', 'analyse', 'transfer', 'apply'] as const;

export function buildQuestions(model: ReportModel): { kind: (typeof QUESTION_KINDS)[number]; title: Msg; items: Msg[] }[] {
  return QUESTION_KINDS.map((kind) => ({
    kind,
    title: msg(`report:questions.${kind}.title`),
    items: [msg(`report:questions.${kind}.q1`, { name: model.name }), msg(`report:questions.${kind}.q2`, { name: model.name })],
  }));
}

export const SOURCE_IDS = ['essay', 'guidelines', 'mohrss', 'handan', 'appleton', 'saic', 'pku', 'spc', 'nbs', 'banerjee', 'bateman', 'mankiw'] as const;
