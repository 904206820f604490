// The unit and source of each number in the model's data files (docs/model-parameters.md prints them). Each group
// of plain numbers has a twin `<GROUP>_DOC` table beside it: the model's code reads the numbers (the bundler inlines
// them, so the renderer's bundle carries neither the names nor the text), and a test checks that every number
// exported by a data file has its entry.
export type ParamDoc = readonly [unit: string, source: string];
export type ParamDocTable = Readonly<Record<string, ParamDoc>>;
