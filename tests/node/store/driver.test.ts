import { describe, expect, it } from 'vitest';
import { driverPackage, REQUIRED_NODE_API, sqlite } from '../../../electron/main/services/store/driver';

describe('the better-sqlite3 build each runtime loads', () => {
  it('is better-sqlite3 13 wherever Node-API 10 exists (Electron 45, Node >= 22.14)', () => {
    expect(driverPackage(REQUIRED_NODE_API)).toBe('better-sqlite3');
    expect(driverPackage(11)).toBe('better-sqlite3');
  });

  it('is the 12.x alias only on Node 20 machines (Node-API 9), where 13 would crash', () => {
    expect(driverPackage(9)).toBe('better-sqlite3-node20');
  });

  it('opens a database in this process', () => {
    const db = new (sqlite())(':memory:');
    try {
      expect(db.prepare('SELECT 1 + 1 AS n').get()).toEqual({ n: 2 });
      // FTS5 and the JSON functions are part of both builds; the store needs them.
      db.exec("CREATE VIRTUAL TABLE t USING fts5(body); INSERT INTO t VALUES ('hats');");
      expect(db.prepare("SELECT json_extract('{\"a\":1}', '$.a') AS a").get()).toEqual({ a: 1 });
    } finally {
      db.close();
    }
  });
});
