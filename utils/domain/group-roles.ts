/**
 * The teacher's role in a group: its mentor or class teacher, or a teacher of a subject there
 * (utils/checklist/roles.ts says whose duties each brings). Zod-free, so the panel may show the choice.
 */
export const GROUP_ROLES = ['mentor', 'subject'] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

/** Each role's words in the catalogues. */
export const GROUP_ROLE_KEYS = { mentor: 'roleMentor', subject: 'roleSubject' } as const satisfies Record<GroupRole, string>;
