import { designPx as px } from '../../utils/design-px';

/**
 * NutUI's CSS variables for both text sizes, fed through ConfigProvider. NutUI draws at 14px body text;
 * ours is never below 16px, and every button is at least 44px tall (DESIGN.md "Client").
 */
const sizes = {
  normal: { s: 14, base: 16, l: 17, xl: 18, xxl: 24, button: 44, buttonLarge: 50, switchH: 30, switchW: 52 },
  large: { s: 17, base: 20, l: 21, xl: 24, xxl: 30, button: 52, buttonLarge: 58, switchH: 36, switchW: 62 },
};

const themeOf = (size: (typeof sizes)['normal']) => ({
  nutuiColorPrimary: '#c8402a',
  nutuiColorPrimaryStop1: '#d9553c',
  nutuiColorPrimaryStop2: '#c8402a',
  nutuiColorPrimaryPressed: '#a93522',
  nutuiColorTitle: '#1f1f1f',
  nutuiColorText: '#4a4a4a',
  nutuiFontSizeXxs: px(size.s),
  nutuiFontSizeXs: px(size.s),
  nutuiFontSizeS: px(size.s),
  nutuiFontSizeBase: px(size.base),
  nutuiFontSizeL: px(size.l),
  nutuiFontSizeXl: px(size.xl),
  nutuiFontSizeXxl: px(size.xxl),
  nutuiButtonDefaultHeight: px(size.button),
  nutuiButtonSmallHeight: px(size.button),
  nutuiButtonLargeHeight: px(size.buttonLarge),
  nutuiButtonXlargeHeight: px(size.buttonLarge),
  nutuiButtonDefaultFontSize: px(size.base),
  nutuiButtonSmallFontSize: px(size.base),
  nutuiButtonLargeFontSize: px(size.xl),
  nutuiButtonXlargeFontSize: px(size.xl),
  nutuiToastTitleFontSize: px(size.xl),
  nutuiToastTextFontSize: px(size.base),
  nutuiTagFontSize: px(size.base),
  nutuiSwitchHeight: px(size.switchH),
  nutuiSwitchLineHeight: px(size.switchH),
  nutuiSwitchWidth: px(size.switchW),
  nutuiSearchbarInputHeight: px(size.button),
  nutuiTabsTitlesHeight: px(size.button + 4),
});

export const nutuiThemes = { normal: themeOf(sizes.normal), large: themeOf(sizes.large) };
