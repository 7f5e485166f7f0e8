import { act, renderHook } from '@testing-library/react';
import type { Envelope } from '@core/result';
import { useSubmit } from '../use-submit';

type Answer = Envelope<string>;
const ok: Answer = { ok: true, data: 'done' };
const lost: Answer = { ok: false, error: { code: 'INTERNAL', message: '网络不好，请检查网络后重试' } };
const refused: Answer = { ok: false, error: { code: 'MEMBER.TRANSFER_NOT_PENDING', message: '已处理' } };

/** A send that records the requestId of every attempt and answers from a script. */
const scripted = (answers: Answer[]) => {
  const sent: Array<{ requestId: string; id: string; decision: string }> = [];
  const send = jest.fn(async (requestId: string, id: string, decision: string) => {
    sent.push({ requestId, id, decision });
    return answers.shift() ?? ok;
  });
  return { sent, send };
};

const render = (send: (requestId: string, id: string, decision: string) => Promise<Answer>) =>
  renderHook(() => useSubmit(send, (id: string, decision: string) => `${id}:${decision}`)).result;

describe('useSubmit', () => {
  it('gives another record its own requestId after a lost connection', async () => {
    const { sent, send } = scripted([lost, ok]);
    const hook = render(send);
    await act(() => hook.current.submit('t1', 'accept'));
    await act(() => hook.current.submit('t2', 'accept'));
    expect(sent[1].requestId).not.toBe(sent[0].requestId);
  });

  it('keeps the requestId of a write lost to the network, even after other rows were decided', async () => {
    const { sent, send } = scripted([lost, ok, ok]);
    const hook = render(send);
    await act(() => hook.current.submit('t1', 'accept'));
    await act(() => hook.current.submit('t2', 'accept'));
    await act(() => hook.current.submit('t1', 'accept'));
    expect(sent[2].requestId).toBe(sent[0].requestId);
  });

  it('retires the id after a definite answer, and keys by decision too', async () => {
    const { sent, send } = scripted([refused, lost, ok]);
    const hook = render(send);
    await act(() => hook.current.submit('t1', 'accept'));
    await act(() => hook.current.submit('t1', 'accept'));
    await act(() => hook.current.submit('t1', 'refuse'));
    expect(new Set(sent.map((s) => s.requestId)).size).toBe(3);
  });

  it('ignores a second tap on the same write while it is on its way, not a tap on another row', async () => {
    const waiting: Array<(answer: Answer) => void> = [];
    const send = jest.fn((_requestId: string, _id: string, _decision: string) => new Promise<Answer>((resolve) => waiting.push(resolve)));
    const hook = render(send);
    let first!: Promise<Answer | null>;
    let again!: Promise<Answer | null>;
    let other!: Promise<Answer | null>;
    act(() => {
      first = hook.current.submit('t1', 'accept');
      again = hook.current.submit('t1', 'accept');
      other = hook.current.submit('t2', 'accept');
    });
    expect(hook.current.busy).toBe(true);
    expect(await again).toBeNull();
    expect(send).toHaveBeenCalledTimes(2);
    await act(async () => {
      waiting.forEach((resolve) => resolve(ok));
      await Promise.all([first, other]);
    });
    expect(hook.current.busy).toBe(false);
  });

  it('sends one write with no arguments under one id until it is answered', async () => {
    const ids: string[] = [];
    const answers = [lost, ok, ok];
    const hook = renderHook(() => useSubmit(async (requestId) => (ids.push(requestId), answers.shift() ?? ok))).result;
    await act(() => hook.current.submit());
    await act(() => hook.current.submit());
    await act(() => hook.current.submit());
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[1]);
  });
});
