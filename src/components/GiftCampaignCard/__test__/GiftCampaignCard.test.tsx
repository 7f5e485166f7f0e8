import { fireEvent, render } from '@testing-library/react';
import { GiftCampaignCard } from '../GiftCampaignCard';

const campaign = { id: 'cp-1', title: '夏日送清凉' };

describe('GiftCampaignCard (入会送礼包)', () => {
  it('tells a worker whose application waits that the pack is claimed here once approved, with nothing to tap', () => {
    const onClaim = jest.fn();
    const { container } = render(<GiftCampaignCard campaign={campaign} membership="pending" onClaim={onClaim} />);
    expect(container.querySelector('.nx-gift-card__title')?.textContent).toBe('入会送礼包：夏日送清凉');
    expect(container.textContent).toContain('审核通过后在这里领取');
    expect(container.querySelector('.nx-gift-claim')).toBeNull();
  });

  it('tells a worker who has not joined that the pack comes with an approved membership', () => {
    const { container } = render(<GiftCampaignCard campaign={campaign} membership="none" onClaim={jest.fn()} />);
    expect(container.textContent).toContain('入会审核通过后，在这里领取');
    expect(container.querySelector('.nx-gift-claim')).toBeNull();
  });

  it('offers an approved member the claim, handing back which campaign', () => {
    const onClaim = jest.fn();
    const { container } = render(<GiftCampaignCard campaign={campaign} membership="approved" onClaim={onClaim} />);
    expect(container.textContent).not.toContain('审核通过后');
    fireEvent.click(container.querySelector('.nx-gift-claim') as HTMLElement);
    expect(onClaim).toHaveBeenCalledWith(campaign);
  });
});
