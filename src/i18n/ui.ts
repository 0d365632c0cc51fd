// Interface strings of the page chrome, per language. Story text lives in content/; these are the words the
// components print around it. Every language must have every key (checked by a unit test).
export const UI = {
  en: {
    kicker: 'Ukraine',
    footerMethod: 'every source, how the areas are computed, what is uncertain, corrections, credits and licences, and the data to download.',
    languages: 'Read in',
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
  fr: {
    kicker: 'Ukraine',
    footerMethod: 'toutes les sources, le calcul des surfaces, les incertitudes, les corrections, les crédits et licences, et les données à télécharger.',
    languages: 'Lire en',
    skipToStory: 'Aller au récit',
    dataAsOf: 'Données au',
    published: 'Publié le',
    updated: 'Mis à jour le',
    source: 'Source',
    credits: 'Crédits',
    note: 'Note',
    sourcesAndMethod: 'Sources et méthode',
    dataTable: 'Tableau des données',
    dataBehind: 'Les données de ce graphique',
    figure: 'Graphique',
    downloads: 'Télécharger les données',
    backToStory: 'Retour au récit',
    previousStep: 'Précédent',
    nextStep: 'Suivant',
    stepOf: 'Étape {n} sur {total}',
    embedThis: 'Intégrer',
  },
  uk: {
    kicker: 'Україна',
    footerMethod: 'усі джерела, як обчислено площі, що залишається невизначеним, виправлення, авторство й ліцензії, а також дані для завантаження.',
    languages: 'Читати',
    skipToStory: 'Перейти до історії',
    dataAsOf: 'Дані станом на',
    published: 'Опубліковано',
    updated: 'Оновлено',
    source: 'Джерело',
    credits: 'Авторство даних',
    note: 'Примітка',
    sourcesAndMethod: 'Джерела й методологія',
    dataTable: 'Таблиця даних',
    dataBehind: 'Дані цього графіка',
    figure: 'Графік',
    downloads: 'Завантажити дані',
    backToStory: 'Назад до історії',
    previousStep: 'Назад',
    nextStep: 'Далі',
    stepOf: 'Крок {n} з {total}',
    embedThis: 'Вбудувати',
  },
} as const;

export type Lang = keyof typeof UI;
export type UiKey = keyof (typeof UI)['en'];

export function t(lang: string, key: UiKey, vars: Record<string, string | number> = {}): string {
  const table = (UI as Record<string, Record<UiKey, string>>)[lang] ?? UI.en;
  return table[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
