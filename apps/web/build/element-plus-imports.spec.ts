import { exportsByName, rewriteElementPlusImports } from './element-plus-imports.js';

describe('Element Plus imports from the components’ own modules', () => {
  const owner = exportsByName();

  it('knows which module exports each component, sub-components and functions included', () => {
    expect(owner.get('ElButton')).toBe('element-plus/es/components/button/index.mjs');
    expect(owner.get('ElFormItem')).toBe('element-plus/es/components/form/index.mjs');
    expect(owner.get('ElDescriptionsItem')).toBe('element-plus/es/components/descriptions/index.mjs');
    expect(owner.get('ElMessage')).toBe('element-plus/es/components/message/index.mjs');
    expect(owner.get('ElLoadingDirective')).toBe('element-plus/es/components/loading/index.mjs');
  });

  it('splits an import from the index into one import per module, keeping aliases', () => {
    const code = [
      "import { ElButton as __c0, ElForm, ElFormItem } from 'element-plus/es';",
      'import { ElMessage } from "element-plus";',
      "import { ref } from 'vue';",
    ].join('\n');
    expect(rewriteElementPlusImports(code, owner)).toBe(
      [
        "import { ElButton as __c0 } from 'element-plus/es/components/button/index.mjs';",
        "import { ElForm, ElFormItem } from 'element-plus/es/components/form/index.mjs';",
        "import { ElMessage } from 'element-plus/es/components/message/index.mjs';",
        "import { ref } from 'vue';",
      ].join('\n'),
    );
  });

  it('leaves other imports, and names it does not know, where they were', () => {
    expect(
      rewriteElementPlusImports("import { ref } from 'vue';\nimport 'element-plus/es/components/button/style/css';", owner),
    ).toBeNull();
    expect(rewriteElementPlusImports("import { notAComponent } from 'element-plus';", owner)).toBe(
      "import { notAComponent } from 'element-plus';",
    );
  });
});
