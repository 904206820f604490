// The automatic player's rule (policy.ts, described in docs/model.md "The automatic player"): thresholds of a
// behaviour, not measured parameters. Batches, the calibration figures and the path comparison depend on them, so
// they are listed with the other model assumptions (L). Values were moved out of policy.ts unchanged.
import type { ParamDocTable } from './param-docs';

const RULE = 'Automatic player\'s rule, a model assumption (L)';

export const paybackMonths = 24;
export const fallbackMonthlyNeeds = 2000;
export const contributionsFromReserveMonths = 6;
export const lowReserveMonths = 3;
export const closeAfterLossMonths = 9;
export const closeShortAfterLossMonths = 4;
export const accountCheckAfterLossMonths = 3;
export const returnHomeAfterMonths = 3;
export const bufferMonths = 2;
export const AUTO_PLAYER_DOC: ParamDocTable = {
  paybackMonths: ['months', `${RULE}: up-front costs are spread over two years when comparing courses, destinations and trades`],
  fallbackMonthlyNeeds: ['yuan/month', `${RULE}: a month's needs before the first month has been played`],
  contributionsFromReserveMonths: ['months of needs', `${RULE}: own pension contributions are started with six months' needs in hand`],
  lowReserveMonths: ['months of needs', `${RULE}: contributions stop, and a losing business closes, below three months' needs`],
  closeAfterLossMonths: ['losing months in a row', RULE],
  closeShortAfterLossMonths: ['losing months in a row', `${RULE}: with a low reserve`],
  accountCheckAfterLossMonths: ['losing months in a row', `${RULE}: then the business's own account decides`],
  returnHomeAfterMonths: ['months without work', RULE],
  bufferMonths: ['months of needs', `${RULE}: kept in hand before repaying informal debts early or paying an instalment from savings`],
};
