import { aggregateAssessments, managementElementsModel } from 'cxkit/maturity';
import {
  driverQuadrant,
  maturityRadar,
  perceptionGapBars,
  portfolioChart,
  scoreSeriesChart,
  wingToWingTimeline,
} from 'cxkit/render';
import { classifyDrivers } from 'cxkit/transfer';
import { describe, expect, it } from 'vitest';
import { expectCxError } from '../expectCxError';
import {
  aggregate,
  answersAt,
  classification,
  engineRepair,
  ideas,
  measure,
  portfolio,
  score,
  series,
} from './fixtures';
import { expectAccessibleSvg, verticalLines } from './svgChecks';

const hostile = `<script>alert("x")</script> & 'quotes'`;
const hostileEscaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;';

describe('maturityRadar', () => {
  it('places each group mean by hand-calculated geometry', () => {
    // width 1000 leaves room for every label at the largest radius, 170; centre (500, 40 + 30 + 12 + 170) = (500, 252)
    // (12 px above the rings for labels moved outward).
    // Scale 1–5, so a mean v sits 170·(v − 1)/4 from the centre; axes clockwise from the top.
    // Marketing: strategy 4.5 → 148.75 up → (500, 103.25); tools 4 → 127.5 right → (627.5, 252);
    // governance 3 → 85 down → (500, 337); design 4 → 127.5 left → (372.5, 252).
    const svg = maturityRadar(aggregate, { width: 1000 });
    expect(svg).toContain('d="M500,103.25 L627.5,252 L500,337 L372.5,252 Z"');
    // Service left governance unanswered: the outline breaks there (edges tools→governance and
    // governance→design are not drawn). Strategy 2.5 → 63.75 up → (500, 188.25); tools 3 → 85 → (585, 252);
    // design 2 → 42.5 left → (457.5, 252).
    expect(svg).toContain('d="M500,188.25 L585,252 M457.5,252 L500,188.25"');
    const description = expectAccessibleSvg(svg);
    expect(description).toContain(
      'service: CX strategy 2.5, Technology and tools 3, Iterative design 2 (not scored: Governance and discipline).',
    );
    expect(description).toContain('marketing solid line, circles; service dashed line, squares');
  });

  it('draws level rings labelled with value and name, and a target series', () => {
    const svg = maturityRadar(aggregate, {
      target: { 'cx-strategy': 5, 'iterative-design': 3 },
      groups: ['service'],
      width: 1000,
    });
    for (const level of managementElementsModel.levels) expect(svg).toContain(`>${level.value} ${level.name}</text>`);
    // The target's edges exist only between neighbouring targeted axes: strategy (top, 5 → (500, 82))
    // and design (left, 3 → 85 → (415, 252)) are neighbours (axis 3 and axis 0).
    expect(svg).toContain('d="M415,252 L500,82"');
    expect(svg).toContain('stroke-dasharray="3 3"');
    expect(expectAccessibleSvg(svg)).toContain(
      'Target: CX strategy 5, Iterative design 3 (not scored: Technology and tools, Governance and discipline).',
    );
  });

  it('draws a single scored assessment', () => {
    const description = expectAccessibleSvg(maturityRadar(score));
    expect(description).toContain(
      'maria: CX strategy 3, Technology and tools 2, Governance and discipline 4, Iterative design 1.',
    );
  });

  it('refuses what it cannot draw honestly', () => {
    expectCxError(() => maturityRadar(aggregate, { groups: ['sales'] }), 'INVALID_OPTION', ['groups', 0]);
    expectCxError(() => maturityRadar(aggregate, { target: 6 }), 'INVALID_OPTION', ['target']);
    expectCxError(() => maturityRadar(aggregate, { target: { strategy: 3 } }), 'INVALID_OPTION', [
      'target',
      'strategy',
    ]);
    expectCxError(() => maturityRadar(score, { groups: ['a'] }), 'INVALID_OPTION', ['groups']);
    expectCxError(() => maturityRadar(aggregate, { colour: 'red' } as never), 'UNKNOWN_OPTION', ['colour']);
    expectCxError(() => maturityRadar(aggregate, { width: Number.NaN }), 'INVALID_OPTION', ['width']);
    expectCxError(() => maturityRadar({ ...aggregate, dimensions: [] }), 'NO_DATA');
    expectCxError(() => maturityRadar({ ...aggregate, dimensions: aggregate.dimensions.slice(0, 2) }), 'INVALID_INPUT');
    const six = aggregateAssessments(
      managementElementsModel,
      ['a', 'b', 'c', 'd', 'e', 'f'].map((group) => ({ group, answers: answersAt({ 'cx-strategy': 3 }) })),
      { groupBy: 'group' },
    );
    expectCxError(() => maturityRadar(six), 'TOO_MANY_SERIES', ['groups']);
  });

  it('escapes hostile group names and titles everywhere', () => {
    const hostileAggregate = aggregateAssessments(
      managementElementsModel,
      [{ group: hostile, answers: answersAt({ 'cx-strategy': 3, 'technology-and-tools': 2, 'iterative-design': 4 }) }],
      { groupBy: 'group' },
    );
    const svg = maturityRadar(hostileAggregate, { title: hostile });
    expectAccessibleSvg(svg);
    expect(svg).not.toContain('<script');
    expect(svg).toContain(`<title id="${/<title id="([^"]+)"/.exec(svg)?.[1]}">${hostileEscaped}</title>`);
    expect(svg.split(hostileEscaped).length - 1).toBeGreaterThanOrEqual(4); // title twice, description, legend
  });
});

