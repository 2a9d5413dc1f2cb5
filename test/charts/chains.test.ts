import { describe } from 'vitest';
import { chains } from '../../src/analysis/chains.js';
import { chainsChart } from '../../src/charts/chains.js';
import { chartsFixture } from '../support/fixtures.js';
import { snapshotTest } from '../support/snapshot.js';

describe('chainsChart', () => {
  snapshotTest(function chainsStatedAndInferred(document) {
    return chainsChart(chartsFixture(), { document });
  });
  snapshotTest(function chainsOneChainByCountry(document) {
    const file = chartsFixture();
    return chainsChart(chains(file)[0]!, { document, laneBy: 'country', actors: file.actors });
  });
});
