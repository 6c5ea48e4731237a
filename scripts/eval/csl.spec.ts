import { cslGrades, problemSplit, type Paper } from './csl.js';

describe('problemSplit', () => {
  it('takes the sentence with the problem cue as the problem and keeps the rest', () => {
    const split = problemSplit('针对传统方法梳理损伤严重的问题,分析成因.通过正交试验优化工艺参数,损伤降低了13.5%.');
    expect(split).toEqual({ problem: '针对传统方法梳理损伤严重的问题,分析成因.', rest: '通过正交试验优化工艺参数,损伤降低了13.5%.' });
  });
  it('drops the 目的 label', () => {
    expect(problemSplit('目的：建立测定芍药苷含量的方法。方法：采用高效液相色谱法测定三批样品的含量。')?.problem).toBe(
      '建立测定芍药苷含量的方法。',
    );
  });
  it('is null without a cue in the first two sentences', () => {
    expect(problemSplit('本文介绍一种方法。结果良好。针对问题进行了讨论,并给出了更多的结论和建议。')).toBeNull();
  });
});

describe('cslGrades', () => {
  const paper = (id: string, discipline: string, category: string): Paper => ({
    id,
    title: '',
    abstract: '',
    keywords: [],
    discipline,
    category,
  });
  it('grades the paper 3, its discipline 2, its category 1', () => {
    const papers = [
      paper('a', '机械工程', '工学'),
      paper('b', '机械工程', '工学'),
      paper('c', '材料科学与工程', '工学'),
      paper('d', '临床医学', '医学'),
    ];
    expect(cslGrades(papers[0], papers)).toEqual(
      new Map([
        ['a', 3],
        ['b', 2],
        ['c', 1],
      ]),
    );
  });
});
