// The class protocol's constants without zod, so the game's first screen can use them without loading the schema
// library (the schemas themselves are in class-protocol.ts).
export const PROTOCOL_VERSION = 1;
/** The game's version (package.json); host and client must match. */
export const APP_VERSION = '0.1.0';
/** No frame in either direction may be larger (the host's ws maxPayload; the host also checks what it sends). */
export const MAX_FRAME_BYTES = 4096;
export const MAX_ROUNDS = 24;
export const MAX_SEATS = 64;
export const TRADE_IDS = ['breakfastStall', 'noodleShop', 'smallGrocery', 'hairSalon', 'tailoringRepairs', 'motorbikeTaxi', 'phoneRepair', 'renovationCrew', 'buildingMaterials'] as const;
export const LOCATION_IDS = ['mainStreet', 'sideStreet', 'streetStall'] as const;
export const NICK_MAX = 16;
