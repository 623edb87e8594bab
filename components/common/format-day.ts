import { formatDate } from '@/utils/i18n';

/** An ISO date (YYYY-MM-DD) for display; read at local noon so no time zone moves it a day. */
export const formatDay = (iso: string) => formatDate(`${iso}T12:00:00`);
