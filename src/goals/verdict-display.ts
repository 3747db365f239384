import type { Verdict } from './rules/types.js';

/** Text and a dkfds icon for every verdict, so the UI never relies on colour alone. */
export const VERDICT_DISPLAY: Record<Verdict, { label: string; icon: string; tone: 'success' | 'warning' | 'error' }> = {
  opfyldt: { label: 'Opfyldt', icon: 'success', tone: 'success' },
  'kan styrkes': { label: 'Kan styrkes', icon: 'warning', tone: 'warning' },
  mangler: { label: 'Mangler', icon: 'error', tone: 'error' },
};
