/**
 * @internal The five stages every built-in model uses, from first steps to embedded.
 * Frozen data, shared so that results of different built-in models read alike.
 */
export const maturityStages = [
  { value: 1, name: 'First steps', description: 'Efforts depend on individuals and happen now and then.' },
  { value: 2, name: 'Emerging', description: 'Some teams work at it on purpose; little is shared or repeated.' },
  {
    value: 3,
    name: 'Defined',
    description: 'There is an agreed way of working, written down and used in most places.',
  },
  { value: 4, name: 'Managed', description: 'It is measured, owned by named leaders and improved on evidence.' },
  { value: 5, name: 'Embedded', description: 'It is how the organization works; nobody has to push it.' },
] as const;
