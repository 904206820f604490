// The automatic player's rule (policy.ts, described in docs/model.md "The automatic player"): thresholds of a
// behaviour, not measured parameters. Batches, the calibration figures and the path comparison depend on them, so
// they are listed with the other model assumptions (L). Values were moved out of policy.ts unchanged.
import type { Param } from '../types';

const p = (value: number, unit: string, source: string): Param => ({ value, unit, source });
const RULE = 'Automatic player\'s rule, a model assumption (L)';

export const AUTO_PLAYER = {
  paybackMonths: p(24, 'months', `${RULE}: up-front costs are spread over two years when comparing courses, destinations and trades`),
  fallbackMonthlyNeeds: p(2000, 'yuan/month', `${RULE}: a month's needs before the first month has been played`),
  contributionsFromReserveMonths: p(6, 'months of needs', `${RULE}: own pension contributions are started with six months' needs in hand`),
  lowReserveMonths: p(3, 'months of needs', `${RULE}: contributions stop, and a losing business closes, below three months' needs`),
  closeAfterLossMonths: p(9, 'losing months in a row', RULE),
  closeShortAfterLossMonths: p(4, 'losing months in a row', `${RULE}: with a low reserve`),
  accountCheckAfterLossMonths: p(3, 'losing months in a row', `${RULE}: then the business's own account decides`),
  returnHomeAfterMonths: p(3, 'months without work', RULE),
  bufferMonths: p(2, 'months of needs', `${RULE}: kept in hand before repaying informal debts early or paying an instalment from savings`),
};
