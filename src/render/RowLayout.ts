/** @internal One row of a chart of rows: a label, an optional value in words, and the height its drawing needs. */
export interface RowSpec {
  /** `'header'` rows are a bold line across the chart (a stage, a group), with no drawing. */
  readonly kind: 'header' | 'row';
  readonly label: string;
  readonly value?: string;
  readonly bold?: boolean;
  /** The height of the row's drawing (bars, whiskers), at least one text line for rows. */
  readonly plotHeight?: number;
}

/** @internal A line of text placed by the layout: its baseline and anchor. */
export interface PlacedText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
  readonly bold: boolean;
}

/** @internal Where a row goes. */
export interface PlacedRow {
  readonly spec: RowSpec;
  readonly texts: readonly PlacedText[];
  /** The band the row's drawing takes. */
  readonly plotTop: number;
  readonly plotBottom: number;
}

/** @internal A laid-out chart of rows: the plot's extent and every row. */
export interface RowLayout {
  readonly narrow: boolean;
  readonly plotLeft: number;
  readonly plotRight: number;
  readonly rows: readonly PlacedRow[];
  /** Below the last row. */
  readonly bottom: number;
}

/** @internal How `layoutRows` shares a chart's width between labels, plot and values. */
export interface RowLayoutOptions {
  readonly width: number;
  /** Where the first row starts. */
  readonly top: number;
  /** The most of the width the label column may take. Default `0.4`. */
  readonly maxLabelShare?: number;
  /** The most of the width the value column may take. Default `0.35`. */
  readonly maxValueShare?: number;
  /** The narrowest the plot may be before labels wrap to make room. Default `240`. */
  readonly minPlot?: number;
}

/** @internal One row placed from a given top, and where the row after it starts. */
export interface RowPlacement {
  readonly row: PlacedRow;
  readonly next: number;
}
