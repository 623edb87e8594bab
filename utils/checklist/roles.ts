import { z } from 'zod';
import type { PupilRecord } from '../db/records';
import { GROUP_ROLES, type GroupRole } from '../domain/group-roles';

/**
 * The teacher's role in a group (utils/domain/group-roles.ts). IUPs, progress meetings and decisions are
 * the mentor's (rules with `owner: 'mentor'`); omdömen and guardian contact belong to whoever teaches the
 * subject, so they are owed in either role.
 */
export { GROUP_ROLES, type GroupRole };

/** A group's name as pages show it ("5A", "Ma7b"); the same bound as the page context's. */
const groupName = z.string().trim().min(1).max(200);

export const RolesSchema = z
  .record(groupName, z.enum(GROUP_ROLES))
  .refine((roles) => Object.keys(roles).length <= 500, 'at most 500 groups')
  .default({});
export type Roles = z.output<typeof RolesSchema>;

/**
 * Whether the mentor's duties for a pupil are this teacher's: only in a group she said she is the mentor
 * of. Until she has answered, a group owes no mentor items (a subject teacher's page must never create
 * them). A pupil without a group was seen on a page about that pupil or their decisions (one-pupil
 * pages, the åtgärdsprogram list), which only the people responsible for the pupil open.
 */
export function isMentorOf(pupil: Pick<PupilRecord, 'group'>, roles: Roles): boolean {
  return pupil.group === undefined || roles[pupil.group] === 'mentor';
}

/** The groups of these pupils whose role the teacher has not given yet, for the panel's question. */
export function groupsWithoutRole(groups: readonly (string | undefined)[], roles: Roles): string[] {
  return [...new Set(groups.filter((g): g is string => g !== undefined && roles[g] === undefined))];
}
