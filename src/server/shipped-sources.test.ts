// The sources shipped with the dated rules are shown to citizens and staff: each names a public source, never a note
// to developers such as the project's own domain file.
import { describe, expect, it } from 'vitest';
import { participantRuleCatalogue } from '../shared/subsidy/participants';
import { programmeCatalogue } from '../shared/subsidy/programmes';
import { appealRouteCatalogue } from './modules/appeal-routes';
import { employerConditionCatalogue, reportedSuspension2026 } from './modules/gov-registries';

describe('the sources shipped with the dated rules', () => {
  it('name no developer document', () => {
    const sources = [
      ...programmeCatalogue.map((p) => p.source),
      ...participantRuleCatalogue.map((r) => r.source),
      ...employerConditionCatalogue.map((c) => c.source),
      ...reportedSuspension2026.map((c) => c.source),
      ...appealRouteCatalogue.map((r) => r.source),
    ];
    expect(sources.length).toBeGreaterThan(20);
    expect(sources.filter((s) => /DOMAIN|\.md\b|TODO/i.test(s))).toEqual([]);
  });
});
