import { GROUP_ROLES, GROUP_ROLE_KEYS, type GroupRole } from '@/utils/domain/group-roles';
import { t } from '@/utils/i18n';

/**
 * The one-time question about a group the teacher has not placed. A question beside the rest, never in
 * front of it: the panel works whether she answers, puts it off or ignores it.
 */
export function RoleQuestion({ group, onAnswer, onLater }: { group: string; onAnswer(role: GroupRole): void; onLater(): void }) {
  return (
    <div class="role-question" role="group" aria-label={t('panelRoleQuestion', { group })} data-insyn-role={group}>
      <p>{t('panelRoleQuestion', { group })}</p>
      {GROUP_ROLES.map((role) => (
        <button key={role} type="button" onClick={() => onAnswer(role)}>
          {t(GROUP_ROLE_KEYS[role])}
        </button>
      ))}
      <button type="button" class="quiet" onClick={onLater}>
        {t('panelRoleLater')}
      </button>
      <p class="muted">{t('panelRoleHint')}</p>
    </div>
  );
}
