/** The colour theme: the system's (prefers-color-scheme), or light or dark by choice, remembered. */

export type Theme = 'auto' | 'light' | 'dark';

const KEY = 'reprisal:theme';

export function savedTheme(): Theme {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'auto';
  } catch {
    return 'auto';
  }
}

/** Sets the theme on the document (data-theme), and remembers it when `save` is true. */
export function applyTheme(theme: Theme, save = false): void {
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  if (!save) return;
  try {
    if (theme === 'auto') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    // storage refused: the choice lasts for this page only
  }
}
