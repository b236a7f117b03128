/** Policies and registry over time: fee change days, dated values, impact of a draft, registry change safety. */
export { type DatedSegment, segmentAt, segmentsOver } from './dated';
export { dayAfter, dayBefore, feeChangeDates, policyChangeDates } from './fee-change-dates';
export { officerJurisdictions } from './officer-jurisdictions';
export { type ImpactInput, type ImpactRow, policyImpact, withPolicy } from './policy-impact';
export { type BrokenReference, checkRegistryChange, type RegistryChangeCheck } from './registry-safety';
