import { t } from '@/utils/i18n';

export function Loading() {
  return (
    <p class="loading" aria-busy="true">
      {t('loading')}
    </p>
  );
}

export function AsyncError({ message }: { message: string }) {
  return (
    <p class="error" role="alert">
      ⚠ {t('errorGeneric', { message })}
    </p>
  );
}
