// Trade and location names for the class screens, from the game's content texts (one name per trade everywhere).
import { ct } from '../ui/text';
import type { Choice } from '../../shared/class-protocol';
import { t } from '../i18n';

export const tradeName = (id: string): string => ct(`business.${id}.name`);
export const locationName = (id: string): string => ct(`location.${id}.name`);

export function choiceText(c: Pick<Choice, 'trade' | 'location'> | null): string {
  if (!c || c.trade === null) return t('class:choice.none');
  return c.location ? t('class:choice.tradeAt', { trade: tradeName(c.trade), location: locationName(c.location) }) : tradeName(c.trade);
}
