// The font stacks of the two languages, for the theme and for what is drawn outside the page (a saved chart).

/**
 * Chinese text wants a CJK face first (full-width “” and ：); English wants a Latin face first, else the CJK
 * face's full-width quotes and apostrophes open gaps in English sentences. Names in Chinese fall back either way.
 */
const latinFonts = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans'";
const chineseFonts = "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC'";

export const fontStacks = {
  'zh-CN': `${chineseFonts}, ${latinFonts}, sans-serif`,
  en: `${latinFonts}, ${chineseFonts}, sans-serif`,
} as const;
