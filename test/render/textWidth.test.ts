import { describe, expect, it } from 'vitest';
import { textWidth, widestText } from '../../src/render/textWidth';

// Widths in pixels of these texts at 12 px, measured with getBBox() in headless Chromium
// 156 in DejaVu Sans (the sans-serif fallback on Debian and the widest common face).
const measured: readonly (readonly [string, number, number])[] = [
  // text, regular, bold
  ['Bigger than service and digital', 185, 209],
  ['Governance and discipline', 159, 179],
  ['Organisationally empowered', 173, 195],
  ['live-engine-status-portal: excluded, a dependency is not funded', 385, 435],
  ['P50 64.4 d, P5–P95 53.9–77.9, mean 65, n = 1200', 303, 335],
  ['gap +1.6, p < 0.001, significant, large gap', 257, 288],
  ['Measured wing to wing', 139, 158],
  ['MMMM WWW', 81, 92],
  ['Release the engine with its records and invoice, and ship it (shared)', 409, 464],
  ['▲ Concentrate here', 118, 131],
];

describe('textWidth', () => {
  it('never underestimates a measured width, and overestimates by under 10%', () => {
    for (const [content, regular, bold] of measured) {
      const estimate = textWidth(content, 12);
      expect(estimate, content).toBeGreaterThanOrEqual(regular - 1);
      expect(estimate, content).toBeLessThan(regular * 1.1);
      const boldEstimate = textWidth(content, 12, true);
      expect(boldEstimate, `${content} (bold)`).toBeGreaterThanOrEqual(bold - 1);
      expect(boldEstimate, `${content} (bold)`).toBeLessThan(bold * 1.1);
    }
  });

  it('scales with the font size and is 0 for no text', () => {
    expect(textWidth('', 12)).toBe(0);
    expect(textWidth('Mindset', 24)).toBeGreaterThanOrEqual(2 * textWidth('Mindset', 12) - 1);
    expect(widestText([], 12)).toBe(0);
    expect(widestText(['a', 'Governance and discipline', 'b'], 12)).toBe(textWidth('Governance and discipline', 12));
  });
});
