// Roles of Jumys users and the groups the access rules speak of.
export const Role = {
  employerRepresentative: 'employer_representative',
  jobSeeker: 'job_seeker',
  employerRelationsSpecialist: 'employer_relations_specialist', // специалист по взаимодействию с работодателями
  employmentAssistanceSpecialist: 'employment_assistance_specialist', // специалист по содействию занятости
  centreHead: 'centre_head', // руководитель ЦТМ (КЦ)
  labourMarketAnalyst: 'labour_market_analyst', // аналитик рынка труда
  administrator: 'administrator',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const allRoles = Object.values(Role) as readonly Role[];

/** Staff of an employment centre (ЦТМ / КЦ): scoped to their centre. */
export const staffRoles = [
  Role.employerRelationsSpecialist,
  Role.employmentAssistanceSpecialist,
  Role.centreHead,
  Role.labourMarketAnalyst,
] as const satisfies readonly Role[];

export function isStaffRole(role: Role): boolean {
  return (staffRoles as readonly Role[]).includes(role);
}

export const Locale = { kk: 'kk', ru: 'ru', en: 'en' } as const;
export type Locale = (typeof Locale)[keyof typeof Locale];
export const locales = ['kk', 'ru', 'en'] as const satisfies readonly Locale[];
