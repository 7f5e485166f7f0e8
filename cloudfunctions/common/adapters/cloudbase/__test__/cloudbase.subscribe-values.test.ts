import { fitValue, keywordTypeOf } from '../cloudbase.subscribe-values';

/** 2026-11-29 14:05 in Asia/Shanghai (06:05 UTC). */
const at1405 = Date.parse('2026-11-29T14:05:00+08:00');

describe('keywordTypeOf', () => {
  it.each([
    ['thing1', 'thing'],
    ['thing01', 'thing'],
    ['character_string12', 'character_string'],
    ['phone_number9', 'phone_number'],
    ['car_number3', 'car_number'],
    ['time2', 'time'],
  ])('%s is a %s', (key, type) => expect(keywordTypeOf(key)).toBe(type));

  it.each(['union', 'memberNo', 'time', 'thing', 'Thing1', 'thing_1', '1thing'])('%s is not a keyword id', (key) => expect(keywordTypeOf(key)).toBeNull());
});

describe('fitValue', () => {
  it('leaves a key that is not a keyword id, or of a type WeChat does not list, as it is', () => {
    expect(fitValue('union', '长青站点工会\n（一）')).toBe('长青站点工会\n（一）');
    expect(fitValue('site01', 'TIT创意园')).toBe('TIT创意园');
  });

  describe('thing: 20 characters of any kind', () => {
    it('keeps 20 characters, Chinese counted as one each', () => {
      expect(fitValue('thing1', '排到你了，礼包券已经发到“我的礼包券”')).toBe('排到你了，礼包券已经发到“我的礼包券”');
      expect(fitValue('thing1', '一二三四五六七八九十一二三四五六七八九十')).toBe('一二三四五六七八九十一二三四五六七八九十');
    });

    it('cuts a longer value to 19 and …', () => {
      const cut = fitValue('thing1', '工会核实这个号码已属于他人，请更新你的手机号');
      expect(cut).toBe('工会核实这个号码已属于他人，请更新你的…');
      expect([...(cut ?? '')]).toHaveLength(20);
      expect(fitValue('thing1', `${'a'.repeat(18)}  bbb`)).toBe(`${'a'.repeat(18)}…`);
    });

    it('counts an emoji-free character once even outside the BMP', () => {
      expect([...(fitValue('thing1', '𠀀'.repeat(25)) ?? '')]).toHaveLength(20);
    });

    it('turns newlines and tabs into spaces and drops emoji, which WeChat refuses', () => {
      expect(fitValue('thing1', '  材料不全\n请补交\t证明 👍🏻  ')).toBe('材料不全 请补交 证明');
      expect(fitValue('thing1', '已通过✅️')).toBe('已通过');
      expect(fitValue('thing1', '🇨🇳 长青站点\u200b')).toBe('长青站点');
    });

    it('sends 无 for an empty value, which WeChat refuses', () => {
      expect(fitValue('thing1', '')).toBe('无');
      expect(fitValue('thing1', ' \n ')).toBe('无');
    });
  });

  describe('name: 10 Chinese characters, or 20 letters', () => {
    it('cuts a Chinese or mixed name at 10, without …', () => {
      expect(fitValue('name1', '欧阳娜娜')).toBe('欧阳娜娜');
      expect(fitValue('name1', '阿卜杜热合曼·买买提明')).toBe('阿卜杜热合曼·买买提');
      expect(fitValue('name1', 'Li晓明abcdefghijkl')).toBe('Li晓明abcdef');
    });

    it('cuts a Latin name at 20', () => {
      expect(fitValue('name1', 'Maximilian Alexander Hoffmann')).toBe('Maximilian Alexander');
    });

    it('has no stand-in for a missing name', () => {
      expect(fitValue('name1', '')).toBeNull();
    });
  });

  describe('phrase: up to 5 Chinese characters', () => {
    it('keeps a short phrase, without its signs or spaces', () => {
      expect(fitValue('phrase1', '已受理')).toBe('已受理');
      expect(fitValue('phrase1', ' 审核通过！')).toBe('审核通过');
      expect(fitValue('phrase1', '申请已通过')).toBe('申请已通过');
    });

    it('will not cut a longer one (入会申请已 says something else), nor invent one with no Chinese', () => {
      expect(fitValue('phrase1', '入会申请已通过')).toBeNull();
      expect(fitValue('phrase1', 'OK')).toBeNull();
    });

    it('sends 无 for an empty value', () => {
      expect(fitValue('phrase1', '')).toBe('无');
    });
  });

  describe('character_string: 32 letters, digits or signs', () => {
    it('keeps a member number, a masked phone or ID number', () => {
      expect(fitValue('character_string1', 'NX2026000042')).toBe('NX2026000042');
      expect(fitValue('character_string1', '138****5678')).toBe('138****5678');
      expect(fitValue('character_string1', '530321********1234')).toBe('530321********1234');
    });

    it('reads full-width characters as ASCII and drops spaces', () => {
      expect(fitValue('character_string1', 'ＮＸ２０２６ 000042')).toBe('NX2026000042');
    });

    it('never cuts a code, and refuses Chinese or an empty value', () => {
      expect(fitValue('character_string1', 'a'.repeat(32))).toBe('a'.repeat(32));
      expect(fitValue('character_string1', 'a'.repeat(33))).toBeNull();
      expect(fitValue('character_string1', '会员NX2026000042')).toBeNull();
      expect(fitValue('character_string1', '')).toBeNull();
    });
  });

  describe('number: 32 digits, decimals allowed', () => {
    it('keeps digits and a decimal part, dropping thousands commas', () => {
      expect(fitValue('number1', '42')).toBe('42');
      expect(fitValue('number1', '1,200.5')).toBe('1200.5');
      expect(fitValue('number1', '１２')).toBe('12');
    });

    it('refuses more than 32 digits, signs, words or nothing', () => {
      expect(fitValue('number1', '9'.repeat(32))).toBe('9'.repeat(32));
      expect(fitValue('number1', '9'.repeat(33))).toBeNull();
      expect(fitValue('number1', '-3')).toBeNull();
      expect(fitValue('number1', '3份')).toBeNull();
      expect(fitValue('number1', '')).toBeNull();
    });
  });

  describe('amount: up to 10 integer digits, cents, 元', () => {
    it.each([
      ['30', '30元'],
      ['30元', '30元'],
      ['12.5', '12.50元'],
      ['￥1,200.00', '1200.00元'],
      ['¥ 0.994', '0.99元'],
      ['0.995', '1.00元'],
      ['007', '7元'],
      ['$12.5', '$12.50'],
      ['9999999999', '9999999999元'],
    ])('%s → %s', (value, fitted) => expect(fitValue('amount1', value)).toBe(fitted));

    it.each(['12345678901', '9999999999.995', '三十元', '-5', '1.2.3', ''])('refuses %s', (value) => expect(fitValue('amount1', value)).toBeNull());
  });

  describe('phone_number: 17 digits and signs', () => {
    it('keeps a phone, masked or with its area code, without spaces', () => {
      expect(fitValue('phone_number1', '138****5678')).toBe('138****5678');
      expect(fitValue('phone_number1', '+86-0766-66888866')).toBe('+86-0766-66888866');
      expect(fitValue('phone_number1', '(0871) 6512 3456')).toBe('(0871)65123456');
    });

    it('refuses more than 17, letters or Chinese', () => {
      expect(fitValue('phone_number1', '+86-0766-668888661')).toBeNull();
      expect(fitValue('phone_number1', '0871-65123456转8')).toBeNull();
      expect(fitValue('phone_number1', '')).toBeNull();
    });
  });

  describe('car_number: 8, Chinese only first and last', () => {
    it('keeps a plate in capitals, without its dot or spaces', () => {
      expect(fitValue('car_number1', '粤A8Z888挂')).toBe('粤A8Z888挂');
      expect(fitValue('car_number1', '云a·12345')).toBe('云A12345');
      expect(fitValue('car_number1', '京 AD 12345')).toBe('京AD12345');
    });

    it('refuses more than 8 or Chinese in the middle', () => {
      expect(fitValue('car_number1', '粤A8Z8888挂')).toBeNull();
      expect(fitValue('car_number1', '粤A临888挂')).toBeNull();
      expect(fitValue('car_number1', '')).toBeNull();
    });
  });

  describe('letter and symbol', () => {
    it('keeps up to 32 letters, up to 5 signs', () => {
      expect(fitValue('letter1', 'ABC')).toBe('ABC');
      expect(fitValue('letter1', 'A1')).toBeNull();
      expect(fitValue('letter1', 'a'.repeat(33))).toBeNull();
      expect(fitValue('symbol1', '★')).toBe('★');
      expect(fitValue('symbol1', '!!!!!!')).toBeNull();
      expect(fitValue('symbol1', 'a')).toBeNull();
    });
  });

  describe('time: a clock time, with its day, in Asia/Shanghai', () => {
    it('formats epoch ms and ISO instants as 2026年11月29日 14:05', () => {
      expect(fitValue('time1', String(at1405))).toBe('2026年11月29日 14:05');
      expect(fitValue('time1', '2026-11-29T06:05:00.000Z')).toBe('2026年11月29日 14:05');
      expect(fitValue('time1', '2026-11-29T14:05:00+08:00')).toBe('2026年11月29日 14:05');
      expect(fitValue('time1', '2026-11-29T15:05+0900')).toBe('2026年11月29日 14:05');
    });

    it('reads an ISO time with no zone as Asia/Shanghai, whatever the server runs in', () => {
      expect(fitValue('time1', '2026-11-29T14:05')).toBe('2026年11月29日 14:05');
    });

    it('moves a UTC evening onto the next Shanghai day', () => {
      expect(fitValue('time1', '2026-12-31T16:30:00Z')).toBe('2027年1月1日 00:30');
    });

    it('passes text already in a WeChat form, joining a period with ~', () => {
      expect(fitValue('time1', '14:05')).toBe('14:05');
      expect(fitValue('time1', '2026年11月29日 14:05')).toBe('2026年11月29日 14:05');
      expect(fitValue('time1', '2026-11-29 14:05')).toBe('2026-11-29 14:05');
      expect(fitValue('time1', '12月3日 08:00-08:30')).toBe('12月3日 08:00~08:30');
      expect(fitValue('time1', '12月3日 08:00 ～ 08:30')).toBe('12月3日 08:00~08:30');
      expect(fitValue('time1', '１４：０５')).toBe('14:05');
    });

    it('refuses a day with no clock time, words, or nothing', () => {
      expect(fitValue('time1', '2026-11-29')).toBeNull();
      expect(fitValue('time1', '2026年11月29日')).toBeNull();
      expect(fitValue('time1', '明天上午')).toBeNull();
      expect(fitValue('time1', '12月3日 08:00~08:30~09:00')).toBeNull();
      expect(fitValue('time1', '')).toBeNull();
    });
  });

  describe('date: a day, its clock time too unless midnight', () => {
    it('formats instants in Asia/Shanghai', () => {
      expect(fitValue('date1', String(at1405))).toBe('2026年11月29日 14:05');
      expect(fitValue('date1', String(Date.parse('2026-11-29T00:00:00+08:00')))).toBe('2026年11月29日');
      expect(fitValue('date1', '2026-11-28T16:00:00Z')).toBe('2026年11月29日');
      expect(fitValue('date1', '2026-11-29')).toBe('2026年11月29日');
    });

    it('passes days already written out, and periods', () => {
      expect(fitValue('date1', '2026年11月29日')).toBe('2026年11月29日');
      expect(fitValue('date1', '2026/11/29')).toBe('2026/11/29');
      expect(fitValue('date1', '11月29日 14:05')).toBe('11月29日 14:05');
      expect(fitValue('date1', '2026年12月1日~2026年12月3日')).toBe('2026年12月1日~2026年12月3日');
      expect(fitValue('date1', '12月3日 08:00-08:30')).toBe('12月3日 08:00~08:30');
    });

    it('refuses a day or time that does not exist, a bare clock time, or words', () => {
      expect(fitValue('date1', '2026-02-30')).toBeNull();
      expect(fitValue('date1', '2026/02/30')).toBeNull();
      expect(fitValue('date1', '2026年2月30日')).toBeNull();
      expect(fitValue('date1', '13月3日')).toBeNull();
      expect(fitValue('date1', '2026-11-29 24:10')).toBeNull();
      expect(fitValue('date1', '2026-11-29T14:65')).toBeNull();
      expect(fitValue('date1', '14:05')).toBeNull();
      expect(fitValue('date1', '下周一')).toBeNull();
    });
  });

  it('cleans an enum value and refuses an empty one', () => {
    expect(fitValue('enum1', ' 已发货\n')).toBe('已发货');
    expect(fitValue('enum1', '')).toBeNull();
  });
});
