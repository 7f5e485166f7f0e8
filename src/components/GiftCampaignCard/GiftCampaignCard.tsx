import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { GiftCampaign } from '@core/contracts/drive.contract';
import type { MemberStatus } from '@core/enums/member-status';
import './GiftCampaignCard.scss';

export interface GiftCampaignCardProps {
  campaign: GiftCampaign;
  /** Where the worker stands: the pack is claimed as a member, so only an approved one gets the button. */
  membership: 'none' | MemberStatus;
  onClaim: (campaign: GiftCampaign) => void;
}

const waitingLines: Record<Exclude<GiftCampaignCardProps['membership'], 'approved'>, string> = {
  none: '入会审核通过后，在这里领取',
  pending: '审核通过后在这里领取',
  rejected: '重新提交入会申请，审核通过后在这里领取',
  withdrawn: '重新入会、审核通过后在这里领取',
};

/** 入会送礼包: the drive's campaign for its joiners — what to wait for, or 去领取 once a member. */
export function GiftCampaignCard({ campaign, membership, onClaim }: GiftCampaignCardProps) {
  return (
    <View className="nx-card nx-gift-card" id={`nx-gift-${campaign.id}`}>
      <Text className="nx-gift-card__title">入会送礼包：{campaign.title}</Text>
      {membership === 'approved' ? (
        <>
          <Text className="nx-gift-card__line">你已是会员，现在就可以领取</Text>
          <Button className="nx-gift-claim" type="primary" size="large" block onClick={() => onClaim(campaign)}>
            去领取礼包
          </Button>
        </>
      ) : (
        <Text className="nx-gift-card__line nx-gift-card__wait">{waitingLines[membership]}</Text>
      )}
    </View>
  );
}
