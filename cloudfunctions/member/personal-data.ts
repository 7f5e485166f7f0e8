import { maskIdNumber, maskPhone } from '@core/rules/mask';
import type { MemberDoc } from '../common/collections/members.collection';
import { uniqueKeyIdOf } from '../common/collections/unique-keys.collection';
import type { PiiCipher } from '../common/pii/pii-cipher';

/** ID number and phone as stored (DESIGN.md): hash for dedupe, ciphertext, masked form. */
export const sealPersonalData = (pii: PiiCipher, idNumber: string, phone: string) => {
  const idHash = pii.hash('idNumber', idNumber);
  const phoneHash = pii.hash('phone', phone);
  return {
    fields: {
      idHash,
      idCipher: pii.encrypt(idNumber),
      idMasked: maskIdNumber(idNumber),
      phoneHash,
      phoneCipher: pii.encrypt(phone),
      phoneMasked: maskPhone(phone),
    } satisfies Partial<MemberDoc>,
    keys: { idNumber: uniqueKeyIdOf('idNumber', idHash), phone: uniqueKeyIdOf('phone', phoneHash) },
  };
};
