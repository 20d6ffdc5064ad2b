import {
  clientNamesById,
  clientsWithTerm,
  ftsSearch,
  nameVocabulary,
  prefixQuery,
} from '../../db/search-index';
import type { Db } from '../../db/vault';
import { allowedEdits, prefixDistance } from '../../shared/search/fuzzy';
import {
  type SearchGroup,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
  queryTerms,
  queryWords,
} from '../../shared/search/search';
import type { VaultAccess } from './vault-service';

/** Documents read from the FTS index per query: enough to fill the groups after grouping by client. */
const FTS_LIMIT = 80;
/** Clients taken per matched name term in the typo-tolerant search. */
const CLIENTS_PER_TERM = 200;
const HITS_PER_GROUP = 5;

/**
 * Search across dossiers, records and evidence metadata, grouped by client. Two paths:
 * - word for word: FTS5 with every query word as a prefix, ranked by bm25 (names weigh most);
 * - typo-tolerant on names: each word against the vocabulary of folded name terms with a bounded
 *   Damerau-Levenshtein distance on the prefix ("ivanof" → Ivanov, "volkv" → Volkov), every word having to match.
 * Exact hits always rank above fuzzy ones.
 */
export class SearchService {
  constructor(private readonly vaults: VaultAccess) {}

  private get db(): Db {
    return this.vaults.current().db;
  }

  search({ text, limit }: SearchQuery): SearchResult {
    const words = queryWords(text);
    if (words.length === 0) return { groups: [] };
    const byClient = new Map<string, SearchHit[]>();
    const add = (clientId: string, hit: SearchHit) => {
      const hits = byClient.get(clientId);
      if (hits) hits.push(hit);
      else byClient.set(clientId, [hit]);
    };

    for (const hit of ftsSearch(this.db, prefixQuery(queryTerms(text)), FTS_LIMIT)) {
      add(hit.clientId, {
        kind: hit.kind,
        refId: hit.refId,
        label: hit.label,
        snippet: hit.kind === 'client' ? null : hit.snippet,
        match: 'exact',
        score: 1 - hit.rank,
      });
    }

    for (const [clientId, distance] of this.#fuzzyNameMatches(words)) {
      if (byClient.get(clientId)?.some((h) => h.kind === 'client')) continue;
      add(clientId, {
        kind: 'client',
        refId: clientId,
        label: 'Client',
        snippet: null,
        match: 'fuzzy',
        score: 1 / (2 + distance),
      });
    }

    const ranked = [...byClient.entries()]
      .map(([clientId, hits]) => {
        hits.sort((a, b) => b.score - a.score);
        return { clientId, hits: hits.slice(0, HITS_PER_GROUP), score: hits[0]?.score ?? 0 };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
    const names = new Map(
      clientNamesById(
        this.db,
        ranked.map((g) => g.clientId),
      ).map((r) => [r.id, r]),
    );
    const groups: SearchGroup[] = [];
    for (const group of ranked) {
      const name = names.get(group.clientId);
      if (!name) continue;
      groups.push({ ...group, familyName: name.familyName, givenNames: name.givenNames });
    }
    return { groups };
  }

  /** Clients whose names match every query word within the allowed edits, with the summed distance. */
  #fuzzyNameMatches(words: readonly string[]): Map<string, number> {
    const vocabulary = nameVocabulary(this.db);
    let matches: Map<string, number> | undefined;
    for (const word of words) {
      const max = allowedEdits(word);
      const forWord = new Map<string, number>();
      for (const term of vocabulary) {
        const distance = prefixDistance(word, term, max);
        if (distance > max) continue;
        for (const clientId of clientsWithTerm(this.db, term, CLIENTS_PER_TERM)) {
          const best = forWord.get(clientId);
          if (best === undefined || distance < best) forWord.set(clientId, distance);
        }
      }
      matches = matches === undefined ? forWord : intersect(matches, forWord);
      if (matches.size === 0) break;
    }
    return matches ?? new Map<string, number>();
  }
}

/** Clients in both, with their distances added. */
function intersect(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> {
  const both = new Map<string, number>();
  for (const [id, distance] of b) {
    const other = a.get(id);
    if (other !== undefined) both.set(id, other + distance);
  }
  return both;
}
