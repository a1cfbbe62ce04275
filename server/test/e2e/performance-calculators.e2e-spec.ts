import { bearer, createTestApp, TestApp } from '../utils/app.js';

describe('Performance calculators', () => {
  let t: TestApp;
  let employee: string;

  beforeAll(async () => {
    t = await createTestApp();
    employee = await t.token('pegawai.dinkes');
  });
  afterAll(() => t.close());

  describe('POST /api/v1/performance/calculate/predicate', () => {
    it('should require authentication', async () => {
      await t.http.post('/api/v1/performance/calculate/predicate').send({ resultRating: 'meets', behaviourRating: 'meets' }).expect(401);
    });

    it('should read the matrix in force and say when coaching is required', async () => {
      const good = await t.http.post('/api/v1/performance/calculate/predicate').set(bearer(employee)).send({ resultRating: 'above', behaviourRating: 'above' }).expect(200);
      expect(good.body).toMatchObject({ predicate: 'sangat_baik', label: 'Sangat Baik', coachingRequired: false, ruleVersion: { key: 'performance.predicate_matrix' } });
      const weak = await t.http.post('/api/v1/performance/calculate/predicate').set(bearer(employee)).send({ resultRating: 'below', behaviourRating: 'above' }).expect(200);
      expect(weak.body).toMatchObject({ predicate: 'butuh_perbaikan', coachingRequired: true });
    });

    it('should name a rating that is not one of above, meets, below', async () => {
      const res = await t.http.post('/api/v1/performance/calculate/predicate').set(bearer(employee)).send({ resultRating: 'great', behaviourRating: 'meets' }).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('resultRating');
    });
  });

  describe('POST /api/v1/performance/calculate/ikm', () => {
    it('should compute the domain example from the element means', async () => {
      const res = await t.http
        .post('/api/v1/performance/calculate/ikm')
        .set(bearer(employee))
        .send({ elementMeans: [3.2, 3.1, 3.0, 3.4, 3.5, 3.3, 3.6, 2.9, 3.2] })
        .expect(200);
      expect(res.body).toMatchObject({ index: 3.2444, convertedIndex: 81.11, grade: 'B', label: 'Baik', ruleVersion: { key: 'ikm.scale' } });
      expect(res.body.elements[0]).toEqual({ key: 'persyaratan', mean: 3.2, answered: 0 });
    });

    it('should compute from responses, leave unanswered elements out, and check the minimum sample', async () => {
      const responses = [
        [4, 4, 4, 4, 4, 4, 4, null, 4],
        [4, 4, 4, 4, 4, 4, 4, 2, 4],
      ];
      const res = await t.http.post('/api/v1/performance/calculate/ikm').set(bearer(employee)).send({ responses, population: 1000 }).expect(200);
      expect(res.body.elementMeans[7]).toBe(2);
      expect(res.body).toMatchObject({ responses: 2, minimumSample: 278, sampleSufficient: false });
      // (8 × 4 + 2) / 9 = 3.7778 → 94.44: A
      expect(res.body).toMatchObject({ index: 3.7778, convertedIndex: 94.44, grade: 'A' });
    });

    it('should name the bad answer and refuse both inputs at once', async () => {
      const bad = await t.http
        .post('/api/v1/performance/calculate/ikm')
        .set(bearer(employee))
        .send({ responses: [[4, 4, 5, 4, 4, 4, 4, 4, 4]] })
        .expect(400);
      expect(bad.body.errors[0].path).toBe('responses.0.2');
      const both = await t.http
        .post('/api/v1/performance/calculate/ikm')
        .set(bearer(employee))
        .send({ responses: [[4, 4, 4, 4, 4, 4, 4, 4, 4]], elementMeans: [4, 4, 4, 4, 4, 4, 4, 4, 4] })
        .expect(400);
      expect(both.body.errors[0].path).toBe('elementMeans');
      await t.http
        .post('/api/v1/performance/calculate/ikm')
        .set(bearer(employee))
        .send({ elementMeans: [4, 4, 4] })
        .expect(400);
    });
  });
});
