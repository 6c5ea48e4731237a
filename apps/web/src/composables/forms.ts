/**
 * Form plumbing shared by every form: client rules as Element Plus validators (messages in the
 * current language, shown beside the field), the server's 400 `errors[].field` messages shown
 * beside the same fields.
 */
import type { FormInstance, FormItemRule } from 'element-plus';
import { reactive, ref, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { ApiError } from '@/api/client';
import type { Problem } from '@/utils/rules';

type Check<T> = (value: T) => Problem;

/** One client rule → an Element Plus rule; `trigger` blur for text, change for selects. */
export function useRule() {
  const { t } = useI18n();
  return function rule<T>(check: Check<T>, trigger: 'blur' | 'change' | ('blur' | 'change')[] = 'blur'): FormItemRule {
    return {
      trigger,
      validator: (_rule: unknown, value: T, callback: (error?: Error) => void) => {
        const problem = check(value);
        if (problem) callback(new Error(t(problem.key, problem.params ?? {})));
        else callback();
      },
    };
  };
}

/**
 * English server messages we know, in the user's language (the server's own numbers kept);
 * a Chinese gloss the server adds in brackets is used as it is; others are shown as written.
 */
const KNOWN: [RegExp, string][] = [
  [/longer than or equal to (\d+)/i, 'v.minLength'],
  [/shorter than or equal to (\d+)/i, 'v.maxLength'],
  [/mainland mobile|landline/i, 'v.phone'],
  [/patent application number/i, 'v.patentChecksum'],
  [/deadline must not be in the past/i, 'v.dateInPast'],
  [/within ten years/i, 'v.dateTooFar'],
  [/each keyword must be/i, 'v.keywordTooLong'],
  [/must not repeat/i, 'v.keywordsRepeat'],
  [/at least 1 element|must contain at least/i, 'v.chooseOne'],
  [/must be one of|must be an organization id/i, 'v.chooseOne'],
  [/registration number/i, 'v.registrationNo'],
  [/trl must be/i, 'v.trl'],
  [/unified social credit code/i, 'v.creditCodeChecksum'],
  [/administrative division code/i, 'v.region'],
  [/valid email/i, 'v.email'],
  [/at least \d+ characters/i, 'v.passwordShort'],
  [/both letters and digits/i, 'v.passwordMix'],
  [/too common/i, 'v.passwordCommon'],
  [/email name/i, 'v.passwordEmail'],
  [/decimal string in yuan|non-negative amount in yuan/i, 'v.money'],
  [/greater than zero/i, 'v.moneyZero'],
  [/must not exceed 1000000000000/i, 'v.moneyTooLarge'],
  [/should not be empty|is required|must not be empty/i, 'v.required'],
];

export function useServerErrors() {
  const { t, locale } = useI18n();
  const errors = reactive<Record<string, string>>({});
  const message = ref('');

  function translate(text: string): string {
    if (locale.value === 'en') return text;
    const gloss = /[（(]([^()（）]*[\u4e00-\u9fff][^()（）]*)[)）]/.exec(text);
    if (gloss) return gloss[1];
    if (/[\u4e00-\u9fff]/.test(text)) return text;
    for (const [pattern, key] of KNOWN) {
      const m = pattern.exec(text);
      if (m) return t(key, { min: m[1] ?? 10, max: m[1] ?? '', value: '' });
    }
    return t('v.server', { message: text });
  }

  function clear(): void {
    for (const key of Object.keys(errors)) delete errors[key];
    message.value = '';
  }

  /** Shows an api error; returns true when it named fields (so the form shows them). */
  function show(error: unknown, codeMessages: Record<string, [field: string, key: string]> = {}): boolean {
    clear();
    if (!(error instanceof ApiError)) {
      message.value = String((error as Error)?.message ?? error);
      return false;
    }
    const mapped = codeMessages[error.code];
    if (mapped) {
      errors[mapped[0]] = t(mapped[1]);
      return true;
    }
    for (const [field, messages] of Object.entries(error.fields)) errors[field] = messages.map(translate).join('；');
    if (error.status === 0) message.value = t('app.networkError');
    else if (error.status === 429) message.value = t('v.rateLimited');
    else message.value = Object.keys(error.fields).length ? t('form.fixErrors') : translate(error.message);
    return Object.keys(error.fields).length > 0;
  }

  /** Editing a field clears the server's message about it. */
  function watchModel(model: Record<string, unknown>, prefix = ''): void {
    for (const key of Object.keys(model)) {
      watch(
        () => model[key],
        () => {
          delete errors[prefix + key];
        },
        { deep: true },
      );
    }
  }

  return { errors, message, show, clear, watchModel };
}

/** Validates the whole form; resolves false (and focuses the first bad field) when a rule fails. */
export async function validateForm(form: Ref<FormInstance | undefined>): Promise<boolean> {
  if (!form.value) return false;
  try {
    await form.value.validate();
    return true;
  } catch {
    requestAnimationFrame(() => {
      const el = document.querySelector<HTMLElement>('.el-form-item.is-error input, .el-form-item.is-error textarea');
      el?.focus();
    });
    return false;
  }
}
