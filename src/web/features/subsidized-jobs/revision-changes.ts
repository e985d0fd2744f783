// Reads a change path of the revision diff ("positions.1.monthlyWage") as the part of the signed application it speaks of.
import { applicationRequisites, positionInput } from '../../../shared/api/subsidized-jobs';

/**
 * The paths are those of the signed content (server: subsidized-jobs.content.ts). Some follow another change and
 * would only repeat it (the programme's names follow its code, an occupation's name its code), and some are
 * technical (the registries' request ids): those are "follows" and not listed.
 */
export type ChangeSubject =
  | { kind: 'requisites'; field: string }
  | { kind: 'contact'; field: 'contactName' | 'contactPhone' | 'contactEmail' }
  | { kind: 'position'; number: number; field: string | null }
  | { kind: 'programme' }
  | { kind: 'programmeVersion' }
  | { kind: 'centre' }
  | { kind: 'plannedStartDate' }
  | { kind: 'total'; field: 'jobs' | 'monthlySubsidy' | 'contractTotal' }
  | { kind: 'check'; field: 'eligible' | 'checkedAt' }
  | { kind: 'follows' }
  | { kind: 'other'; path: string };

const requisiteFields = new Set(Object.keys(applicationRequisites.shape));
const positionFields = new Set([...Object.keys(positionInput.shape), 'monthlySubsidy']);
const contactFields = { name: 'contactName', phone: 'contactPhone', email: 'contactEmail' } as const;
const totalFields = new Set(['jobs', 'monthlySubsidy', 'contractTotal']);

export function changeSubject(path: string): ChangeSubject {
  const [head, second, third, ...rest] = path.split('.');
  const depth = path.split('.').length;
  switch (head) {
    case 'requisites':
      if (second && requisiteFields.has(second) && depth === 2) return { kind: 'requisites', field: second };
      break;
    case 'contacts':
      if (second && second in contactFields && depth === 2) {
        return { kind: 'contact', field: contactFields[second as keyof typeof contactFields] };
      }
      break;
    case 'positions':
      if (second !== undefined && /^\d+$/.test(second) && rest.length === 0) {
        // A whole position added or removed has no field; its number counts from one, as on the form.
        const number = Number(second) + 1;
        if (third === undefined) return { kind: 'position', number, field: null };
        if (third === 'occupationName' || third === 'ordinal') return { kind: 'follows' };
        if (positionFields.has(third)) return { kind: 'position', number, field: third };
      }
      break;
    case 'programme':
      if (second === 'code' && depth === 2) return { kind: 'programme' };
      if (second === 'version' && depth === 2) return { kind: 'programmeVersion' };
      if (second === 'name' || second === 'versionId') return { kind: 'follows' };
      break;
    case 'centre':
      if (second === 'id' && depth === 2) return { kind: 'centre' };
      if (second === 'name') return { kind: 'follows' };
      break;
    case 'totals':
      if (second && totalFields.has(second) && depth === 2) {
        return { kind: 'total', field: second as 'jobs' | 'monthlySubsidy' | 'contractTotal' };
      }
      if (second === 'indicators') return { kind: 'follows' };
      break;
    case 'plannedStartDate':
      if (depth === 1) return { kind: 'plannedStartDate' };
      break;
    // The figures by year follow the positions, the start date and the МРП/МЗП: the totals already say the change.
    case 'figures':
      return { kind: 'follows' };
    case 'check':
      if ((second === 'eligible' || second === 'checkedAt') && depth === 2) return { kind: 'check', field: second };
      if (second === 'sources') return { kind: 'follows' };
      break;
  }
  return { kind: 'other', path };
}

/** Fields whose values are whole tenge, shown with thin spaces and ₸. */
export const moneyFields = new Set(['monthlyWage', 'monthlySubsidy', 'contractTotal']);
