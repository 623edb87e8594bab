import { SelectField } from '@/components/common/Field';
import { GROUP_ROLES, type GroupRole, type Roles } from '@/utils/checklist/roles';
import { GROUP_ROLE_KEYS } from '@/utils/domain/group-roles';
import { t } from '@/utils/i18n';

/**
 * The teacher's role in each group Insyn has seen: mentor or class teacher, or a subject teacher there.
 * A group not answered yet says so; once answered it is one of the two (the panel asks the first time).
 */
export function RolesFieldset({ groups, roles, onChange }: { groups: readonly string[]; roles: Roles; onChange: (roles: Roles) => void }) {
  const label = (role: GroupRole) => t(GROUP_ROLE_KEYS[role]);
  return (
    <fieldset>
      <legend>{t('dashSettingsRoles')}</legend>
      <p class="hint">{t('dashSettingsRolesHint')}</p>
      {groups.length === 0 && <p>{t('dashSettingsRolesNone')}</p>}
      {groups.map((group, i) => (
        <SelectField
          key={group}
          id={`set-role-${i}`}
          label={group}
          value={roles[group] ?? ''}
          options={[
            ...(roles[group] ? [] : [{ value: '', label: t('roleUnset') }]),
            ...GROUP_ROLES.map((role) => ({ value: role, label: label(role) })),
          ]}
          onChange={(value) => value && onChange({ ...roles, [group]: value as GroupRole })}
        />
      ))}
    </fieldset>
  );
}
