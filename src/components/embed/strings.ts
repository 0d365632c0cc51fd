// Words of the embed chrome (embed box, step controls) per language. The page chrome's shared words (Previous,
// Next, "Step n of total", "Embed this") come from src/i18n/ui.ts; these are only the embed's own.
const STRINGS = {
  en: {
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
  },
} as const;

export type EmbedStringKey = keyof (typeof STRINGS)['en'];

export function embedText(lang: string, key: EmbedStringKey): string {
  return ((STRINGS as Record<string, Record<EmbedStringKey, string>>)[lang] ?? STRINGS.en)[key];
}
