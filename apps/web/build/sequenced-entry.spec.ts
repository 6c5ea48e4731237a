import { bootSource, evaluationOrder } from './sequenced-entry.js';

describe('the first page’s chunks evaluated one per task', () => {
  // index.js → app.js → (vue.js, element-plus.js → vue.js), as the build writes them.
  const bundle = {
    'assets/index.js': { imports: ['assets/app.js'] },
    'assets/app.js': { imports: ['assets/vue.js', 'assets/element-plus.js'] },
    'assets/element-plus.js': { imports: ['assets/vue.js'] },
    'assets/vue.js': { imports: [] },
  };

  it('orders the entry’s static imports dependencies first, each once, without the entry', () => {
    expect(evaluationOrder('assets/index.js', bundle)).toEqual(['assets/vue.js', 'assets/element-plus.js', 'assets/app.js']);
  });

  it('imports each chunk in a task of its own, then the entry', () => {
    const source = bootSource('/', ['assets/vue.js', 'assets/app.js'], 'assets/index.js');
    const steps = source.split('\n').filter((line) => line.startsWith('await '));
    expect(steps).toEqual([
      'await import("/assets/vue.js");',
      'await nextTask();',
      'await import("/assets/app.js");',
      'await nextTask();',
      'await import("/assets/index.js");',
    ]);
  });
});