describe('perceptionGapBars', () => {
  it('draws both means as bars from the lowest level, and the gap and its test in words', () => {
    // The plot's left and right come from the label and word columns; read them from the grid
    // lines of levels 1 and 5. A mean v then ends at left + (right − left)·(v − 1)/4: marketing
    // strategy 4.5 → 7/8 of the plot, service 2.5 → 3/8; tools 4 → 6/8, 3 → 4/8.
    const svg = perceptionGapBars(aggregate);
    const grid = verticalLines(svg, '#e0e0e0');
    expect(grid).toHaveLength(5);
    const [left, right] = [grid[0] as number, grid[4] as number];
    expect(right - left).toBeGreaterThanOrEqual(200);
    // The bars from the plot's left, in row order: strategy marketing then service, tools likewise.
    const widths = [...svg.matchAll(new RegExp(`<rect x="${left}" y="[^"]+" width="([^"]+)" height="13"`, 'g'))].map(
      (match) => Number(match[1]),
    );
    const eighths = [7, 3, 6, 4].map((eighth) => ((right - left) * eighth) / 8);
    widths.slice(0, 4).forEach((width, index) => {
      expect(width).toBeCloseTo(eighths[index] as number, 1);
    });
    const description = expectAccessibleSvg(svg);
    // Strategy: marketing 4 and 5, service 2 and 3: Welch t = 2 / √(0.5/2 + 0.5/2) = 2.828 on 2 df,
    // p = 2·pt(−2.828, 2) = 0.1056 (R: 2 * pt(-2 / sqrt(0.25 + 0.25), 2)).
    expect(description).toContain('CX strategy: marketing 4.5, service 2.5; gap +2, p = 0.106, not significant.');
    // Tools: marketing 4 and 4, service 3 and 3: neither group varies, so Welch cannot tell (see PerceptionGap).
    expect(description).toContain(
      'Technology and tools: marketing 4, service 3; gap +1, not tested (a group has fewer than 2 scored respondents, or neither group varies).',
    );
    expect(description).toContain(
      'Governance and discipline: marketing 3, service not scored; not scored in both groups.',
    );
    // Tools 4, 5, 4, 5 against 2, 1, 2, 1: Welch t = 3 / √(1/12 + 1/12) = 7.35 on 6 df,
    // p = 0.00033 (R: t.test(c(4, 5, 4, 5), c(2, 1, 2, 1))). Significance is written, and a large
    // gap's dimension set bold, not only coloured.
    const apart = aggregateAssessments(
      managementElementsModel,
      [4, 5, 4, 5, 2, 1, 2, 1].map((level, index) => ({
        group: index < 4 ? 'marketing' : 'service',
        answers: answersAt({ 'technology-and-tools': level }),
      })),
      { groupBy: 'group' },
    );
    const apartSvg = perceptionGapBars(apart);
    expect(apartSvg).toContain('>gap +3, p &lt; 0.001, significant, large gap</text>');
    expect(apartSvg).toContain('text-anchor="end" font-weight="bold" fill="#1a1a1a">Technology and tools</text>');
  });

  it('reads the pair either way round', () => {
    expect(expectAccessibleSvg(perceptionGapBars(aggregate, { pair: ['service', 'marketing'] }))).toContain(
      'CX strategy: service 2.5, marketing 4.5; gap -2, p = 0.106, not significant.',
    );
  });

  it('refuses one group, unknown or equal groups and a bad alpha', () => {
    expectCxError(() => perceptionGapBars({ ...aggregate, groups: aggregate.groups.slice(0, 1) }), 'NO_DATA');
    expectCxError(() => perceptionGapBars(aggregate, { pair: ['marketing', 'sales'] }), 'INVALID_OPTION', ['pair', 1]);
    expectCxError(() => perceptionGapBars(aggregate, { pair: ['service', 'service'] }), 'INVALID_OPTION', ['pair']);
    expectCxError(() => perceptionGapBars(aggregate, { alpha: 5 }), 'INVALID_OPTION', ['alpha']);
  });
});

