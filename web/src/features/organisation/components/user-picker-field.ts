import type { ReactNode } from 'react';

/** What a page's user picker gets (the picker belongs to the users feature). */
export type UserPickerField = {
  label: string;
  description?: string;
  placeholder?: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
  clearable: boolean;
};

/** Renders a user picker; absent when the signed-in user may not list users (the field is then left as it is). */
export type RenderUserSelect = ((field: UserPickerField) => ReactNode) | undefined;
