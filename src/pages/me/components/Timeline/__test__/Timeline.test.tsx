import { act, fireEvent, render } from '@testing-library/react';
import { Timeline } from '../Timeline';

const sections = [
  { key: 'membership', label: '会籍' },
  { key: 'welfare', label: '礼包' },
  { key: 'legal', label: '法律援助' },
];
const entry = (id: string, section: string, title: string, at: number, link: string | null) => ({ id, section, title, detail: null, at, badge: null, link });
const items = [
  entry('welfare:1', 'welfare', '领取送清凉礼包', 3_000, '/packages/welfare/voucher?id=1'),
  entry('membership:joined', 'membership', '入会通过', 2_000, '/pages/card/index'),
  entry('membership:past', 'membership', '退会', 1_000, null),
];

describe('Timeline (我的记录)', () => {
  it('filters by the features that have entries, and opens an entry\'s page', () => {
    const onOpen = jest.fn();
    const { container } = render(<Timeline sections={sections} items={items} onOpen={onOpen} />);
    const titles = () => Array.from(container.querySelectorAll('.nx-timeline__title')).map((node) => node.textContent);
    expect(titles()).toEqual(['领取送清凉礼包', '入会通过', '退会']);
    // 法律援助 has no entries: no filter for it.
    expect(Array.from(container.querySelectorAll('.nx-timeline__filter')).map((node) => node.textContent)).toEqual(['全部', '会籍', '礼包']);

    act(() => {
      fireEvent.click(container.querySelector('#nx-timeline-filter-membership') as HTMLElement);
    });
    expect(titles()).toEqual(['入会通过', '退会']);

    act(() => {
      fireEvent.click(container.querySelectorAll('.nx-timeline-entry')[0] as HTMLElement);
      fireEvent.click(container.querySelectorAll('.nx-timeline-entry')[1] as HTMLElement);
    });
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen).toHaveBeenCalledWith('/pages/card/index');
  });

  it('says there is nothing yet', () => {
    const { getByText } = render(<Timeline sections={sections} items={[]} onOpen={jest.fn()} />);
    expect(getByText('还没有记录')).toBeTruthy();
  });
});
