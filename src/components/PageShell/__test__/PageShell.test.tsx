import { act, render } from '@testing-library/react';
import { taroTest } from '../../../../test/support/taro';
import { PageShell } from '../PageShell';
import { isLargeText, largeTextKey, resetLargeTextForTests, setLargeText } from '../large-text';

const shell = (container: HTMLElement) => container.querySelector('.nx-shell') as HTMLElement;

describe('PageShell', () => {
  beforeEach(() => {
    taroTest.reset();
    resetLargeTextForTests();
  });

  it('switches every mounted page to 大字模式 at once, ours and NutUI text alike', () => {
    const home = render(<PageShell>首页</PageShell>);
    const me = render(<PageShell>我的</PageShell>);
    expect(shell(home.container).className).not.toContain('nx-shell--large');
    expect(shell(home.container).style.getPropertyValue('--nutui-font-size-base')).toBe('16px');

    act(() => setLargeText(true));

    for (const page of [home, me]) {
      expect(shell(page.container).className).toContain('nx-shell--large');
      expect(shell(page.container).style.getPropertyValue('--nutui-font-size-base')).toBe('20px');
    }
  });

  it('in H5, marks the document too, so the tab bar outside every page grows with 大字模式', () => {
    const taroEnv = process.env.TARO_ENV;
    process.env.TARO_ENV = 'h5';
    try {
      render(<PageShell>首页</PageShell>);
      expect(document.documentElement.classList.contains('nx-doc--large')).toBe(false);
      act(() => setLargeText(true));
      expect(document.documentElement.classList.contains('nx-doc--large')).toBe(true);
      act(() => setLargeText(false));
      expect(document.documentElement.classList.contains('nx-doc--large')).toBe(false);
    } finally {
      process.env.TARO_ENV = taroEnv;
    }
  });

  it('remembers the choice for the next launch', () => {
    act(() => setLargeText(true));
    expect(taroTest.storage.get(largeTextKey)).toBe(true);
    resetLargeTextForTests();
    expect(isLargeText()).toBe(true);
    const { container } = render(<PageShell>会员卡</PageShell>);
    expect(shell(container).className).toContain('nx-shell--large');
  });
});
