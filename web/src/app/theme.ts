import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { type CSSVariablesResolver, createTheme, type MantineThemeOverride } from '@mantine/core';
import type { KeyboardEvent } from 'react';

const ARROW_DOWN = 'ArrowDown';
const FONT_FAMILY =
  'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';
const FONT_FAMILY_MONOSPACE = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace';

/**
 * Enter on a closed select opens its list (as ↓ does) instead of submitting the form around it;
 * Mantine opens it on ↓ only. On an open list Enter still picks the highlighted option.
 */
function openOnEnter(event: KeyboardEvent<HTMLInputElement>): void {
  const input = event.currentTarget;
  if (event.key !== 'Enter' || input.getAttribute('aria-expanded') === 'true') return;
  event.preventDefault();
  input.dispatchEvent(
    new window.KeyboardEvent('keydown', { key: ARROW_DOWN, code: ARROW_DOWN, bubbles: true }),
  );
}

/**
 * The app's Mantine theme; `translate` puts its few labels (clear and close buttons) in the user's
 * language, so the providers make it again when the language or its messages change.
 */
export function createAppTheme(translate: (descriptor: MessageDescriptor) => string): MantineThemeOverride {
  return createTheme({
    primaryColor: 'indigo',
    // Shade 8 on white (buttons, links, light badges) reads at 4.5:1 or better (WCAG AA); 6 does not.
    primaryShade: { light: 8, dark: 8 },
    // Filled buttons and badges get black or white text, whichever reads better on their colour
    // (orange, teal, green, cyan and yellow take black; red, blue, indigo and grape white).
    autoContrast: true,
    luminanceThreshold: 0.185,
    defaultRadius: 'md',
    fontFamily: FONT_FAMILY,
    fontFamilyMonospace: FONT_FAMILY_MONOSPACE,
    headings: { fontWeight: '650' },
    components: {
      // The required asterisk is drawn by app/global.css, outside the label's text.
      InputWrapper: { defaultProps: { withAsterisk: false } },
      // Closed dropdowns leave the page, so a select's label names one element, not also its hidden list.
      Combobox: { defaultProps: { keepMounted: false } },
      TextInput: { defaultProps: { size: 'sm' } },
      // A dropdown opens when the user types, clicks, or presses Enter / ↓ — not merely on reaching
      // the field with Tab, where it would cover the row above.
      Select: {
        defaultProps: {
          size: 'sm',
          comboboxProps: { shadow: 'md' },
          openOnFocus: false,
          clearButtonProps: { 'aria-label': translate(msg`Clear`) },
          onKeyDown: openOnEnter,
        },
      },
      Autocomplete: { defaultProps: { openOnFocus: false } },
      // Clear buttons say what they do to screen readers.
      DateInput: { defaultProps: { clearButtonProps: { 'aria-label': translate(msg`Clear the date`) } } },
      DatePickerInput: {
        defaultProps: { clearButtonProps: { 'aria-label': translate(msg`Clear the date`) } },
      },
      MultiSelect: { defaultProps: { openOnFocus: false } },
      TagsInput: { defaultProps: { openOnFocus: false } },
      // A dialog's ✕ says what it does to screen readers (axe: button-name).
      Modal: {
        defaultProps: {
          closeButtonProps: { 'aria-label': translate(msg`Close the dialog`) },
        },
      },
      Card: { defaultProps: { shadow: 'none' } },
      Tooltip: { defaultProps: { openDelay: 300 } },
    },
  });
}

const HUES = [
  'gray',
  'red',
  'pink',
  'grape',
  'violet',
  'indigo',
  'blue',
  'cyan',
  'teal',
  'green',
  'lime',
  'yellow',
  'orange',
];

/**
 * Colours that read at 4.5:1 or better (WCAG AA), checked on every page by the accessibility
 * journey. Mantine's dimmed grey is 3.3:1 on white, its placeholders less; coloured text and light
 * badges of the bright hues (orange, teal, green, cyan, yellow …) in shades 6–8 are below 4.5:1 on
 * white: they use shade 9 darkened a little, which keeps the hue.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5f6670',
    '--mantine-color-placeholder': '#6c737b',
    ...Object.fromEntries(
      HUES.flatMap((hue) => {
        // Yellow, lime and orange are the lightest hues: they need more black to reach 4.5:1.
        const share = hue === 'yellow' || hue === 'lime' || hue === 'orange' ? 65 : 80;
        // eslint-disable-next-line lingui/no-unlocalized-strings -- a CSS colour, not text
        const dark = `color-mix(in srgb, var(--mantine-color-${hue}-9) ${share}%, black)`;
        return [
          [`--mantine-color-${hue}-text`, dark],
          [`--mantine-color-${hue}-light-color`, dark],
        ];
      }),
    ),
  },
  dark: {
    // Links in shade 3, not Mantine's 4: shade 4 is 3.8:1 on a table row under the mouse (dark 5);
    // shade 3 is 4.9:1 there and 6.8:1 on the page.
    '--mantine-color-anchor': 'var(--mantine-primary-color-3)',
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-placeholder': 'var(--mantine-color-dark-1)',
    // Light badges of the "dark" hue (a closed order) in shade 0, not Mantine's: 4.5:1 or better.
    '--mantine-color-dark-light-color': 'var(--mantine-color-dark-0)',
  },
});
