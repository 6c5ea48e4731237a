/**
 * Where the demand form and the outcome form differ: who may post, the labels, the fields of
 * their own (in DemandFields.vue / OutcomeFields.vue), how a stored listing fills the form and
 * what body the form sends. ListingFormView.vue holds everything they share.
 */
import type { Component } from 'vue';
import type { Demand, ListingKind, Outcome } from '@/api/models';
import * as rules from '@/utils/rules';
import DemandFields from './DemandFields.vue';
import OutcomeFields from './OutcomeFields.vue';

/** One model for both kinds (drafts keep it as it is); `text`, `money` and `modes` are named per kind on the server. */
export const blankModel = (region = '') => ({
  title: '',
  text: '',
  field: '',
  keywords: [] as string[],
  money: '',
  deadline: '',
  region,
  modes: [] as string[],
  trl: undefined as number | undefined,
  ipType: '',
  patentNumbers: [] as string[],
  contactName: '',
  contactPhone: '',
  contactEmail: '',
});
export type ListingFormModel = ReturnType<typeof blankModel>;

type Check = (value: never) => rules.Problem;

export interface ListingFormKind {
  poster: 'enterprise' | 'institution';
  /** i18n keys. */
  labels: { create: string; edit: string; onlyPoster: string; text: string; modes: string; money: string; moneyPlaceholder: string };
  /** The server's field names for the form's generic ones. */
  serverKeys: Record<'text' | 'money' | 'modes', string>;
  fields: Component;
  /** Client checks of the kind's own fields: [check, trigger]. */
  checks: Record<string, [Check, 'blur' | 'change']>;
  fromListing(item: Demand | Outcome): Partial<ListingFormModel>;
  /** The kind's part of the body; `blank` is what an empty optional field sends (null clears it on edit). */
  body(model: ListingFormModel, blank: (value: string) => string | null | undefined, editing: boolean): Record<string, unknown>;
}

const demand: ListingFormKind = {
  poster: 'enterprise',
  labels: {
    create: 'form.newDemand',
    edit: 'form.editDemand',
    onlyPoster: 'form.onlyEnterprise',
    text: 'listing.description',
    modes: 'listing.cooperationModes',
    money: 'listing.budgetMax',
    moneyPlaceholder: 'form.budgetPlaceholder',
  },
  serverKeys: { text: 'description', money: 'budgetMax', modes: 'cooperationModes' },
  fields: DemandFields,
  checks: { region: [rules.region, 'blur'], deadline: [rules.futureDate, 'change'] },
  fromListing: (item) => {
    const d = item as Demand;
    return {
      text: d.description ?? '',
      money: d.budgetMax ?? '',
      deadline: d.deadline ?? '',
      region: d.region ?? '',
      modes: [...(d.cooperationModes ?? [])],
    };
  },
  body: (model, blank) => ({
    description: model.text.trim(),
    budgetMax: blank(model.money),
    deadline: blank(model.deadline),
    region: model.region,
    cooperationModes: model.modes,
  }),
};

const outcome: ListingFormKind = {
  poster: 'institution',
  labels: {
    create: 'form.newOutcome',
    edit: 'form.editOutcome',
    onlyPoster: 'form.onlyInstitution',
    text: 'listing.abstract',
    modes: 'listing.transferModes',
    money: 'listing.askingPrice',
    moneyPlaceholder: 'form.pricePlaceholder',
  },
  serverKeys: { text: 'abstract', money: 'askingPrice', modes: 'transferModes' },
  fields: OutcomeFields,
  checks: {
    trl: [((v: number | undefined) => (v && v >= 1 && v <= 9 ? null : { key: 'v.trl' })) as Check, 'change'],
    patentNumbers: [rules.patentNumbers, 'change'],
  },
  fromListing: (item) => {
    const o = item as Outcome;
    return {
      text: o.abstract ?? '',
      money: o.askingPrice ?? '',
      modes: [...(o.transferModes ?? [])],
      trl: o.trl,
      ipType: o.ipType ?? '',
      patentNumbers: [...(o.patentNumbers ?? [])],
    };
  },
  body: (model, blank, editing) => ({
    abstract: model.text.trim(),
    trl: model.trl,
    ipType: model.ipType || (editing ? null : undefined),
    patentNumbers: model.patentNumbers.length ? model.patentNumbers : editing ? null : undefined,
    transferModes: model.modes,
    askingPrice: blank(model.money),
  }),
};

export const LISTING_FORMS: Record<ListingKind, ListingFormKind> = { demand, outcome };
