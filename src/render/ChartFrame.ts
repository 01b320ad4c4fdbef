/**
 * @internal What every chart's layout carries for its frame, and what `svgChart` writes
 * around the drawing: its size, its title, the id its elements are named from (chosen or
 * derived), and the description that states every value.
 */
export interface ChartFrame {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly id: string | undefined;
  readonly description: string;
}
