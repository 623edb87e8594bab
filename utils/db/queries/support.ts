import { informs } from '../../domain/contact-outcomes';
import { chainTimeline, type ChainDeadlines, type Timeline } from '../../domain/support-chain';
import type { Calendar } from '../../domain/terms';
import type { InsynDatabase } from '../database';
import type { AdaptationRecord, ContactRecord, PupilRecord, ReferralRecord, RiskRecord } from '../records';

/** One pupil's support chain for the dashboard: the rows it is made of and its timeline today. */
export interface PupilChain {
  pupil: PupilRecord;
  /** Open or contacted risks: the chain starts from these. */
  risks: RiskRecord[];
  /** Contacts that reached a guardian, newest first. */
  told: ContactRecord[];
  adaptations: AdaptationRecord[];
  referrals: ReferralRecord[];
  timeline: Timeline;
}

const ACTIVE = new Set<RiskRecord['status']>(['open', 'contacted']);

/**
 * Every pupil with a chain: an active risk, extra anpassningar or an anmälan. Read whole: the tables are
 * small (a teacher's pupils at risk), and the timeline needs every step of each.
 */
export async function supportChains(
  db: InsynDatabase,
  today: string,
  deadlines: ChainDeadlines,
  calendar: Calendar,
): Promise<PupilChain[]> {
  const [risks, contacts, adaptations, referrals] = await Promise.all([
    db.risks.toArray(),
    db.contacts.toArray(),
    db.adaptations.toArray(),
    db.referrals.toArray(),
  ]);
  const active = risks.filter((risk) => ACTIVE.has(risk.status));
  const ids = [...new Set([...active, ...adaptations, ...referrals].map((row) => row.pupilId))];
  const pupils = (await db.pupils.bulkGet(ids)).filter((pupil): pupil is PupilRecord => pupil !== undefined);
  const of = <T extends { pupilId: string }>(rows: readonly T[], id: string) => rows.filter((row) => row.pupilId === id);
  return pupils
    .map((pupil): PupilChain => {
      const chain = {
        pupil,
        risks: of(active, pupil.id),
        told: of(contacts, pupil.id)
          .filter((c) => informs(c.outcome, c.channel))
          .sort((a, b) => b.at - a.at),
        adaptations: of(adaptations, pupil.id).sort((a, b) => a.from.localeCompare(b.from)),
        referrals: of(referrals, pupil.id).sort((a, b) => a.madeOn.localeCompare(b.madeOn)),
      };
      return { ...chain, timeline: chainTimeline(chain, deadlines, today, calendar) };
    })
    .sort((a, b) => a.pupil.name.localeCompare(b.pupil.name, 'sv'));
}
