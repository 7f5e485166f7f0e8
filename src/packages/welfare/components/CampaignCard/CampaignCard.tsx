import { Button } from '@nutui/nutui-react-taro';
import { Image, Text, View } from '@tarojs/components';
import type { CampaignView } from '@core/contracts/welfare.contract';
import { availabilityLabels, campaignKindLabels } from '@core/enums/welfare';
import { eligibilityText, formatDay, formatWhen } from '../../welfare-format';
import './CampaignCard.scss';

export interface CampaignCardProps {
  campaign: CampaignView;
  onClaim: (campaign: CampaignView) => void;
  onWaitlist: (campaign: CampaignView) => void;
  onOpenVoucher: () => void;
  onJoin: () => void;
}

/** What the worker can do about this campaign now, in one line or one big button. */
function Action({ campaign, onClaim, onWaitlist, onOpenVoucher, onJoin }: CampaignCardProps) {
  switch (campaign.availability) {
    case 'claimable':
      return (
        <Button type="primary" size="large" block className="nx-campaign-claim" onClick={() => onClaim(campaign)}>
          领取
        </Button>
      );
    case 'claimed':
      return (
        <Button size="large" block className="nx-campaign-voucher" onClick={onOpenVoucher}>
          已领到礼包券，去查看
        </Button>
      );
    case 'notMember':
      return (
        <View className="nx-campaign__gate">
          <Text className="nx-campaign__why">{availabilityLabels.notMember}</Text>
          <Button type="primary" size="large" block className="nx-campaign-join" onClick={onJoin}>
            去入会
          </Button>
        </View>
      );
    case 'soldOut':
      return (
        <View className="nx-campaign__gate">
          <Text className="nx-campaign__why">已经领完了。有人退回礼包时，排队的人按先后拿到。</Text>
          <Button size="large" block className="nx-campaign-waitlist" onClick={() => onWaitlist(campaign)}>
            排队等候
          </Button>
        </View>
      );
    case 'waitlisted':
      return <Text className="nx-campaign__why nx-campaign-queued">排队中：你是第{campaign.waitlistPosition ?? 1}位，排到时会通知你</Text>;
    case 'notStarted':
      return <Text className="nx-campaign__why">{formatWhen(campaign.claimStartsAt)} 开始领取</Text>;
    default:
      return <Text className="nx-campaign__why">{availabilityLabels[campaign.availability]}</Text>;
  }
}

/** One 送清凉 / 送温暖 campaign on the worker's list: what it is, who may claim, until when, and the way to it. */
export function CampaignCard(props: CampaignCardProps) {
  const { campaign } = props;
  return (
    <View id={`nx-campaign-${campaign.id}`} className={`nx-card nx-campaign nx-campaign--${campaign.kind} nx-campaign--${campaign.availability}`}>
      <View className="nx-campaign__head">
        <Text className={`nx-campaign__kind nx-campaign__kind--${campaign.kind}`}>{campaignKindLabels[campaign.kind]}</Text>
        <Text className="nx-campaign__stock">
          剩 <Text className="nx-campaign__left">{campaign.remaining}</Text> / {campaign.total} 份
        </Text>
      </View>
      {campaign.pictureUrl ? (
        <View className="nx-campaign__picture">
          <Image className="nx-campaign__picture-image" src={campaign.pictureUrl} mode="aspectFill" lazyLoad ariaLabel={`${campaign.title}的图片`} nativeProps={{ alt: `${campaign.title}的图片` }} />
        </View>
      ) : null}
      <Text className="nx-campaign__title">{campaign.title}</Text>
      {campaign.description ? <Text className="nx-campaign__description">{campaign.description}</Text> : null}
      <View className="nx-campaign__facts">
        <Text className="nx-campaign__fact">领取对象：{eligibilityText(campaign)}</Text>
        <Text className="nx-campaign__fact">领券截止：{formatWhen(campaign.claimEndsAt)}</Text>
        <Text className="nx-campaign__fact">到驿站领取：{formatDay(campaign.pickupEndsAt)}前</Text>
        <Text className="nx-campaign__fact">
          {campaign.stations.length}个驿站可领{campaign.perPerson === 'daily' ? '，每人每天一份' : '，每人一份'}
        </Text>
      </View>
      <View className="nx-campaign__action">
        <Action {...props} />
      </View>
    </View>
  );
}
