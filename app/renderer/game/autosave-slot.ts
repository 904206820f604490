// The autosave's slot name, on its own so the title can look whether a save exists without loading the save
// schemas and the model (issue 15: the title's first download carries neither).
export const AUTOSAVE_SLOT = 'autosave';
