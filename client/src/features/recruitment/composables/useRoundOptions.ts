import { computed, ref, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { listAllVacancies, listRounds } from '../api';
import { CATEGORIES, STAGES, type RoundSummary, type Vacancy } from '../types';

/** The drop-down choices of the recruitment filters: rounds, the vacancies of a round, stages and categories. */
export function useRoundOptions(roundId: Ref<string | null | undefined>) {
  const { t } = useI18n();
  const rounds = ref<RoundSummary[]>([]);
  const vacancies = ref<Vacancy[]>([]);
  void listRounds({ page: 1, pageSize: 100 })
    .then((p) => (rounds.value = p.items))
    .catch(() => undefined);
  watch(
    roundId,
    (id) => {
      vacancies.value = [];
      if (id)
        void listAllVacancies(id)
          .then((items) => {
            // an answer for a round no longer chosen is dropped
            if (roundId.value === id) vacancies.value = items;
          })
          .catch(() => undefined);
    },
    { immediate: true },
  );
  return {
    rounds,
    vacancies,
    roundOptions: computed(() => rounds.value.map((r) => ({ label: `${r.name} (${r.code})`, value: r.id }))),
    vacancyOptions: computed(() => [
      { label: t('recruitment.filters.anyVacancy'), value: null as string | null },
      ...vacancies.value.map((v) => ({ label: `${v.code} — ${v.positionTitle}, ${v.unitName}`, value: v.id })),
    ]),
    stageOptions: computed(() => [
      { label: t('recruitment.filters.anyStage'), value: null as string | null },
      ...STAGES.map((s) => ({ label: t(`recruitment.stage.${s}`), value: s })),
    ]),
    categoryOptions: computed(() => [
      { label: t('recruitment.filters.anyCategory'), value: null as string | null },
      ...CATEGORIES.map((c) => ({ label: t(`recruitment.category.${c}`), value: c })),
    ]),
  };
}
