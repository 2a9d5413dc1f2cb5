import { describe, expect, test } from 'vitest';
import { timelineJs, timelineJsData } from '../../src/export/timeline-js.js';
import { ev, eventsFile } from '../support/events.js';
import { chartsFixture } from '../support/fixtures.js';

describe('timelineJs', () => {
  test('timelineJs(file) is TimelineJS JSON: one slide per dated event, each with a year, text and a unique id', () => {
    const timeline = JSON.parse(timelineJs(chartsFixture()));
    expect(Object.keys(timeline)).toEqual(['events']);
    expect(timeline.events.length).toBe(12);
    for (const slide of timeline.events) {
      expect(Number.isInteger(slide.start_date.year)).toBe(true);
      expect(typeof slide.text.headline).toBe('string');
      expect(typeof slide.text.text).toBe('string');
    }
    const ids = timeline.events.map((s: { unique_id: string }) => s.unique_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('e13');
  });

  test('timelineJsData(file) dates a slide only as precisely as its event: year, year and month, or the day', () => {
    const slides = new Map(timelineJsData(chartsFixture()).events.map((s) => [s.unique_id, s]));
    expect(slides.get('e01')!.start_date).toEqual({ year: 2018 });
    expect(slides.get('e06')!.start_date).toEqual({ year: 2020, month: 5 });
    expect(slides.get('e02')!.start_date).toEqual({ year: 2020, month: 4, day: 19 });
    expect([...slides.values()].every((s) => s.end_date === undefined)).toBe(true);
  });

  test('timelineJsData(file) gives a span an end date at its precision, and never a day the text did not give', () => {
    const file = eventsFile([
      ev('span', 'SANCTION', ['CHN.GOV'], ['AUS.BUS'], { start: '2020-05', end: '2020-08', precision: 'month' }),
      ev('coarse', 'SANCTION', ['CHN.GOV'], ['AUS.BUS'], { start: '2020-05-12', precision: 'month' }),
    ]);
    const [span, coarse] = timelineJsData(file).events;
    expect(span!.start_date).toEqual({ year: 2020, month: 5 });
    expect(span!.end_date).toEqual({ year: 2020, month: 8 });
    expect(coarse!.start_date).toEqual({ year: 2020, month: 5 });
  });

  test('timelineJsData(file) groups slides by the acting country, or by actor on request', () => {
    const file = chartsFixture();
    const byCountry = new Map(timelineJsData(file).events.map((s) => [s.unique_id, s.group]));
    expect(byCountry.get('e04')).toBe('CHN');
    expect(byCountry.get('e10')).toBe('AUS, CHN');
    const byActor = new Map(timelineJsData(file, { groupBy: 'actor' }).events.map((s) => [s.unique_id, s.group]));
    expect(byActor.get('e04')).toBe('China\'s customs agency');
  });

  test('timelineJsData(file) escapes <, > and & in everything TimelineJS renders as HTML', () => {
    const e = ev('x', 'ACCUSE', ['USA.JUD'], ['CHN.MIL'], '2014-05-19');
    e.mentions[0]!.text = 'Prosecutors said <script>alert(1)</script> & more';
    const file = eventsFile([e], [], { 'USA.JUD': 'Justice <Dept> & co', 'CHN.MIL': 'PLA' });
    const [slide] = timelineJsData(file, { title: 'US & China <2014>', groupBy: 'actor' }).events;
    expect(slide!.text.headline).toBe('Justice &lt;Dept&gt; &amp; co → PLA: accuse');
    expect(slide!.text.text).toContain('Prosecutors said &lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(slide!.text.text).not.toContain('<script');
    expect(slide!.group).toBe('Justice &lt;Dept&gt; &amp; co');
    expect(timelineJsData(file, { title: 'US & China <2014>' }).title!.text.headline).toBe('US &amp; China &lt;2014&gt;');
  });

  test('timelineJsData(file) makes unique ids safe for a URL fragment and unique even when ids collide', () => {
    const file = eventsFile([ev('doc:1', 'SANCTION', ['A'], ['B'], '2014'), ev('doc-1', 'SANCTION', ['A'], ['B'], '2014'), ev('doc 1', 'SANCTION', ['A'], ['B'], '2014')]);
    expect(timelineJsData(file).events.map((s) => s.unique_id)).toEqual(['doc-1', 'doc-1-2', 'doc-1-3']);
  });
});
