import { describe } from 'vitest';
import { actorNetwork } from '../../src/analysis/network.js';
import { networkChart } from '../../src/charts/network.js';
import { chartsFixture } from '../support/fixtures.js';
import { snapshotTest } from '../support/snapshot.js';

describe('networkChart', () => {
  snapshotTest(function networkTwoCountries(document) {
    return networkChart(actorNetwork(chartsFixture(), { level: 'actor' }), { document });
  });
});

describe('networkChart, collapsed', () => {
  snapshotTest(function networkByRoleQuadColors(document) {
    return networkChart(chartsFixture(), { document, level: 'role', edgeColor: 'quad', width: 480, height: 360 });
  });
});
