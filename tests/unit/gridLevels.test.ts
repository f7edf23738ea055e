import { describe, expect, it } from 'vitest';
import { childLevelOf, parentLevelOf } from '../../src/shared/domain/gridLevels';

describe('the organisation tree levels', () => {
  it('hangs a community from a street, a grid from a community and a micro-grid from a grid', () => {
    expect(parentLevelOf('street')).toBeNull();
    expect(parentLevelOf('community')).toBe('street');
    expect(parentLevelOf('grid')).toBe('community');
    expect(parentLevelOf('micro_grid')).toBe('grid');
  });

  it('lets nothing hang below a micro-grid', () => {
    expect(childLevelOf('street')).toBe('community');
    expect(childLevelOf('grid')).toBe('micro_grid');
    expect(childLevelOf('micro_grid')).toBeNull();
  });
});
