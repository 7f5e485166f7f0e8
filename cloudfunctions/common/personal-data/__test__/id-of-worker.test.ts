import { idOfWorker } from '../platform-records.holder';

describe('idOfWorker: which record ids are the worker\'s', () => {
  it('matches their openid and ids ending in it, and never another openid that contains theirs', () => {
    expect(idOfWorker('o6_bmjrPTlm6_2sgVt7hMZOPfL2M', 'o6_bmjrPTlm6_2sgVt7hMZOPfL2M')).toBe(true);
    expect(idOfWorker('campaign-1_o6_bmjrPTlm6_2sgVt7hMZOPfL2M', 'o6_bmjrPTlm6_2sgVt7hMZOPfL2M')).toBe(true);
    expect(idOfWorker('bench-10', 'bench-1')).toBe(false);
    expect(idOfWorker('campaign-1_bench-10', 'bench-1')).toBe(false);
    expect(idOfWorker('bench-1-draft', 'bench-1')).toBe(false);
  });
});
