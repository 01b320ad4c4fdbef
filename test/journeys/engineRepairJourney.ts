import { type Journey, parseJourney } from 'cxkit/journeys';

/**
 * The engine-repair journey of the design notes, bounded wing to wing: from the engine
 * leaving the customer's wing to its return. Clean under every journey rule.
 */
export const engineRepairDocument = {
  kind: 'journey',
  schemaVersion: 1,
  id: 'engine-repair',
  title: 'Engine repair, wing to wing',
  customer: { segment: 'airline maintenance managers' },
  boundary: { start: 'engine-removed', end: 'engine-reinstalled' },
  events: [
    { name: 'engine-removed', perspective: 'customer' },
    { name: 'engine-received', perspective: 'internal' },
    { name: 'quote-sent', perspective: 'customer' },
    { name: 'quote-approved', perspective: 'customer' },
    { name: 'repair-finished', perspective: 'internal' },
    { name: 'engine-shipped', perspective: 'customer' },
    { name: 'engine-reinstalled', perspective: 'customer' },
  ],
  stages: [
    { id: 'repair', name: 'Repair', phase: 'support' },
    { id: 'billing', name: 'Quote and billing', phase: 'buy' },
  ],
  steps: [
    {
      id: 'inbound',
      stage: 'repair',
      name: 'Ship the engine to the shop',
      owner: 'logistics',
      control: 'partner',
      startEvent: 'engine-removed',
      endEvent: 'engine-received',
    },
    {
      id: 'inspection',
      stage: 'repair',
      name: 'Inspect and quote',
      owner: 'service',
      control: 'company',
      startEvent: 'engine-received',
      endEvent: 'quote-sent',
      momentOfTruth: true,
      measures: ['csat-quote'],
    },
    {
      id: 'approval',
      stage: 'billing',
      name: 'Approve the quote',
      owner: 'sales',
      control: 'customer',
      startEvent: 'quote-sent',
      endEvent: 'quote-approved',
    },
    {
      id: 'repair',
      stage: 'repair',
      name: 'Repair',
      owner: 'service',
      control: 'company',
      startEvent: 'quote-approved',
      endEvent: 'repair-finished',
    },
    {
      id: 'release',
      stage: 'billing',
      name: 'Invoice and release',
      owner: 'finance',
      control: 'company',
      startEvent: 'repair-finished',
      endEvent: 'engine-shipped',
    },
    {
      id: 'outbound',
      stage: 'repair',
      name: 'Ship the engine back',
      owner: 'logistics',
      control: 'partner',
      startEvent: 'engine-shipped',
      endEvent: 'engine-reinstalled',
      momentOfTruth: true,
      measures: ['nps-repair'],
    },
  ],
  outcomeMeasures: ['nps-repair'],
} as const;

export const engineRepair: Journey = parseJourney(engineRepairDocument);

export const day = 86_400_000;

/** Event rows for one case, from days after the engine left the wing (in step order). */
export function engineCase(caseId: string | number, days: readonly number[]) {
  const names = [
    'engine-removed',
    'engine-received',
    'quote-sent',
    'quote-approved',
    'repair-finished',
    'engine-shipped',
    'engine-reinstalled',
  ];
  return days.map((offset, index) => ({
    caseId,
    event: names[index] as string,
    at: Date.UTC(2026, 0, 1) + offset * day,
  }));
}