describe('scoreSeriesChart', () => {
  it('spaces periods evenly and puts scores on the NPS range', () => {
    // The plot starts at 48 and ends where the room for the series' names begins: read its end
    // from the x axis. 4 periods (Jan–Apr), each a quarter of the plot; period i at
    // left + (right − left)·(i + 0.5)/4. y from 290 (−100) to 50 (100): v at 290 − 240·(v + 100)/200
    // → 50 at 110, 0 at 170, −100 at 290.
    const svg = scoreSeriesChart(series);
    const axis = /<line x1="48" y1="290" x2="([^"]+)" y2="290" stroke="#555555"/.exec(svg);
    const right = Number(axis?.[1]);
    const xOf = (index: number) => Number((48 + ((right - 48) * (index + 0.5)) / 4).toFixed(2));
    // All responses: Jan 50 and Mar 0 with February empty between → a dotted bridge; Mar 0 → Apr −100 solid.
    expect(svg).toContain(
      `<path d="M${xOf(0)},110 L${xOf(2)},170" fill="none" stroke="#1f4e79" stroke-width="1" stroke-dasharray="1 4"`,
    );
    expect(svg).toContain(`<path d="M${xOf(2)},170 L${xOf(3)},290" fill="none" stroke="#1f4e79" stroke-width="2"/>`);
    for (const tick of ['-100', '-50', '0', '50', '100']) expect(svg).toContain(`>${tick}</text>`);
    const description = expectAccessibleSvg(svg);
    expect(description).toContain('NPS by month, 2026-01 to 2026-04, on its range from -100 to 100 NPS points.');
    expect(description).toContain('2026-02 no responses');
    // retail &lt;b&gt; had one response in January: a low-n point, drawn hollow (white fill).
    expect(description).toContain('retail &lt;b&gt; (dash-dot line, triangles): 2026-01 100 (n = 1, ');
    expect(description).toMatch(/2026-01 100 \(n = 1, [^)]*low n: read with care\)/);
    expect(svg).toMatch(/<path d="[^"]+" fill="#ffffff" stroke="#2e7d32" stroke-width="1.5"\/>/);
    expect(svg).toContain('Hollow marker: fewer responses than the minimum (low n), read with care');
    // The score axis says what it counts, above its top tick: the metric's own unit or the caller's.
    expect(svg).toContain('<text x="12" y="36" fill="#444444">NPS points</text>');
    expect(scoreSeriesChart(series, { unit: 'points of NPS' })).toContain('>points of NPS</text>');
    expectCxError(() => scoreSeriesChart(series, { unit: ' ' }), 'INVALID_INPUT', ['unit']);
  });

  it('spans only the drawn scores and intervals with range "data"', () => {
    // Two months by hand: 20 (interval 8 to 32) and 5 (−7 to 17). The data span −7…32; a nice step
    // for 39 / 5 = 7.8 is 10, so the axis runs −10…40. y from 290 (−10) to 50 (40): v at
    // 290 − 240·(v + 10)/50 → 20 at 146, 5 at 218. One series needs no name at its end: the plot
    // runs from 48 to 720 − 12 − 4 = 704, two periods of 328 each, centred at 212 and 540.
    const base = series.series[0]?.points[0] as (typeof series.series)[number]['points'][number];
    const month = (period: string, start: number, score: number, lower: number, upper: number) => ({
      ...base,
      period,
      start,
      n: 100,
      lowN: false,
      score,
      ci: { ...(base.ci as NonNullable<typeof base.ci>), level: 0.95, lower, upper },
    });
    const handMade = {
      ...series,
      series: [
        {
          segment: null,
          points: [
            month('2026-01', Date.UTC(2026, 0, 1), 20, 8, 32),
            month('2026-02', Date.UTC(2026, 1, 1), 5, -7, 17),
          ],
        },
      ],
    };
    const svg = scoreSeriesChart(handMade, { range: 'data' });
    expect(svg).toContain('<path d="M212,146 L540,218" fill="none" stroke="#1f4e79" stroke-width="2"/>');
    for (const tick of ['-10', '0', '10', '20', '30', '40']) expect(svg).toContain(`>${tick}</text>`);
    expect(svg).not.toContain('>-100</text>');
    expect(expectAccessibleSvg(svg)).toContain('on its range from -10 to 40 NPS points.');
    // The default keeps the whole NPS range.
    expect(expectAccessibleSvg(scoreSeriesChart(handMade))).toContain('on its range from -100 to 100 NPS points.');
    expectCxError(() => scoreSeriesChart(handMade, { range: 'zoom' as never }), 'INVALID_OPTION', ['range']);
  });

  it('draws the chosen segments only, and refuses unknown ones and empty input', () => {
    const description = expectAccessibleSvg(scoreSeriesChart(series, { segments: ['business'] }));
    expect(description).not.toContain('All responses');
    expectCxError(() => scoreSeriesChart(series, { segments: ['wholesale'] }), 'INVALID_OPTION', ['segments', 0]);
    expectCxError(() => scoreSeriesChart({ ...series, series: [] }), 'NO_DATA');
  });
});

