// The Mantine theme: calm government blue, shades and text colours chosen to pass WCAG AA contrast on white.
import { type CSSVariablesResolver, createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 9 keeps white text on buttons and badges, and coloured text on white, above 4.5:1 for every palette colour we use.
  primaryShade: { light: 9, dark: 9 },
  autoContrast: true,
  // Where black and white text give the same contrast (relative luminance ≈ 0.18), so autoContrast picks the better one.
  luminanceThreshold: 0.18,
  defaultRadius: 'sm',
  focusRing: 'auto',
  headings: {
    fontWeight: '650',
    // Long Kazakh and Russian titles must not fill a phone's screen.
    sizes: {
      h1: { fontSize: 'clamp(1.5rem, 1.15rem + 1.6vw, 2.125rem)', lineHeight: '1.25' },
      h2: { fontSize: 'clamp(1.3rem, 1.1rem + 1vw, 1.625rem)', lineHeight: '1.3' },
    },
  },
  components: {
    Anchor: { defaultProps: { underline: 'always' } },
    // Capitals make Kazakh and Russian words harder to read.
    Badge: { styles: { root: { textTransform: 'none' } } },
  },
});

// Mantine's default "dimmed" grey (gray.6) is 3.3:1 on white, gray.7 reads at 8:1; its error red (red.6) is 3.4:1,
// red.9 is 5.5:1.
const lightTextOnOwnTint = Object.fromEntries(
  // Shade 9 on its own 10 % tint (the light badges and alerts) reads under 4.5:1 for these: teal 4.4, orange 3.8,
  // green 3.9, lime 3.3, yellow 2.7. They take dark text; the tint still carries the colour.
  ['teal', 'orange', 'green', 'lime', 'yellow'].map((c) => [
    `--mantine-color-${c}-light-color`,
    'var(--mantine-color-dark-7)',
  ]),
);

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...lightTextOnOwnTint,
  },
  dark: {},
});
