/** The member card's QR code says `nuanxin:member:<会员号>` (member.card's qrPayload); anything else is not ours. */
export const memberNoFromScan = (scanned: string): string | null => {
  const match = /^nuanxin:member:(NX\d{10})$/.exec(scanned.trim());
  return match ? match[1] : null;
};
