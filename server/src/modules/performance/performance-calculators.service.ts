import { Injectable } from '@nestjs/common';
import { UnprocessableError, ValidationFailedError } from '../../common/problem.js';
import { ReferenceService } from '../reference/reference.service.js';
import { ikmFromMeans, ikmFromResponses, IkmInputError, minimumSample, type IkmScale } from './calc/ikm.js';
import { MatrixError, NEEDS_COACHING, PREDICATE_LABELS, predicate, type PredicateMatrix, type Rating } from './calc/predicate.js';
import { IkmCalculationDto, IkmResultDto, PredicateCalculationDto, PredicateResultDto } from './dto/calculators.dto.js';

const version = (r: { key: string; effectiveFrom: string; legalBasis: string }) => ({ key: r.key, effectiveFrom: r.effectiveFrom, legalBasis: r.legalBasis });

/** The Performance module's calculators: the same code the appraisal and the IKM pages use, with the rule version in force. */
@Injectable()
export class PerformanceCalculatorsService {
  constructor(private readonly reference: ReferenceService) {}

  async predicate(dto: PredicateCalculationDto): Promise<PredicateResultDto> {
    const rule = await this.reference.rule<PredicateMatrix>('performance.predicate_matrix');
    try {
      const p = predicate(dto.resultRating as Rating, dto.behaviourRating as Rating, rule.value);
      return {
        resultRating: dto.resultRating,
        behaviourRating: dto.behaviourRating,
        predicate: p,
        label: PREDICATE_LABELS[p],
        coachingRequired: NEEDS_COACHING.includes(p),
        ruleVersion: version(rule),
      };
    } catch (e) {
      if (e instanceof MatrixError) throw new UnprocessableError('PREDICATE_MATRIX_INVALID', `The reference rule performance.predicate_matrix is incomplete: ${e.message}.`);
      throw e;
    }
  }

  async ikm(dto: IkmCalculationDto): Promise<IkmResultDto> {
    if (!dto.responses === !dto.elementMeans)
      throw new ValidationFailedError([{ path: dto.responses ? 'elementMeans' : 'responses', code: 'one_of', message: 'send either responses or elementMeans, not both' }]);
    const rule = await this.reference.rule<IkmScale>('ikm.scale');
    const scale = rule.value;
    try {
      const r = dto.responses ? ikmFromResponses(dto.responses, scale) : ikmFromMeans(dto.elementMeans!, scale);
      const count = dto.responses?.length ?? 0;
      const min = dto.population ? minimumSample(dto.population, scale.sample) : null;
      return {
        elementMeans: r.elementMeans,
        elements: scale.elements.map((key, i) => ({ key, mean: r.elementMeans[i], answered: r.answered[i] })),
        index: r.index,
        convertedIndex: r.convertedIndex,
        grade: r.grade,
        label: r.label,
        responses: count,
        minimumSample: min,
        sampleSufficient: min === null || !dto.responses ? null : count >= min,
        ruleVersion: version(rule),
      };
    } catch (e) {
      if (e instanceof IkmInputError) throw new ValidationFailedError([{ path: e.path, code: 'invalid', message: e.message }]);
      throw e;
    }
  }
}
