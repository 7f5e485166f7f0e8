import { Cell, CellGroup } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { MemberSelfView } from '@core/contracts/member.contract';
import type { TransferSelfView } from '@core/contracts/member-transfer.contract';
import { transferStatusLabels } from '@core/enums/transfer-status';
import { openPage, routes } from '../../../../utils/navigate';
import './MembershipCells.scss';

export interface MembershipCellsProps {
  member: MemberSelfView | null;
  transfer: TransferSelfView | null;
  consentNeeded: boolean;
}

/**
 * What a worker can do about their membership and their data from 我的: the privacy notice to agree
 * to again, 转会, a new phone, 退会 (or joining again), and seeing, exporting or deleting their data.
 */
export function MembershipCells({ member, transfer, consentNeeded }: MembershipCellsProps) {
  const approved = member?.status === 'approved';
  return (
    <>
      {consentNeeded ? (
        <View className="nx-me-consent" id="nx-me-consent" onClick={() => openPage(routes.renewConsent)}>
          <Text className="nx-me-consent__title">隐私说明更新了</Text>
          <Text>请重新阅读并确认，之后才能办理新的事项。点这里查看。</Text>
        </View>
      ) : null}
      {approved ? (
        <CellGroup className="nx-me__group nx-me-membership">
          <Cell
            className="nx-me-transfer"
            title="转会"
            description="会员号和入会日期都不变"
            extra={transfer?.status === 'pending' ? transferStatusLabels.pending : '去申请'}
            clickable
            onClick={() => openPage(routes.transfer)}
          />
          <Cell
            className="nx-me-phone"
            title="更换手机号"
            extra={member.phoneNeedsUpdate ? '需要更新' : member.phoneMasked}
            clickable
            onClick={() => openPage(routes.changePhone)}
          />
          <Cell className="nx-me-withdraw" title="退会" clickable onClick={() => openPage(routes.withdraw)} />
        </CellGroup>
      ) : null}
      {member?.status === 'withdrawn' ? (
        <CellGroup className="nx-me__group">
          <Cell className="nx-me-rejoin" title="重新入会" description={`会员号 ${member.memberNo ?? ''} 为你保留`} extra="去申请" clickable onClick={() => openPage(routes.join)} />
        </CellGroup>
      ) : null}
      <CellGroup className="nx-me__group nx-me-data">
        <Cell className="nx-me-my-data" title="查看和导出我的信息" clickable onClick={() => openPage(routes.myData)} />
        <Cell className="nx-me-delete" title="删除我的信息" clickable onClick={() => openPage(routes.deleteMyData)} />
      </CellGroup>
    </>
  );
}
