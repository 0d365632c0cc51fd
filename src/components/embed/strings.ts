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
};

export type EmbedStringKey = keyof typeof en;

/** Typed so that a language missing a key fails the typecheck. */
const STRINGS: Record<string, Record<EmbedStringKey, string>> = {
  en,
  fr: {
    autoSizing: 'Intégration à hauteur automatique (recommandée)',
    autoSizingHelp:
      'Utilise pym.js : le cadre prend la hauteur de son contenu à toutes les largeurs, et le récit avance quand on fait défiler votre page.',
    plainIframe: 'Iframe simple (sans script)',
    plainIframeHelp:
      'Pour les pages qui n’acceptent aucun script : un cadre de hauteur fixe. Le récit défile à l’intérieur ; un graphique y tient à la plupart des largeurs.',
    parameters: 'Options, à ajouter à l’URL de l’intégration',
    paramTheme: 'couleurs sombres ou claires',
    paramStep: 'ouvrir à une étape ; les identifiants sont les liens # du récit',
    paramLang: 'édition linguistique',
    copy: 'Copier',
    copied: 'Copié dans le presse-papiers.',
    copyFailed: 'Copie impossible : le code est sélectionné, appuyez sur Ctrl+C ou ⌘C.',
    states: 'Étapes de ce graphique',
    readFullStory: 'Lire le récit complet',
  },
  uk: {
    autoSizing: 'Вбудовування з автоматичною висотою (рекомендовано)',
    autoSizingHelp:
      'Використовує pym.js: рамка набуває висоти свого вмісту за будь-якої ширини, а історія просувається, коли читач гортає вашу сторінку.',
    plainIframe: 'Звичайний iframe (без скрипту)',
    plainIframeHelp:
      'Для сторінок, що не дозволяють скриптів: рамка фіксованої висоти. Історія гортається всередині неї; графік уміщується за більшості ширин.',
    parameters: 'Параметри, що додаються до адреси вбудовування',
    paramTheme: 'темні або світлі кольори',
    paramStep: 'відкрити на певному кроці; ідентифікатори — це посилання # в історії',
    paramLang: 'мовна версія',
    copy: 'Копіювати',
    copied: 'Скопійовано в буфер обміну.',
    copyFailed: 'Не вдалося скопіювати: код виділено, натисніть Ctrl+C або ⌘C.',
    states: 'Кроки цього графіка',
    readFullStory: 'Читати всю історію',
  },
};

export function embedText(lang: string, key: EmbedStringKey): string {
  return (STRINGS[lang] ?? en)[key];
}
