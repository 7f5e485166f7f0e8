import { maskIdNumber, maskPhone } from '@core/rules/mask';
import type { MemberDoc } from '../common/collections/members.collection';
import { uniqueKeyIdOf } from '../common/collections/unique-keys.collection';
import type { PiiCipher } from '../common/pii/pii-cipher';

/** A phone as stored (DESIGN.md): hash for dedupe, ciphertext, masked form, and the id of its unique key. */
export const sealPhone = (pii: PiiCipher, phone: string) => {
  const phoneHash = pii.hash('phone', phone);
  return {
    fields: { phoneHash, phoneCipher: pii.encrypt(phone), phoneMasked: maskPhone(phone) } satisfies Partial<MemberDoc>,
    keyId: uniqueKeyIdOf('phone', phoneHash),
  };
};

/** ID number and phone as stored (DESIGN.md): hash for dedupe, ciphertext, masked form. */
export const sealPersonalData = (pii: PiiCipher, idNumber: string, phone: string) => {
  const idHash = pii.hash('idNumber', idNumber);
  const sealedPhone = sealPhone(pii, phone);
  return {
    fields: {
      idHash,
      idCipher: pii.encrypt(idNumber),
      idMasked: maskIdNumber(idNumber),
      ...sealedPhone.fields,
    } satisfies Partial<MemberDoc>,
    keys: { idNumber: uniqueKeyIdOf('idNumber', idHash), phone: sealedPhone.keyId },
  };
};
