import { Button, Dialog, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import type { StaffGrantRow } from '@core/contracts/staff-admin.schemas';
import { staffRoleLabels, type StaffRole } from '@core/enums/staff-role';
import { EmptyState } from '../../../components/EmptyState';
import { FormField } from '../../../components/FormField';
import { LoadState } from '../../../components/LoadState';
import { PageShell } from '../../../components/PageShell';
import { useQuery } from '../../../hooks/use-query';
import { useSubmit } from '../../../hooks/use-submit';
import { useToast } from '../../../hooks/use-toast';
import { grantStaff } from '../../../services/directory/grant-staff';
import { listStaff } from '../../../services/directory/list-staff';
import { openPage, routes } from '../../../utils/navigate';
import { memberNoFromScan } from '../move/member-no-from-scan';
import './index.scss';

const allRoles = Object.keys(staffRoleLabels) as StaffRole[];

/** The form: a new person (by 会员号) or a listed row whose roles change. */
interface Draft {
  row: StaffGrantRow | null;
  memberNo: string;
  unionId: string;
  roles: StaffRole[];
}

/**
 * 工作人员: who serves which union of the admin's subtree and as what; 添加工作人员 by the member number
 * on the person's card (typed or scanned), roles changed or taken away after a confirm.
 */
export default function StaffPeoplePage() {
  const [toast, showToast] = useToast();
  const staff = useQuery(() => listStaff());
  useDidShow(() => void staff.reload());
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  const grant = useSubmit(
    (requestId, d: Draft) =>
      grantStaff({ ...(d.row ? { grantId: d.row.id } : { memberNo: d.memberNo.trim() }), unionId: d.unionId, roles: d.roles }, requestId),
    (d) => `${d.row?.id ?? d.memberNo}:${d.unionId}:${d.roles.join('+')}`,
  );
  const unions = staff.data?.unions ?? [];
  const rows = staff.data?.items ?? [];

  const startAdding = () => {
    setErrors({});
    setDraft({ row: null, memberNo: '', unionId: unions[0]?.id ?? '', roles: ['reviewer'] });
  };
  const startChanging = (row: StaffGrantRow) => {
    setErrors({});
    setDraft({ row, memberNo: row.member?.memberNo ?? '', unionId: row.union.id, roles: [...row.roles] });
  };
  const update = (patch: Partial<Draft>) => setDraft((current) => (current ? { ...current, ...patch } : current));
  const toggleRole = (role: StaffRole) =>
    draft && update({ roles: draft.roles.includes(role) ? draft.roles.filter((r) => r !== role) : allRoles.filter((r) => r === role || draft.roles.includes(r)) });

  const scan = async () => {
    try {
      const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      const number = memberNoFromScan(result);
      if (!number) return showToast('这不是暖新会员卡的二维码', 'fail');
      update({ memberNo: number });
    } catch {
      // Closed the camera: nothing to do.
    }
  };

  const askToConfirm = () => {
    if (!draft) return;
    const problems = {
      ...(draft.row || /^NX\d{10}$/i.test(draft.memberNo.trim()) ? {} : { memberNo: '会员号是NX加10位数字，如NX2026000042' }),
      ...(draft.unionId ? {} : { unionId: '请选择工会' }),
      ...(draft.row || draft.roles.length > 0 ? {} : { roles: '请至少选一个角色' }),
    };
    setErrors(problems);
    if (Object.keys(problems).length === 0) setConfirming(true);
  };

  const send = async () => {
    setConfirming(false);
    if (!draft) return;
    const result = await grant.submit(draft);
    if (!result) return;
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      return showToast(result.error.message, 'fail');
    }
    showToast(result.data.grant ? '已保存' : '已取消全部角色', 'success');
    setDraft(null);
    await staff.reload();
  };

  const unionName = unions.find((u) => u.id === draft?.unionId)?.name ?? '';
  const confirmTitle = !draft ? '' : draft.roles.length === 0 ? `取消在${unionName}的全部角色？` : `在${unionName}担任${draft.roles.map((r) => staffRoleLabels[r]).join('、')}？`;

  return (
    <PageShell className="nx-people">
      <LoadState loading={staff.loading} error={staff.error} hasData={!!staff.data} onRetry={() => void staff.reload()}>
        <View className="nx-people__actions nx-stack">
          <Button className="nx-people-add" type="primary" size="large" block onClick={startAdding}>
            添加工作人员
          </Button>
          <Button className="nx-people-unions" fill="outline" block onClick={() => openPage(routes.staffUnions)}>
            工会管理
          </Button>
        </View>

        {draft ? (
          <View className="nx-card nx-people-form">
            <Text className="nx-card__title">{draft.row ? `修改${draft.row.member?.name ?? '未入会人员'}的角色` : '添加工作人员'}</Text>
            {draft.row ? null : (
              <FormField id="nx-field-memberNo" label="会员号" hint="看对方会员卡上 NX 开头的号码，或扫会员卡上的二维码" error={errors.memberNo}>
                <Input className="nx-people-member-no" value={draft.memberNo} maxLength={12} placeholder="如 NX2026000042" clearable onChange={(memberNo) => update({ memberNo })} />
                {process.env.TARO_ENV === 'weapp' ? (
                  <Button className="nx-people-scan" fill="outline" block onClick={() => void scan()}>
                    扫会员卡
                  </Button>
                ) : null}
              </FormField>
            )}
            {draft.row ? null : (
              <FormField id="nx-field-unionId" label="在哪个工会" hint="只列出你负责的工会" error={errors.unionId}>
                <View className="nx-people-chips">
                  {unions.map((union) => (
                    <View key={union.id} id={`nx-people-union-${union.id}`} className={`nx-people-chip ${draft.unionId === union.id ? 'nx-people-chip--on' : ''}`} onClick={() => update({ unionId: union.id })}>
                      <Text>{`${'　'.repeat(union.depth)}${union.name}`}</Text>
                    </View>
                  ))}
                </View>
              </FormField>
            )}
            <FormField id="nx-field-roles" label="角色" hint="审核员：入会和转会审核；服务专员：核销、案件、活动；管理员：还能管工作人员和工会" error={errors.roles}>
              <View className="nx-people-chips nx-people-chips--row">
                {allRoles.map((role) => (
                  <View key={role} id={`nx-people-role-${role}`} className={`nx-people-chip ${draft.roles.includes(role) ? 'nx-people-chip--on' : ''}`} onClick={() => toggleRole(role)}>
                    <Text>{staffRoleLabels[role]}</Text>
                  </View>
                ))}
              </View>
            </FormField>
            <Button className="nx-people-save" type="primary" size="large" block loading={grant.busy} onClick={askToConfirm}>
              {draft.row && draft.roles.length === 0 ? '取消全部角色' : '保存'}
            </Button>
            <Button className="nx-people-cancel" fill="none" block onClick={() => setDraft(null)}>
              不改了
            </Button>
          </View>
        ) : null}

        {rows.length === 0 ? (
          <EmptyState title="还没有工作人员" description="点“添加工作人员”，输入或扫描对方的会员号。" />
        ) : (
          rows.map((row) => (
            <View key={row.id} id={`nx-people-row-${row.union.id}-${row.member?.memberNo ?? 'x'}`} className="nx-card nx-people-row">
              <Text className="nx-people-row__name">{row.member ? row.member.name : '未入会'}{row.isMe ? '（我）' : ''}</Text>
              <Text className="nx-people-row__line">{row.member ? `${row.member.memberNo} · ${row.member.phoneMasked}` : '不是会员，只能取消角色'}</Text>
              <Text className="nx-people-row__line">{row.union.name}：{row.roles.map((r) => staffRoleLabels[r]).join('、')}</Text>
              <Button className="nx-people-change" fill="outline" onClick={() => startChanging(row)}>
                改角色
              </Button>
            </View>
          ))
        )}
      </LoadState>
      <Dialog
        className="nx-people-confirm"
        visible={confirming}
        title={confirmTitle}
        content="对方下次打开小程序时生效，这次办理会记入工会的操作记录。"
        confirmText="确认"
        cancelText="再看看"
        onCancel={() => setConfirming(false)}
        onClose={() => setConfirming(false)}
        onConfirm={() => void send()}
      />
      {toast}
    </PageShell>
  );
}
