// The street layout: trades stand grouped by type (so crowding shows as a row of the same stalls),
// positions stay put when firms close or new ones open, landmarks are always there, hotspots are capped.
import { describe, expect, it } from 'vitest';
import { LANDMARKS, hotspotSlots, layoutStreet, slotCentre, type Slot } from '../../../app/renderer/town/layout';
import type { TownFirm } from '../../../app/renderer/town/model';

const ORDER = ['breakfastStall', 'noodleShop', 'smallGrocery', 'hairSalon'];

function firm(id: number, businessId: string, openedMonth = -1, extra: Partial<TownFirm> = {}): TownFirm {
  return {
    id, businessId, category: 'food', owner: 'cohort', formerCoworker: false, form: 'shop', status: 'steady', priceIndex: 1, priceBars: 5,
    queue: 1, openedMonth, closedMonth: null, isNew: false, ...extra,
  };
}

const firmSlots = (slots: Slot[]) => slots.filter((s): s is Extract<Slot, { kind: 'firm' }> => s.kind === 'firm');

describe('layoutStreet', () => {
  it('puts firms of the same type next to each other, in the business list order', () => {
    const firms = [firm(1, 'hairSalon'), firm(2, 'breakfastStall'), firm(3, 'hairSalon', 4), firm(4, 'breakfastStall', 2), firm(5, 'noodleShop')];
    const types = firmSlots(layoutStreet(firms, ORDER).slots).map((s) => s.firm.businessId);
    expect(types).toEqual(['breakfastStall', 'breakfastStall', 'noodleShop', 'hairSalon', 'hairSalon']);
  });

  it('orders a group by opening month so a new firm joins the end and nobody moves', () => {
    const before = [firm(1, 'breakfastStall', -5), firm(2, 'breakfastStall', 3), firm(3, 'noodleShop', -2)];
    const after = [...before, firm(9, 'breakfastStall', 6)];
    const a = layoutStreet(before, ORDER);
    const b = layoutStreet(after, ORDER);
    const xOf = (l: ReturnType<typeof layoutStreet>, id: number) => (l.slots[l.firmSlot.get(id) as number] as Slot).x;
    expect(xOf(b, 1)).toBe(xOf(a, 1));
    expect(xOf(b, 2)).toBe(xOf(a, 2));
    expect(xOf(b, 9)).toBeGreaterThan(xOf(b, 2));
    expect(xOf(b, 3)).toBeGreaterThan(xOf(a, 3)); // the next group shifts right to make room
  });

  it('keeps a closed firm in its place (its shutter stays on the street)', () => {
    const open = [firm(1, 'noodleShop'), firm(2, 'noodleShop', 1)];
    const closed = [firm(1, 'noodleShop', -1, { status: 'closed', closedMonth: 5 }), firm(2, 'noodleShop', 1)];
    expect(layoutStreet(closed, ORDER).slots.map((s) => s.x)).toEqual(layoutStreet(open, ORDER).slots.map((s) => s.x));
  });

  it('always places the four landmarks once, even on an empty street', () => {
    for (const firms of [[], [firm(1, 'noodleShop')], ORDER.flatMap((t, i) => [firm(i * 2 + 1, t), firm(i * 2 + 2, t)])]) {
      const l = layoutStreet(firms, ORDER);
      const ids = l.slots.filter((s) => s.kind === 'landmark').map((s) => (s as { id: string }).id).sort();
      expect(ids).toEqual([...LANDMARKS].sort());
    }
  });

  it('never overlaps slots and grows the street with more firms', () => {
    const many = Array.from({ length: 200 }, (_, i) => firm(i + 1, ORDER[i % ORDER.length] as string, i % 30, { form: i % 3 === 0 ? 'stall' : 'shop' }));
    const l = layoutStreet(many, ORDER);
    for (let i = 1; i < l.slots.length; i++) {
      const a = l.slots[i - 1] as Slot;
      expect((l.slots[i] as Slot).x).toBeGreaterThanOrEqual(a.x + a.width);
    }
    expect(l.width).toBeGreaterThan(layoutStreet(many.slice(0, 50), ORDER).width);
  });
});

describe('hotspotSlots', () => {
  const many = Array.from({ length: 120 }, (_, i) => firm(i + 1, ORDER[i % ORDER.length] as string, i));
  const l = layoutStreet(many, ORDER);

  it("caps the number, keeps every landmark and the player's business, in street order", () => {
    const player = 100;
    const playerX = slotCentre(l.slots[l.firmSlot.get(player) as number] as Slot);
    const far = playerX > l.width / 2 ? 0 : l.width;
    const spots = hotspotSlots(l, far, 30, player);
    expect(spots).toHaveLength(30);
    expect(spots.filter((s) => s.kind === 'landmark')).toHaveLength(4);
    expect(spots.some((s) => s.kind === 'firm' && s.firm.id === player)).toBe(true);
    const xs = spots.map((s) => s.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('picks the firms nearest the focus', () => {
    const target = l.slots[l.firmSlot.get(60) as number] as Slot;
    const spots = hotspotSlots(l, slotCentre(target), 10, null);
    const firms = firmSlots(spots);
    const dist = (s: Slot) => Math.abs(slotCentre(s) - slotCentre(target));
    const maxChosen = Math.max(...firms.map(dist));
    const chosen = new Set(firms.map((f) => f.firm.id));
    const closerLeftOut = firmSlots(l.slots).filter((s) => !chosen.has(s.firm.id) && dist(s) < maxChosen);
    expect(closerLeftOut).toEqual([]);
  });
});