describe('driverQuadrant', () => {
  it('places drivers by importance and gap to target', () => {
    // Gaps in % of target: responseHours −6/24 = −25 %, courtesy 0.6/4 = +15 %, billing −0.1/1 = −10 %.
    // Across: the widest |gap| is 25, with 15% headroom 28.75; nice step for 57.5/6 ≈ 9.6 is 10, so −30…30
    // over x 60…624 (640 less a 16 px margin): g at 60 + 564·(g + 30)/60 → −25 at 107, +15 at 483, −10 at 248.
    // Up: the largest share 50 % with 12% headroom is 56 %; nice step for 56/5 = 11.2 is 10, so 0…60 % over
    // y 376…46 (a 330 px plot): s at 376 − 330·s/60 → 50 % at 101, 30 % at 211, 20 % at 266; the
    // threshold 1/3 at 376 − 330·(100/3)/60 = 192.67.
    const svg = driverQuadrant(classification);
    expect(svg).toMatch(/<path d="M107,95\.6 /); // responseHours: a triangle (concentrate here), apex 5.4 above 101
    // courtesy (30 % < 1/3, ahead of target): possible overkill, a diamond 1.3·4.5 = 5.85 around (483, 211).
    expect(svg).toContain('<path d="M483,205.15 L488.85,211 L483,216.85 L477.15,211 Z"');
    expect(svg).toContain('<rect x="243.5" y="261.5" width="9" height="9"'); // billing: low priority (square)
    expect(svg).toContain('<line x1="60" y1="192.67" x2="624" y2="192.67"');
    expect(svg).toContain('<line x1="342" y1="46" x2="342" y2="376"');
    // Each driver is numbered by importance at its marker; the key names it.
    expect(svg).toContain('>1 responseHours (-25%), importance 50%: concentrate here</text>');
    expect(svg).toContain('>3 billing (-10%), importance 20%: low priority</text>');
    const description = expectAccessibleSvg(svg);
    expect(description).toContain(
      'Concentrate here (triangles): responseHours (importance 50%, current 30 against target 24, lower is better, -25%).',
    );
    expect(description).toContain('Keep up the good work (circles): none.');
  });

  it('escapes hostile driver names and refuses no drivers', () => {
    const hostileMap = classifyDrivers({ [hostile]: { raw: 1, share: 1 } }, { [hostile]: { current: 0, target: 0 } });
    const svg = driverQuadrant(hostileMap);
    expectAccessibleSvg(svg);
    expect(svg).toContain(`${hostileEscaped} (0%), importance 100%`);
    expectCxError(() => driverQuadrant({ importanceThreshold: 0.5, drivers: [] }), 'NO_DATA');
  });
});

describe('wingToWingTimeline', () => {
  it('draws bars to the median with P5–P95 whiskers, and states the controlled share', () => {
    // Wing to wing 22 and 20 days: P50 21, P5 = 20 + 0.05·2 = 20.1, P95 = 21.9 (type 7).
    // The plot starts after the longest step label and keeps the width of a default 820 chart
    // (820 − 240 − 290 = 290): read its start from the grid line of 0 days. Axis 0…25 days (nice
    // step 5 above 21.9), so t sits at left + 290·t/25 → 21 at left + 243.6, 20.1 at left + 233.16,
    // 21.9 at left + 254.04.
    // Controlled: A 3 + 10 + 2 = 15 days, B 2 + 8 + 1 = 11 days; share 26 / 42 = 61.9 %.
    const svg = wingToWingTimeline(measure, engineRepair);
    const grid = verticalLines(svg, '#eeeeee');
    expect(grid).toHaveLength(6);
    const left = grid[0] as number;
    expect(grid[5]).toBeCloseTo(left + 290, 2);
    expect(svg).toContain(`<rect x="${left}" y="84" width="243.6" height="14" fill="url(#`);
    expect(svg).toContain(
      `<line x1="${Number((left + 233.16).toFixed(2))}" y1="91" x2="${Number((left + 254.04).toFixed(2))}" y2="91"`,
    );
    expect(svg).toContain('>Controlled share: 61.9% of wing-to-wing time.</text>');
    const description = expectAccessibleSvg(svg);
    expect(description).toContain(
      'Wing to wing (customer felt) (hatched): P50 21 d, P5–P95 20.1–21.9, mean 21, n = 2.',
    );
    expect(description).toContain(
      'Controlled by the company (solid: controlled): P50 13 d, P5–P95 11.2–14.8, mean 13, n = 2.',
    );
    expect(description).toContain('Stage Quote and billing: Approve the quote (customer) (outlined: not controlled)');
  });

  it('uses the unit asked for and refuses a measure of another journey or without finished cases', () => {
    expect(wingToWingTimeline(measure, engineRepair, { unit: 'hours' })).toContain('P50 504 h');
    expectCxError(() => wingToWingTimeline(measure, { ...engineRepair, id: 'onboarding' }), 'MISMATCHED_INPUT');
    expectCxError(
      () => wingToWingTimeline({ ...measure, summary: { ...measure.summary, wingToWing: null } }, engineRepair),
      'NO_DATA',
    );
    expectCxError(() => wingToWingTimeline(measure, engineRepair, { unit: 'weeks' as never }), 'INVALID_OPTION', [
      'unit',
    ]);
  });
});

describe('portfolioChart', () => {
  it('draws costs against the budget line and gives every exclusion reason', () => {
    // Cost axis 0…120 (nice step 20 above the budget 110), seven grid lines from the left of the
    // cost plot (after the label column) to its right: c at left + (right − left)·c/120 → the budget
    // 110 at 11/12 of the way, the funded total 105 at 7/8, the portal 60 at 1/2.
    const svg = portfolioChart(portfolio, ideas, 110);
    const costGrid = verticalLines(svg, '#eeeeee').slice(0, 7);
    const [left, right] = [costGrid[0] as number, costGrid[6] as number];
    // The grid positions are rounded to a hundredth of a pixel, so compare within 0.02.
    const budgetLine = /<line x1="([^"]+)" y1="[^"]+" x2="[^"]+" y2="[^"]+" stroke="#b00020"/.exec(svg);
    expect(Number(budgetLine?.[1])).toBeCloseTo(left + ((right - left) * 11) / 12, 1);
    // The cost bars, in row order: the funded total, the three funded ideas, then the portal.
    const bars = [
      ...svg.matchAll(new RegExp(`<rect x="${left}" y="[^"]+" width="([^"]+)" height="14" fill="([^"]+)"`, 'g')),
    ];
    expect(bars).toHaveLength(5);
    expect(Number(bars[0]?.[1])).toBeCloseTo(((right - left) * 7) / 8, 1);
    expect(Number(bars[4]?.[1])).toBeCloseTo((right - left) / 2, 1);
    expect(bars[4]?.[2]).toMatch(/^url\(#/);
    // The reason stands at the end of the idea's row; its name is the row's label.
    expect(svg).toContain('>excluded, outranked</text>');
    expect(svg).toContain('text-anchor="end" fill="#1a1a1a">portal</text>');
    const description = expectAccessibleSvg(svg);
    expect(description).toContain('Funded 3 of 4 ideas: cost 105 of the budget of 110 (95.5%), value 70.');
    expect(description).toContain('portal: excluded, outranked; cost 60, value 45.');
  });

  it('refuses ideas that do not match the portfolio', () => {
    expectCxError(() => portfolioChart(portfolio, ideas.slice(1), 110), 'MISMATCHED_INPUT');
    expectCxError(
      () => portfolioChart(portfolio, [...ideas, { id: 'extra', cost: 1, value: 1 }], 110),
      'MISMATCHED_INPUT',
    );
    expectCxError(() => portfolioChart(portfolio, ideas, Number.POSITIVE_INFINITY), 'INVALID_INPUT', ['budget']);
    expectCxError(() => portfolioChart({ ...portfolio, funded: [], excluded: [] }, [], 10), 'NO_DATA');
  });
});

describe('every chart', () => {
  const charts = () => [
    maturityRadar(aggregate, { target: 4 }),
    perceptionGapBars(aggregate),
    scoreSeriesChart(series),
    driverQuadrant(classification),
    wingToWingTimeline(measure, engineRepair),
    portfolioChart(portfolio, ideas, 110),
  ];

  it('is deterministic: equal input, equal output', () => {
    expect(charts()).toEqual(charts());
  });

  it('gives different charts different id prefixes, and takes an id', () => {
    const prefixes = charts().map((svg) => /aria-labelledby="([^ ]+)-title/.exec(svg)?.[1]);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(driverQuadrant(classification, { id: 'drivers' })).toContain('aria-labelledby="drivers-title drivers-desc"');
    expectCxError(() => driverQuadrant(classification, { id: '1 bad' }), 'INVALID_OPTION', ['id']);
  });

  it('meets the accessibility checks and never writes NaN or Infinity', () => {
    for (const svg of charts()) expectAccessibleSvg(svg);
  });
});
