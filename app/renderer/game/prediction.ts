// The two questions asked before a business opens (how many others will open the same trade within a year; will
// yours beat the trade's average), kept with the game beside the model's state, so the report and the class view
// can set them against what happened: reference-group neglect in market entry (Camerer and Lovallo, AER 1999).

export interface EntryPrediction {
  businessId: string;
  /** Month (0-based) in which the business was opened. */
  month: number;
  predictedEntrants: number;
  willBeatAverage: boolean;
}

export const MAX_PREDICTED_ENTRANTS = 999;

export function isEntryPrediction(x: unknown): x is EntryPrediction {
  if (!x || typeof x !== 'object') return false;
  const o = x as Record<string, unknown>;
  return typeof o.businessId === 'string' && /^[\w.-]{1,80}$/.test(o.businessId)
    && Number.isInteger(o.month) && (o.month as number) >= 0
    && Number.isInteger(o.predictedEntrants) && (o.predictedEntrants as number) >= 0 && (o.predictedEntrants as number) <= MAX_PREDICTED_ENTRANTS
    && typeof o.willBeatAverage === 'boolean';
}
