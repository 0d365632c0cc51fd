// Interface strings of the page chrome, per language. Story text lives in content/; these are the words the
// components print around it. Every language must have every key (checked by a unit test).
export const UI = {
  en: {
    skipToStory: 'Skip to the story',
    dataAsOf: 'Data as of',
    published: 'Published',
    updated: 'Updated',
    source: 'Source',
    credits: 'Credits',
    note: 'Note',
    sourcesAndMethod: 'Sources and method',
    dataTable: 'Data table',
    dataBehind: 'The data behind this figure',
    figure: 'Figure',
    downloads: 'Download the data',
    backToStory: 'Back to the story',
    previousStep: 'Previous',
    nextStep: 'Next',
    stepOf: 'Step {n} of {total}',
    embedThis: 'Embed this',
  },
} as const;

export type Lang = keyof typeof UI;
export type UiKey = keyof (typeof UI)['en'];

export function t(lang: string, key: UiKey, vars: Record<string, string | number> = {}): string {
  const table = (UI as Record<string, Record<UiKey, string>>)[lang] ?? UI.en;
  return table[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
