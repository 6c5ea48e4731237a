/**
 * A seeded, fast generator of realistic Chinese demands and outcomes (and deals) for
 * benchmarks: per-field vocabulary, varied lengths, the same output for the same seed.
 */
import { Faker, zh_CN, base } from '@faker-js/faker';
import { COOPERATION_MODES, CONTRACT_TYPES, FIELDS, type CooperationMode, type ContractType, type Field } from '@app/common';
import { VOCABULARY } from './vocabulary.js';

export interface GeneratedDemand {
  title: string;
  description: string;
  field: Field;
  keywords: string[];
  budgetMax: string | null;
  region: string;
  cooperationModes: CooperationMode[];
}

export interface GeneratedOutcome {
  title: string;
  abstract: string;
  field: Field;
  keywords: string[];
  trl: number;
  transferModes: CooperationMode[];
  askingPrice: string | null;
}

export interface GeneratedDeal {
  contractType: ContractType;
  field: Field;
  amount: string;
  technologyAmount: string;
  signedAt: string;
}

export class ListingGenerator {
  private readonly faker: Faker;

  constructor(seed = 20261127) {
    this.faker = new Faker({ locale: [zh_CN, base] });
    this.faker.seed(seed);
  }

  private pick<T>(items: readonly T[]): T {
    return this.faker.helpers.arrayElement(items);
  }

  private some<T>(items: readonly T[], min: number, max: number): T[] {
    return this.faker.helpers.arrayElements(items, { min, max: Math.min(max, items.length) });
  }

  /** Yuan as an exact decimal string, from whole 万元 steps (as budgets and prices are quoted). */
  private yuan(minWan: number, maxWan: number): string {
    return `${this.faker.number.int({ min: minWan, max: maxWan }) * 10000}.00`;
  }

  demand(): GeneratedDemand {
    const field = this.pick(FIELDS);
    const v = VOCABULARY[field];
    const product = this.pick(v.products);
    const symptom = this.pick(v.symptoms);
    const goal = this.pick(v.goals);
    const sentences = [
      `我们公司主要生产${product}，${this.faker.number.int({ min: 3, max: 20 })}年来一直在本地经营。`,
      `最近${symptom}，${this.pick(['客户投诉不少', '返工成本很高', '影响了交货', '老师傅也找不到原因'])}。`,
      `希望找到高校或科研院所的团队，帮助我们${goal}。`,
      ...this.some(
        [
          `现有生产线${this.faker.number.int({ min: 2, max: 12 })}条，可以提供试验场地。`,
          `另外${this.pick(v.symptoms)}的问题也想一并解决。`,
          `预计年产值${this.faker.number.int({ min: 500, max: 20000 })}万元，愿意长期合作。`,
          `可以接受先小批量试用再推广。`,
        ],
        0,
        3,
      ),
    ];
    return {
      title: `${product}${symptom}，求${goal}方案`.slice(0, 60),
      description: sentences.join(''),
      field,
      keywords: this.some([...v.keywords, product], 2, 5),
      budgetMax: this.faker.datatype.boolean(0.7) ? this.yuan(5, 300) : null,
      region: '331127',
      cooperationModes: this.some(COOPERATION_MODES, 1, 3),
    };
  }

  outcome(): GeneratedOutcome {
    const field = this.pick(FIELDS);
    const v = VOCABULARY[field];
    const technique = this.pick(v.techniques);
    const product = this.pick(v.products);
    const result = this.pick(v.results);
    const sentences = [
      `本成果基于${technique}，面向${product}等领域的${this.pick(v.goals)}需求。`,
      `研究团队${this.pick(['经过五年攻关', '联合企业开展试验', '依托省重点实验室', '在国家自然科学基金支持下'])}，${result}。`,
      ...this.some(
        [
          `关键工艺参数已优化，${this.pick(v.results)}。`,
          `可提供技术培训和现场指导。`,
          `已在${this.faker.number.int({ min: 1, max: 15 })}家企业应用示范。`,
          `同时涉及${this.pick(v.techniques)}，具有较好的推广前景。`,
        ],
        0,
        3,
      ),
    ];
    return {
      title: `${technique}在${product}中的应用`.slice(0, 60),
      abstract: sentences.join(''),
      field,
      keywords: this.some([...v.keywords, technique], 2, 5),
      trl: this.faker.number.int({ min: 2, max: 9 }),
      transferModes: this.some(COOPERATION_MODES, 1, 3),
      askingPrice: this.faker.datatype.boolean(0.6) ? this.yuan(3, 500) : null,
    };
  }

  deal(year: number): GeneratedDeal {
    const amountFen = BigInt(this.faker.number.int({ min: 1_000_000, max: 500_000_000 }));
    const techShare = BigInt(this.faker.number.int({ min: 50, max: 100 }));
    const technologyFen = (amountFen * techShare) / 100n;
    const month = this.faker.number.int({ min: 1, max: 12 });
    const day = this.faker.number.int({ min: 1, max: 28 });
    const fmt = (fen: bigint) => `${fen / 100n}.${(fen % 100n).toString().padStart(2, '0')}`;
    return {
      contractType: this.pick(CONTRACT_TYPES),
      field: this.pick(FIELDS),
      amount: fmt(amountFen),
      technologyAmount: fmt(technologyFen),
      signedAt: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    };
  }

  /** A search query as users type it: a keyword or two of one field. */
  query(): string {
    const v = VOCABULARY[this.pick(FIELDS)];
    return this.some([...v.keywords, ...v.products], 1, 2).join(' ');
  }
}
