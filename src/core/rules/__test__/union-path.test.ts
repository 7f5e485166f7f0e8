import { pathsAbove } from '../union-path';

describe('pathsAbove', () => {
  it('lists the union itself and every union above it, root first', () => {
    expect(pathsAbove('/root/street/g1/')).toEqual(['/root/', '/root/street/', '/root/street/g1/']);
    expect(pathsAbove('/root/')).toEqual(['/root/']);
    expect(pathsAbove('/')).toEqual([]);
  });
});
