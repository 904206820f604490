// What the teacher's dashboard receives from its own host (Electron IPC, or the loopback-only /teacher socket):
// the roster, live counts and the class's history. Market numbers are recomputed from counts with app/sim.
import type { ClassMarketParams } from '../sim/index';
import type { HostCommand, Phase, RoundChoice } from './class-protocol';

export type SeatStatus = 'submitted' | 'thinking' | 'waiting' | 'offline' | 'autopilot' | 'kicked';

export interface DashboardSeat {
  seat: number;
  nick: string;
  status: SeatStatus;
  online: boolean;
  autopilot: boolean;
  /** Marked for transfer: the next join with this seat's nickname takes it (optional: older hosts do not send it). */
  transfer?: boolean;
  rounds: RoundChoice[];
  /** Predictions by round: how many firms the student expected in their trade, and whether they would beat the average. */
  predictions: Record<string, { entrants: number; beatAverage: boolean }>;
}

export interface DashboardView {
  code: string;
  url: string | null;
  classSeed: number;
  scenarioId: string;
  monthsPerRound: number;
  rounds: number;
  params: ClassMarketParams | null;
  round: number;
  phase: Phase;
  paused: boolean;
  locked: boolean;
  mode: 'live' | 'code';
  autoRounds: boolean;
  seats: DashboardSeat[];
  submitted: number;
  total: number;
  liveCounts: number[];
  history: number[][];
  checks: string[];
  sources: ('live' | 'code')[];
}

export type TeacherFrame =
  | { t: 'view'; view: DashboardView }
  | { t: 'result'; ok: boolean; cmd: string }
  | { t: 'session'; text: string };

export type TeacherRequest = HostCommand | { cmd: 'session' };
