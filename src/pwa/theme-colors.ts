/** Colours of the installed app's title bar (the header surface per scheme) and splash screen. */
export const THEME_COLORS = { light: '#ffffff', dark: '#1b1e23', background: '#f7f7f5' } as const;
