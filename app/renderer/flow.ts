// Which screen follows which: title -> (game screens, added by the game flow) and back.
import { showScreen } from './ui/screens';
import { titleScreen } from './ui/title-screen';

export function showTitle(): void {
  showScreen(titleScreen({}));
}
