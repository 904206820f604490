// The numbers an event choice carries to the card that offers it, by name, each with one unit. The model computes
// them with the functions that apply the choice (rules/loan.ts for the debt cards), so a card says what will happen;
// the renderer only words and formats them.

/** Units of choice figures: yuan; yuan per month; a share per month (0.08 = 8%); months; missed monthly payments;
 * meter points (signed change on a 0-100 meter); flag (1 = yes, 0 = no). */
export type FigureUnit = 'yuan' | 'yuan/month' | 'share/month' | 'months' | 'missed payments' | 'meter points' | 'flag';

export const CHOICE_FIGURE_UNITS = {
  /** Cash paid now. */
  cost: 'yuan',
  /** Cash left after paying. */
  cashLeft: 'yuan',
  /** Later instalments are paid from savings too while they last (a standing choice). */
  payFromSavings: 'flag',
  /** New borrowing now (relatives or a loan shark). */
  borrowed: 'yuan',
  /** Interest rate on that borrowing (0 for relatives). */
  monthlyRate: 'share/month',
  /** Interest that borrowing adds each month, from the month after it is taken. */
  interestPerMonth: 'yuan/month',
  /** Principal moved into arrears now. */
  toArrears: 'yuan',
  /** Interest added to the arrears now. */
  interestCharged: 'yuan',
  /** The state stops paying the loan's interest while it is in arrears. */
  subsidyLost: 'flag',
  /** Penalty interest on the arrears at this month's end. */
  penaltyPerMonth: 'yuan/month',
  /** Further missed payments in a row before the loan is called in. */
  missesLeft: 'missed payments',
  /** This miss is the default: the bank calls in the whole loan at once. */
  defaultsNow: 'flag',
  /** What the bank then calls in (balance plus arrears). */
  calledIn: 'yuan',
  /** What the guarantor is made to pay now. */
  guarantorPays: 'yuan',
  /** What the household then owes its guarantor in all. */
  owedToGuarantor: 'yuan',
  /** What stays unpaid and goes to court. */
  leftUnpaid: 'yuan',
  /** Months on the defaulters' list. */
  blacklistMonths: 'months',
  /** The guarantor, left with nothing, is listed too. */
  guarantorListed: 'flag',
  wellbeing: 'meter points',
  health: 'meter points',
  ties: 'meter points',
} as const satisfies Record<string, FigureUnit>;

export type ChoiceFigureName = keyof typeof CHOICE_FIGURE_UNITS;
export type ChoiceFigures = Partial<Record<ChoiceFigureName, number>>;
