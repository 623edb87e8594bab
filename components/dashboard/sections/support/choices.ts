import type { Option } from '@/components/common/Field';
import { t } from '@/utils/i18n';

/** A select's options for a domain list, led by "Välj …" so nothing is chosen for the teacher. */
export function choices<C extends string>(codes: readonly C[], label: (code: C) => string): Option[] {
  return [{ value: '', label: t('supportChoose') }, ...codes.map((code) => ({ value: code, label: label(code) }))];
}
