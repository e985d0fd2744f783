// Words for registry data: categories in the reader's language, and options for the profile's choices.

import type { Locale } from '../../../shared/roles';
import { type SeekerCategory, seekerCategories, seekerCategoryNames } from '../../../shared/seekers/categories';
import {
  type DeregistrationReason,
  deregistrationReasonNames,
  deregistrationReasons,
} from '../../../shared/seekers/deregistration';
import { pickText } from '../../ui/labels';

export function categoryLabel(category: string, language: Locale): string {
  const name = seekerCategoryNames[category as SeekerCategory];
  return name ? pickText(name, language) : category;
}

export function categoryOptions(language: Locale) {
  return seekerCategories.map((c) => ({ value: c, label: categoryLabel(c, language) }));
}

export function deregistrationReasonLabel(reason: DeregistrationReason, language: Locale): string {
  return pickText(deregistrationReasonNames[reason], language);
}

export function deregistrationReasonOptions(language: Locale) {
  return deregistrationReasons.map((r) => ({ value: r, label: deregistrationReasonLabel(r, language) }));
}
