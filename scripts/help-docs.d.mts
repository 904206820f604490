/** Every Markdown file made from locales/<lang>/help.json: path relative to the repository -> text. */
export function helpDocs(): Record<string, string>;
