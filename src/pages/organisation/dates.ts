const dateFormat = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'Europe/Copenhagen' });

/** "4. december 2026", in Danish time. */
export const longDate = (iso: string): string => dateFormat.format(new Date(iso));
