import { useI18n } from 'vue-i18n';
import type { ScenarioParams } from '../types';
import { useNeedsFormat } from './useNeedsFormat';

/** A scenario's assumptions in words ("growth +1 pp", "attrition × 1.5", "retire 2 years later", "budget Rp 20 M"). */
export function useScenarioText() {
  const { t } = useI18n();
  const f = useNeedsFormat();
  function assumptions(p: ScenarioParams): string[] {
    const out: string[] = [];
    if (p.driverGrowthDelta) out.push(t('needs.scenarios.growthText', { n: `${p.driverGrowthDelta > 0 ? '+' : '−'}${f.num(Math.abs(p.driverGrowthDelta) * 100, 2)}` }));
    if (typeof p.attritionMultiplier === 'number' && p.attritionMultiplier !== 1) out.push(t('needs.scenarios.attritionText', { n: f.num(p.attritionMultiplier, 2) }));
    if (p.retirementAgeDelta)
      out.push(
        t(p.retirementAgeDelta > 0 ? 'needs.scenarios.retireLater' : 'needs.scenarios.retireEarlier', { n: Math.abs(p.retirementAgeDelta) }, Math.abs(p.retirementAgeDelta)),
      );
    if (p.budgetCeiling) out.push(t('needs.scenarios.budgetText', { v: f.moneyShort(p.budgetCeiling) }));
    if (!out.length) out.push(t('needs.scenarios.asBase'));
    return out;
  }
  return { assumptions };
}
