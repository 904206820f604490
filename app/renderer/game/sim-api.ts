// The renderer's one door into the simulation: every screen imports the model from here, so the renderer
// never reaches into the model's internals and a change of the model's API is fixed in one place.
export * from '../../sim';
export type * from '../../sim/types';
