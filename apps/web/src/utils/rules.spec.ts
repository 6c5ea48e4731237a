import * as rules from './rules.js';

const key = (p: rules.Problem) => p?.key ?? null;

describe('web form rules', () => {
  describe('creditCode', () => {
    it('accepts a checksummed code in any case and names what is wrong otherwise', () => {
      expect(key(rules.creditCode('91331127MA28QL001B'))).toBeNull();
      expect(key(rules.creditCode('91331127ma28ql001b'))).toBeNull();
      expect(key(rules.creditCode('91331127MA28QL001C'))).toBe('v.creditCodeChecksum');
      expect(key(rules.creditCode('91331127MA28QL00'))).toBe('v.creditCodeLength');
      expect(key(rules.creditCode('91331127MA28QL00IO'))).toBe('v.creditCodeChars');
      expect(key(rules.creditCode(''))).toBe('v.required');
    });
  });

  describe('region', () => {
    it('wants six digits starting with a province', () => {
      expect(key(rules.region('331127'))).toBeNull();
      expect(key(rules.region('991127'))).toBe('v.region');
      expect(key(rules.region('33112'))).toBe('v.region');
    });
  });

  describe('amount', () => {
    it('mirrors the server: at most two decimals, above zero, below the cap, no commas', () => {
      expect(key(rules.amount('500000.00'))).toBeNull();
      expect(key(rules.amount(''))).toBeNull();
      expect(key(rules.amount('', { required: true }))).toBe('v.required');
      expect(key(rules.amount('12,000'))).toBe('v.money');
      expect(key(rules.amount('1.234'))).toBe('v.money');
      expect(key(rules.amount('-1'))).toBe('v.money');
      expect(key(rules.amount('0.00'))).toBe('v.moneyZero');
      expect(key(rules.amount('1000000000000.01'))).toBe('v.moneyTooLarge');
    });
  });

  describe('patentNumber', () => {
    it('verifies the check character and accepts CN/ZL prefixes', () => {
      expect(key(rules.patentNumber('201310699744.2'))).toBeNull();
      expect(key(rules.patentNumber('ZL201310699744.2'))).toBeNull();
      expect(key(rules.patentNumber('CN 2013106997442'))).toBeNull();
      expect(key(rules.patentNumber('201310699744.3'))).toBe('v.patentChecksum');
      expect(key(rules.patentNumber('199910699744.2'))).toBe('v.patentFormat');
    });
  });

  describe('phone', () => {
    it('accepts mainland mobiles and landlines with area codes', () => {
      expect(key(rules.phone('13812345678'))).toBeNull();
      expect(key(rules.phone('+8613812345678'))).toBeNull();
      expect(key(rules.phone('0578-6123456'))).toBeNull();
      expect(key(rules.phone('12345'))).toBe('v.phone');
    });
  });

  describe('keywords', () => {
    it('wants 1–10 distinct words of at most 20 characters', () => {
      expect(key(rules.keywords(['杀青', '绿茶']))).toBeNull();
      expect(key(rules.keywords([]))).toBe('v.keywordsRequired');
      expect(key(rules.keywords(Array.from({ length: 11 }, (_, i) => `k${i}`)))).toBe('v.keywordsTooMany');
      expect(key(rules.keywords(['杀青', '杀青']))).toBe('v.keywordsRepeat');
      expect(key(rules.keywords(['这是一个超过二十个字符的非常非常长的关键词示例文本']))).toBe('v.keywordTooLong');
    });
  });

  describe('password', () => {
    it('follows the server policy', () => {
      expect(key(rules.password('Tea2026harvest'))).toBeNull();
      expect(key(rules.password('short1'))).toBe('v.passwordShort');
      expect(key(rules.password('onlyletterslong'))).toBe('v.passwordMix');
      expect(key(rules.password('chenzhiyuan2026', 'chenzhiyuan@example.cn'))).toBe('v.passwordEmail');
    });
  });

  describe('dates', () => {
    it('checks deadlines and signing dates against today in China', () => {
      const today = rules.todayInChina();
      expect(key(rules.futureDate(today))).toBeNull();
      expect(key(rules.futureDate('2000-01-01'))).toBe('v.dateInPast');
      expect(key(rules.pastOrToday(today))).toBeNull();
      expect(key(rules.pastOrToday('2999-01-01'))).toBe('v.dateInFuture');
      expect(rules.todayInChina(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
    });
  });

  describe('registrationNo', () => {
    it('wants year, division code and serial', () => {
      expect(key(rules.registrationNo('2026331127000123AB'))).toBeNull();
      expect(key(rules.registrationNo(''))).toBeNull();
      expect(key(rules.registrationNo('2026991127000123AB'))).toBe('v.registrationNo');
      expect(key(rules.registrationNo('ABC'))).toBe('v.registrationNo');
    });
  });
});
