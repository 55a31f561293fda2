import { describe, expect, it } from 'vitest';
import { transitAsBody } from '../../../shared/sites/heuristic';

const U = (i: number): string => `~u${i.toString(16).padStart(8, '0')}-1111-4222-8333-444455556666`;

describe('transit bodies after the review of round wb1', () => {
  it('starts its cache again after 44² entries, as transit-js writes it (M1)', () => {
    const map: unknown[] = ['^ '];
    for (let i = 0; i < 44 * 44; i++) map.push(`~:k${i}x`, i);
    // The writer's cache is full: `items` takes slot 0 again, `thread-id` slot 1, and `^1` stands for `thread-id`.
    map.push('~:items', [['^ ', '~:thread-id', U(1)], ['^ ', '^1', U(2)]]);
    const out = transitAsBody({ type: 'json', value: map });
    expect(out.type).toBe('json');
    const items = (out as { value: Record<string, unknown> }).value['items'];
    expect(items).toEqual([{ thread_id: U(1).slice(2) }, { thread_id: U(2).slice(2) }]);
  });

  it('reads a body as large as the heuristic reads, not giving up part-way (D2)', () => {
    const leaves = Array.from({ length: 3000 }, (_, i) => ['^ ', '~:text', `Line ${i}`, '~:font-size', '14', '~:fill-opacity', 1]);
    const body = ['^ ', '~:id', U(1), '~:changes', [['^ ', '~:type', '~:mod-obj', '~:children', leaves]]];
    const out = transitAsBody({ type: 'json', value: body });
    expect(Array.isArray((out as { value: unknown }).value)).toBe(false);
  });
});
