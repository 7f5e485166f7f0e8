import { useDidShow } from '@tarojs/taro';
import { useQuery } from '../../../hooks/use-query';
import { fetchMyMembership } from '../../../services/member/fetch-my-membership';

/**
 * Whether to offer admin actions (create, top up, pause, close, edit). Only the buttons depend on it:
 * the functions decide who may do what.
 */
export function useIsAdmin(): boolean {
  const me = useQuery(fetchMyMembership, { auto: false });
  useDidShow(() => {
    void me.reload();
  });
  return (me.data?.staff ?? []).some((grant) => grant.roles.includes('admin'));
}
