// Words for what the town shows, for hotspot labels and tooltips: what a stall is, whose it is, how it
// is doing and its price against normal. All text comes from locales (town, content).
import i18next from 'i18next';
import { lang, percent, t } from '../i18n';
import { bracketed, joinSentences } from '../typography';
import type { Slot } from './layout';
import type { TownFirm, TownView } from './model';

export interface Description { title: string; lines: string[] }

export function businessName(id: string): string {
  const key = `content:business.${id}.name`;
  return i18next.exists(key) ? t(key) : id;
}

function ownerText(f: TownFirm, view: TownView): string {
  if (f.past) return t('town:owner.past');
  if (view.player?.businessFirmId === f.id) return t('town:owner.player');
  if (f.owner === 'cohort' && f.formerCoworker) return t('town:owner.coworker');
  return t(`town:owner.${f.owner}`);
}

function priceText(f: TownFirm): string {
  if (Math.abs(f.priceIndex - 1) < 0.005) return t('town:priceSame');
  return t('town:price', { percent: percent(f.priceIndex) });
}

export function describeSlot(slot: Slot, view: TownView, openOfType: ReadonlyMap<string, number>): Description {
  const p = view.player;
  if (slot.kind === 'firm') {
    const f = slot.firm;
    const lines = [ownerText(f, view), t(`town:status.${f.status}`)];
    if (f.status !== 'closed') lines.push(priceText(f));
    lines.push(t('town:sameType', { count: openOfType.get(f.businessId) ?? 0 }));
    if (p && p.businessFirmId === f.id && p.overdue) lines.push(t('town:overdue'));
    return { title: bracketed(lang(), businessName(f.businessId), t(`town:form.${f.form}`)), lines };
  }
  const lines = [t(`town:landmarkInfo.${slot.id}`)];
  if (slot.id === 'busStation' && p?.blacklisted) lines.push(t('town:busBarred'));
  if (slot.id === 'jobCentre' && view.jobCentreQueue > 0) lines.push(t('town:jobQueue', { count: view.jobCentreQueue }));
  if (slot.id === 'home' && p) {
    if (p.away) lines.push(t('town:homeAway'));
    if (p.overdue) lines.push(t('town:homeOverdue'));
    if (p.blacklisted) lines.push(t('town:homeCourt'));
    if (p.guarantorVisiting) lines.push(t('town:guarantorVisit'));
  }
  if (slot.id === 'home' && !p && view.chimneySmoke) lines.push(t('town:millWorking'));
  const title = slot.id === 'home' && !p ? t('town:landmark.home') : t(`town:landmark.${slot.id}`);
  return { title, lines };
}

export const labelOf = (d: Description): string => joinSentences(lang(), [d.title, ...d.lines]);
