import type { DriverQuadrant } from '../transfer/classifyDrivers';
import type { MarkerShape } from './seriesStyles';

/** @internal Each quadrant of the driver map: its name for people and its marker shape. */
export const quadrantWords: Readonly<Record<DriverQuadrant, { title: string; shape: MarkerShape }>> = {
  'concentrate-here': { title: 'Concentrate here', shape: 'triangle' },
  'keep-up-the-good-work': { title: 'Keep up the good work', shape: 'circle' },
  'low-priority': { title: 'Low priority', shape: 'square' },
  'possible-overkill': { title: 'Possible overkill', shape: 'diamond' },
};
