import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../src/lexicon/compile.js';
import { checkUserActors, lexiconOf, readUserActor } from '../../src/components/state/user-actors.js';

describe('readUserActor', () => {
  it('reads a name, aliases split at commas and a code in any case; the name is always an alias', () => {
    expect(readUserActor({ name: ' Acme Robotics ', aliases: 'Acme, Acme Robotics Inc;  Acme', code: 'usa.bus.acme' })).toEqual({
      actor: { id: 'USA.BUS.ACME', name: 'Acme Robotics', aliases: ['Acme Robotics', 'Acme', 'Acme Robotics Inc'] },
    });
  });

  it('refuses a missing name or a code that is not COUNTRY[.ROLE[.NAME]], saying why', () => {
    expect(readUserActor({ name: '', aliases: '', code: 'USA.BUS.ACME' })).toEqual({ error: expect.stringContaining('name') });
    for (const code of ['', 'US.BUS.ACME', 'USA.BUS.ACME.X', 'USA BUS']) {
      expect(readUserActor({ name: 'Acme', aliases: '', code })).toEqual({ error: expect.stringContaining('is not an actor code') });
    }
  });
});

describe('lexiconOf', () => {
  it('gives no lexicon file for no actors, and one the lexicon compiles for some', () => {
    expect(lexiconOf([])).toEqual([]);
    const files = lexiconOf([{ id: 'USA.BUS.ACME', name: 'Acme Robotics', aliases: ['Acme Robotics'] }]);
    const lexicon = compileLexicon(...files);
    expect(lexicon.actorNames.get('USA.BUS.ACME')).toBe('Acme Robotics');
    expect(lexicon.names.get('acme')?.some((n) => n.id === 'USA.BUS.ACME')).toBe(true);
  });
});

describe('checkUserActors', () => {
  it('keeps the actors that can be read and names each one that cannot', () => {
    const { actors, warnings } = checkUserActors([{ id: 'USA.BUS.ACME', name: 'Acme', aliases: ['Acme'] }, { id: 'acme', name: 'x', aliases: [] }, null], 'saved actors');
    expect(actors.map((a) => a.id)).toEqual(['USA.BUS.ACME']);
    expect(warnings).toEqual(['saved actors: actor #1 cannot be read (it needs a code, a name and aliases); left out', 'saved actors: actor #2 cannot be read (it needs a code, a name and aliases); left out']);
  });
});
