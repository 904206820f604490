// Class presets the teacher picks from: which scenario, how many rounds and how many months each round covers.
// A round of three months fits 20-25 minutes of play for twelve rounds (design/class-market.md §3).
export interface ClassPreset {
  id: string;
  scenarioId: string;
  rounds: number;
  monthsPerRound: number;
}

export const CLASS_PRESETS: readonly ClassPreset[] = [
  { id: 'standard', scenarioId: '2016-steel-coal', rounds: 12, monthsPerRound: 3 },
  { id: 'short', scenarioId: '2016-steel-coal', rounds: 6, monthsPerRound: 3 },
  { id: 'xiagang', scenarioId: '1998-xiagang', rounds: 12, monthsPerRound: 3 },
];

export const DEFAULT_PRESET_ID = 'standard';

export function findPreset(id: string): ClassPreset | undefined {
  return CLASS_PRESETS.find((p) => p.id === id);
}
