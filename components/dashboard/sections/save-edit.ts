import type { SectionProps } from './types';

/**
 * Saves what an editor changed, then closes it (`saved`) and says so. On a failure the editor stays open
 * with what the teacher typed, and the page's notice says why.
 */
export async function saveEdit(
  { announce, fail }: Pick<SectionProps, 'announce' | 'fail'>,
  write: () => Promise<unknown>,
  message: string,
  saved: () => void,
) {
  try {
    await write();
    saved();
    announce({ message });
  } catch (error) {
    fail(error);
  }
}
