import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services';
import { attachBytes } from '../../support/evidence';
import { openTestServices } from '../../support/services';

describe('search', () => {
  let services: Services;
  let close: () => void;
  const ids = {} as Record<'volkov' | 'ivanov' | 'ivanoff' | 'nowak' | 'other', string>;

  beforeEach(async () => {
    ({ services, close } = await openTestServices());
    ids.volkov = services.dossiers.create({
      familyName: 'Volkov',
      givenNames: 'Aleksei',
      aliases: [{ name: 'Волков Алексей', kind: 'transliteration', script: 'cyrillic' }],
    }).id;
    ids.ivanov = services.dossiers.create({ familyName: 'Ivanov', givenNames: 'Sergei' }).id;
    ids.ivanoff = services.dossiers.create({ familyName: 'Ivanoff', givenNames: 'Pavel' }).id;
    ids.nowak = services.dossiers.create({ familyName: 'Nowak', givenNames: 'Łukasz' }).id;
    ids.other = services.dossiers.create({ familyName: 'Karimova', givenNames: 'Dilnoza' }).id;
    // Karimova's note mentions Volkov: a name match must still rank above a mention in a note.
    services.dossiers.saveRecord(ids.other, {
      kind: 'note',
      scope: 'counsel-team',
      data: { title: 'Co-defendants', body: 'The prosecutor named Volkov as the organiser of the protest.' },
    });
    services.dossiers.saveRecord(ids.volkov, {
      kind: 'incident',
      scope: 'counsel-team',
      data: {
        date: '2021-04-21',
        place: 'Yekaterinburg',
        acts: [
          { type: 'raid', description: 'Masked officers searched the apartment and seized the laptop.' },
        ],
      },
    });
  });
  afterEach(() => close());

  const groups = (text: string) => services.search.search({ text, limit: 12 }).groups;

  it('finds clients by name, alias and script, grouped by client, names ranked first', () => {
    const volkov = groups('volkov');
    expect(volkov.map((g) => g.clientId)).toEqual([ids.volkov, ids.other]);
    expect(volkov[0]?.hits[0]).toMatchObject({ kind: 'client', match: 'exact', snippet: null });
    expect(volkov[1]?.hits[0]).toMatchObject({ kind: 'record', label: 'Note · Co-defendants' });
    expect(volkov[1]?.hits[0]?.snippet).toContain('\u0002Volkov\u0003');
    expect(groups('волков').map((g) => g.clientId)).toEqual([ids.volkov]);
    expect(groups('алекс').map((g) => g.clientId)).toEqual([ids.volkov]);
    expect(groups('lukasz').map((g) => g.clientId)).toEqual([ids.nowak]);
    expect(groups('aleksei volk').map((g) => g.clientId)).toEqual([ids.volkov]);
  });

  it('tolerates typos in names and transliterations', () => {
    const ivanof = groups('ivanof').map((g) => g.clientId);
    expect(ivanof).toEqual(expect.arrayContaining([ids.ivanov, ids.ivanoff]));
    expect(ivanof[0]).toBe(ids.ivanoff); // the exact prefix first
    expect(groups('volkv').map((g) => g.clientId)).toEqual([ids.volkov]);
    expect(groups('volkv')[0]?.hits[0]).toMatchObject({ match: 'fuzzy' });
    expect(groups('вокрв')).toEqual([]);
    expect(groups('волкв').map((g) => g.clientId)).toEqual([ids.volkov]);
    expect(groups('sergie ivanov').map((g) => g.clientId)).toEqual([ids.ivanov]);
    expect(groups('zzzz')).toEqual([]);
  });

  it('finds record text and evidence metadata, and forgets what was deleted', async () => {
    expect(groups('laptop')[0]).toMatchObject({ clientId: ids.volkov, hits: [{ kind: 'record' }] });
    const evidence = await attachBytes(services, ids.volkov, 'summons-2021.pdf', Buffer.from('%PDF'));
    expect(groups('summons')[0]?.hits[0]).toMatchObject({ kind: 'evidence', refId: evidence.id });
    const detail = services.evidence.get(evidence.id);
    services.evidence.update(evidence.id, detail.revision, {
      title: 'Summons to the Investigative Committee',
      source: 'Mother, by courier',
      exhibitNumber: 'C-14',
    });
    expect(groups('investigative committee')[0]?.hits[0]).toMatchObject({
      kind: 'evidence',
      label: 'Evidence · Exhibit C-14',
    });
    expect(groups('courier')[0]?.hits[0]?.refId).toBe(evidence.id);
    services.evidence.delete(evidence.id);
    expect(groups('courier')).toEqual([]);
    services.dossiers.delete(ids.volkov);
    expect(groups('volkov').map((g) => g.clientId)).toEqual([ids.other]);
    const db = services.vault.current().db;
    expect(db.prepare('SELECT count(*) FROM search_docs WHERE client_id = ?').pluck().get(ids.volkov)).toBe(
      0,
    );
    expect(db.prepare("SELECT count(*) FROM name_vocab WHERE term = 'volkov'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM search_fts').pluck().get()).toBe(
      db.prepare('SELECT count(*) FROM search_docs').pluck().get(),
    );
  });
});
