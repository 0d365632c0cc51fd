// Words of the embed chrome (embed box, step controls) per language. The page chrome's shared words (Previous,
// Next, "Step n of total", "Embed this") come from src/i18n/ui.ts; these are only the embed's own.
const en = {
  autoSizing: 'Auto-sizing embed (recommended)',
  autoSizingHelp:
    'Uses pym.js: the frame takes the height of its content at every width, and the story advances as your page scrolls.',
  plainIframe: 'Plain iframe (no script)',
  plainIframeHelp:
    'For pages that allow no script: a fixed-height frame. The story scrolls inside it; a figure fits at most widths.',
  parameters: 'Options, added to the embed URL',
  paramTheme: 'dark or light colours',
  paramStep: 'open at a step; ids are the # links of the story',
  paramLang: 'language edition',
  copy: 'Copy',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Could not copy: the code is selected, press Ctrl+C or ⌘C.',
  states: 'Steps of this figure',
  readFullStory: 'Read the full story',
  /** Colon between a label and what it names ("Embed this: <title>"); French puts a no-break space before it. */
  colon: ': ',
};

export type EmbedStringKey = keyof typeof en;

/** Typed so that a language missing a key fails the typecheck. */
const STRINGS: Record<string, Record<EmbedStringKey, string>> = {
  en,
  // Reviewed as a newsroom editor would (docs/translation-review-fr.md, "Embed strings"): the words of French
  // CMSs and video platforms (« Intégrer », « Copier le code »), AFP/Le Monde typography (U+00A0 before a
  // colon, U+202F before a semicolon, written as escapes so an editor can see them).
  fr: {
    autoSizing: 'Intégration à hauteur automatique (recommandée)',
    autoSizingHelp:
      'Avec pym.js\u00a0: le cadre s’ajuste à la hauteur de son contenu, quelle que soit la largeur, et le récit avance à mesure que le lecteur fait défiler votre page.',
    plainIframe: 'Iframe simple (sans script)',
    plainIframeHelp:
      'Pour les pages qui n’acceptent aucun script\u00a0: un cadre de hauteur fixe. Le récit défile à l’intérieur du cadre\u202f; un graphique seul y tient en entier à la plupart des largeurs.',
    parameters: 'Options à ajouter à l’adresse (URL) d’intégration',
    paramTheme: 'thème sombre ou clair',
    paramStep: 'ouvrir à une étape donnée\u202f; les identifiants sont ceux des liens # du récit',
    paramLang: 'version linguistique',
    copy: 'Copier le code',
    copied: 'Code copié dans le presse-papiers.',
    copyFailed: 'Copie impossible. Le code est sélectionné\u00a0: appuyez sur Ctrl+C (⌘C sur Mac).',
    states: 'Étapes de ce graphique',
    readFullStory: 'Lire le récit complet',
    colon: '\u00a0: ',
  },
  // Reviewed likewise (docs/translation-review-uk.md, "Embed strings"): «Вбудувати», «Скопіювати код», «Код
  // вбудовування»; "iframe" for the frame, as Ukrainian CMSs and newsroom guides write it; «історія» for the
  // story, as in src/i18n/ui.ts.
  uk: {
    autoSizing: 'Вбудовування з автоматичною висотою (рекомендовано)',
    autoSizingHelp:
      'Працює з pym.js: висота iframe підлаштовується під вміст за будь-якої ширини, а кроки історії змінюються, коли читач гортає вашу сторінку.',
    plainIframe: 'Простий iframe (без скриптів)',
    plainIframeHelp:
      'Для сторінок, де скрипти заборонені: iframe фіксованої висоти. Історія прокручується всередині нього; окремий графік уміщується в нього повністю за більшості значень ширини.',
    parameters: 'Параметри, які можна додати до адреси (URL) вбудовування',
    paramTheme: 'темна або світла тема',
    paramStep: 'відкрити на певному кроці; ідентифікатори — це якорі # у посиланнях на кроки історії',
    paramLang: 'мовна версія',
    copy: 'Скопіювати код',
    copied: 'Код скопійовано в буфер обміну.',
    copyFailed: 'Не вдалося скопіювати. Код виділено: натисніть Ctrl+C (⌘C на Mac).',
    states: 'Кроки цього графіка',
    readFullStory: 'Читати всю історію',
    colon: ': ',
  },
};

export function embedText(lang: string, key: EmbedStringKey): string {
  return (STRINGS[lang] ?? en)[key];
}
