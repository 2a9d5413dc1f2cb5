import { describe } from 'vitest';
import { timelineChart } from '../../src/charts/timeline.js';
import { chartsFixture } from '../support/fixtures.js';
import { snapshotTest } from '../support/snapshot.js';

describe('timelineChart', () => {
  snapshotTest(function timelineMonthSpans(document) {
    return timelineChart(chartsFixture(), { document });
  });
  snapshotTest(function timelineByCountryBothSides(document) {
    return timelineChart(chartsFixture(), { document, rowBy: 'country', side: 'both' });
  });
  snapshotTest(function timelineFromTo(document) {
    return timelineChart(chartsFixture(), { document, from: '2020-04', to: '2020-12' });
  });
  snapshotTest(function timelineBinned(document) {
    return timelineChart(chartsFixture(), { document, binAbove: 5 });
  });
});
