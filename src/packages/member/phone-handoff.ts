/**
 * The number a member just tried, handed from 更换手机号 to 申请核实 so they need not type it again.
 * Kept in memory only: a phone number is not left in storage or in a page address.
 */
let handedOver: string | null = null;

export const handOverPhone = (phone: string): void => {
  handedOver = phone;
};

/** The number handed over, once: a second visit starts empty. */
export const takeHandedOverPhone = (): string => {
  const phone = handedOver ?? '';
  handedOver = null;
  return phone;
};
