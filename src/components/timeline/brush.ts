/**
 * The period strip under the timeline: the whole time span with a tick per event, and a brush
 * to choose the period the timeline (and every other view) shows. An overview and its detail.
 */
import { axisBottom, brushX, scaleUtc, select, utcFormat, type D3BrushEvent } from 'd3';

export interface PeriodStripOptions {
  width: number;
  /** Left and right pixel edges, matching the timeline's frame. */
  range: [number, number];
  /** The whole span of the events. */
  domain: [Date, Date];
  /** Event starts, one tick each. */
  ticks: Date[];
  /** The current period, if any. */
  period?: [Date, Date];
  /** The reader brushed a period (or cleared it: undefined). */
  onPeriod(period: [Date, Date] | undefined): void;
}

const HEIGHT = 40;

// Like the timeline's own axis: "2014", "Apr", "21 May".
function shortDate(d: Date): string {
  if (d.getUTCMonth() === 0 && d.getUTCDate() === 1) return utcFormat('%Y')(d);
  return utcFormat(d.getUTCDate() === 1 ? '%b' : '%-d %b')(d);
}

export function periodStrip(options: PeriodStripOptions): SVGSVGElement {
  const { width, range, domain, ticks, period, onPeriod } = options;
  const svg = select(document.createElementNS('http://www.w3.org/2000/svg', 'svg'))
    .attr('class', 'period-strip')
    .attr('width', width)
    .attr('height', HEIGHT)
    .attr('viewBox', `0 0 ${width} ${HEIGHT}`)
    .attr('role', 'group')
    .attr('aria-label', 'Period: drag across the strip to choose one; click outside the choice to clear it');
  const x = scaleUtc(domain, range);
  svg.append('rect').attr('class', 'track').attr('x', range[0]).attr('y', 4).attr('width', Math.max(0, range[1] - range[0])).attr('height', 16).attr('rx', 3);
  svg
    .append('g')
    .attr('class', 'ticks')
    .selectAll('line')
    .data(ticks)
    .join('line')
    .attr('x1', (d) => x(d))
    .attr('x2', (d) => x(d))
    .attr('y1', 7)
    .attr('y2', 17);
  svg
    .append('g')
    .attr('class', 'axis')
    .attr('transform', `translate(0,${22})`)
    .call(axisBottom(x).ticks(Math.max(2, Math.floor((range[1] - range[0]) / 90))).tickFormat((d) => shortDate(d as Date)).tickSizeOuter(0));
  const brush = brushX<unknown>()
    .extent([
      [range[0], 2],
      [range[1], 22],
    ])
    .on('end', (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent) return;
      const s = event.selection as [number, number] | null;
      onPeriod(s ? [x.invert(s[0]), x.invert(s[1])] : undefined);
    });
  const g = svg.append('g').attr('class', 'brush').call(brush);
  if (period) g.call(brush.move, [Math.max(range[0], x(period[0])), Math.min(range[1], x(period[1]))]);
  return svg.node()!;
}
