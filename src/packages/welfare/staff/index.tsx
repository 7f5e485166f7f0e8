import { Cell, CellGroup } from '@nutui/nutui-react-taro';
import { Text } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { EmptyState } from '../../../components/EmptyState';
import { LoadState } from '../../../components/LoadState';
import { PageShell } from '../../../components/PageShell';
import { useQuery } from '../../../hooks/use-query';
import { fetchMyMembership } from '../../../services/member/fetch-my-membership';
import { openPage } from '../../../utils/navigate';
import { welfareRoutes } from '../welfare-routes';
import './index.scss';

/** 礼包工作: what staff do for 礼包 and 驿站, each shown to the roles that may do it. */
export default function WelfareStaffHome() {
  const me = useQuery(fetchMyMembership, { auto: false });
  useDidShow(() => {
    void me.reload();
  });
  const roles = new Set((me.data?.staff ?? []).flatMap((grant) => grant.roles));
  const handsOut = roles.has('operator') || roles.has('admin');
  const admin = roles.has('admin');

  return (
    <PageShell className="nx-welfare-staff">
      <LoadState loading={me.loading} error={me.error} hasData={me.data !== undefined} onRetry={() => void me.reload()}>
        {me.data && !handsOut ? (
          <EmptyState mark="礼" title="礼包工作只对服务专员和管理员开放" description="需要这项工作的话，请联系上级工会的管理员开通。" />
        ) : null}
        {handsOut ? (
          <>
            <Text className="nx-section-title">驿站现场</Text>
            <CellGroup className="nx-welfare-staff__group">
              <Cell className="nx-welfare-staff-redeem" title="礼包核销" description="扫礼包券二维码或输入券码，发放礼包" extra="去核销" clickable onClick={() => openPage(welfareRoutes.staffRedeem)} />
            </CellGroup>
            <Text className="nx-section-title">活动</Text>
            <CellGroup className="nx-welfare-staff__group">
              <Cell
                className="nx-welfare-staff-campaigns"
                title="礼包活动"
                description={admin ? '新建活动、补充库存、暂停或结束，看发放统计' : '看本工会活动的发放统计'}
                extra="查看"
                clickable
                onClick={() => openPage(welfareRoutes.staffCampaigns)}
              />
            </CellGroup>
            {admin ? (
              <CellGroup className="nx-welfare-staff__group">
                <Cell className="nx-welfare-staff-stations" title="驿站管理" description="新增驿站，修改地址、开放时间和设施" extra="管理" clickable onClick={() => openPage(`${welfareRoutes.stations}?manage=1`)} />
              </CellGroup>
            ) : null}
          </>
        ) : null}
      </LoadState>
    </PageShell>
  );
}
