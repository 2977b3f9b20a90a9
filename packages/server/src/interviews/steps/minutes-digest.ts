/**
 * The SHA-256 a signature binds: the minutes' text, the 签到表, each party's statement and the follow-up items, in
 * canonical JSON. Any change after a department signed would change it; the minutes are locked once one has signed.
 */
import { canonicalJson, sha256Hex } from '../../records/canonical';
import type { FollowUpRow, PartyLine } from '../interview.repository';

export function minutesDigest(
  minutes: string,
  parties: readonly PartyLine[],
  followUps: readonly Pick<FollowUpRow, 'partySeq' | 'content' | 'dueOn'>[],
): string {
  return sha256Hex(
    canonicalJson({
      minutes,
      parties: parties.map((p) => ({
        seq: p.seq,
        partyName: p.partyName,
        attended: p.attended,
        attendeeName: p.attendeeName,
        attendeeTitle: p.attendeeTitle,
        statement: p.statement,
      })),
      followUps: followUps.map((f) => ({ partySeq: f.partySeq, content: f.content, dueOn: f.dueOn })),
    }),
  );
}
