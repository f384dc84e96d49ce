import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  headings: { fontWeight: '650' },
  components: {
    // The required asterisk is drawn by app/global.css, outside the label's text.
    InputWrapper: { defaultProps: { withAsterisk: false } },
    // Closed dropdowns leave the page, so a select's label names one element, not also its hidden list.
    Combobox: { defaultProps: { keepMounted: false } },
    TextInput: { defaultProps: { size: 'sm' } },
    Select: { defaultProps: { size: 'sm', comboboxProps: { shadow: 'md' } } },
    Card: { defaultProps: { shadow: 'none' } },
    Tooltip: { defaultProps: { openDelay: 300 } },
  },
});
