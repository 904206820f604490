// Where everything stands on the street: firms grouped by type (so a crowded trade shows as a row of the
// same stalls), landmarks between the groups, and positions that stay put from one month to the next
// (a firm keeps its order in its group; new firms join the end of their group). Pure, unit-tested.
import type { StallForm, TownFirm } from './model';

export type LandmarkId = 'busStation' | 'bank' | 'jobCentre' | 'home';
export const LANDMARKS: readonly LandmarkId[] = ['busStation', 'bank', 'jobCentre', 'home'];

export const SLOT_WIDTH: Record<StallForm, number> = { shop: 140, stall: 110, kerb: 100 };
export const LANDMARK_WIDTH: Record<LandmarkId, number> = { busStation: 260, bank: 200, jobCentre: 220, home: 190 };
/** A narrow lane between two groups of trades, so groups read as groups. */
export const GROUP_GAP = 28;
/** Open ground before the first and after the last building. */
export const STREET_MARGIN = 240;

export type Slot =
  | { kind: 'landmark'; id: LandmarkId; x: number; width: number }
  | { kind: 'firm'; firm: TownFirm; x: number; width: number; groupIndex: number; indexInGroup: number };

export interface StreetLayout {
  slots: Slot[];
  /** Total length in design units, margins included. */
  width: number;
  /** Slot index by firm id. */
  firmSlot: Map<number, number>;
  landmarkSlot: Map<LandmarkId, number>;
}

/** Which landmark stands before which group of trades (index into the ordered, non-empty groups). */
function landmarkBefore(groupCount: number): Map<number, LandmarkId> {
  // Bus station at the start of the street, then bank, job centre and home spread between the groups.
  const at = new Map<number, LandmarkId>();
  at.set(0, 'busStation');
  const rest: LandmarkId[] = ['bank', 'jobCentre', 'home'];
  rest.forEach((id, i) => at.set(Math.min(groupCount, Math.max(1, Math.round(((i + 1) * groupCount) / 4))), id));
  return at;
}

/**
 * Lays firms out along the street. `typeOrder` fixes the order of the groups (the business list's order);
 * unknown types go last. Within a group firms stand in the order they opened (then by id).
 */
export function layoutStreet(firms: readonly TownFirm[], typeOrder: readonly string[]): StreetLayout {
  const rank = new Map(typeOrder.map((id, i) => [id, i]));
  const groups = new Map<string, TownFirm[]>();
  for (const f of firms) {
    const g = groups.get(f.businessId);
    if (g) g.push(f); else groups.set(f.businessId, [f]);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => (rank.get(a) ?? 1e9) - (rank.get(b) ?? 1e9) || a.localeCompare(b));
  for (const [, g] of ordered) g.sort((a, b) => a.openedMonth - b.openedMonth || a.id - b.id);

  const slots: Slot[] = [];
  const firmSlot = new Map<number, number>();
  const landmarkSlot = new Map<LandmarkId, number>();
  const before = landmarkBefore(ordered.length);
  let x = STREET_MARGIN;
  const placeLandmark = (id: LandmarkId) => {
    landmarkSlot.set(id, slots.length);
    slots.push({ kind: 'landmark', id, x, width: LANDMARK_WIDTH[id] });
    x += LANDMARK_WIDTH[id] + GROUP_GAP;
  };
  ordered.forEach(([, group], gi) => {
    const lm = before.get(gi);
    if (lm) placeLandmark(lm);
    group.forEach((firm, i) => {
      const width = SLOT_WIDTH[firm.form];
      firmSlot.set(firm.id, slots.length);
      slots.push({ kind: 'firm', firm, x, width, groupIndex: gi, indexInGroup: i });
      x += width;
    });
    x += GROUP_GAP;
  });
  // Landmarks whose group index lies past the end (few or no firms) close the street.
  for (const id of LANDMARKS) if (!landmarkSlot.has(id)) placeLandmark(id);
  return { slots, width: x - GROUP_GAP + STREET_MARGIN, firmSlot, landmarkSlot };
}

/** Centre x of a slot. */
export const slotCentre = (s: Slot): number => s.x + s.width / 2;

/**
 * The slots worth a keyboard hotspot: every landmark, the player's business, then the firms nearest to
 * `focusX`, up to `cap` in all; returned in street order (left to right) so Tab follows the street.
 */
export function hotspotSlots(layout: StreetLayout, focusX: number, cap: number, playerFirmId: number | null): Slot[] {
  const chosen = new Set<number>();
  layout.landmarkSlot.forEach((i) => chosen.add(i));
  if (playerFirmId !== null) {
    const i = layout.firmSlot.get(playerFirmId);
    if (i !== undefined) chosen.add(i);
  }
  const firms = layout.slots
    .map((s, i) => ({ s, i }))
    .filter(({ s, i }) => s.kind === 'firm' && !chosen.has(i))
    .sort((a, b) => Math.abs(slotCentre(a.s) - focusX) - Math.abs(slotCentre(b.s) - focusX) || a.i - b.i);
  for (const { i } of firms) {
    if (chosen.size >= cap) break;
    chosen.add(i);
  }
  return [...chosen].sort((a, b) => a - b).map((i) => layout.slots[i] as Slot);
}
