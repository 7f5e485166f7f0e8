import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { privacyNoticeSummary, privacyNoticeVersion } from '@core/privacy';
import { NoticeSummary } from '../NoticeSummary';
import './CollectionNotice.scss';

export interface CollectionNoticeProps {
  /** What the tap below records, in one plain sentence (`collectionNotices`). */
  text: string;
}

/**
 * One line before a quick tap that records something about a worker who has not joined (a pack
 * claimed, a drive signed in to): what is kept and why, and the privacy notice opened in place — a
 * short line, not a consent form in the way of a three-tap claim.
 */
export function CollectionNotice({ text }: CollectionNoticeProps) {
  const [open, setOpen] = useState(false);
  return (
    <View className="nx-collection-notice">
      <Text className="nx-collection-notice__text">
        {text}
        <Text className="nx-collection-notice__link" onClick={() => setOpen(!open)}>
          {open ? '收起隐私说明' : '查看隐私说明'}
        </Text>
      </Text>
      {open ? <NoticeSummary lines={privacyNoticeSummary} versionLabel={`隐私说明版本 ${privacyNoticeVersion}`} /> : null}
    </View>
  );
}
