import { afterEach, describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test-utils';
import NipBreakdown from './NipBreakdown.vue';

describe('NipBreakdown', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('should split a NIP into birth date, appointment month, gender and sequence', () => {
    const w = mountWithApp(NipBreakdown, {
      props: { nip: '196608011988031001', info: { birthDate: '1966-08-01', appointmentMonth: '1988-03', gender: 'L', sequence: '001' } },
    });
    expect(w.findAll('.digits').map((d) => d.text())).toEqual(['19660801', '198803', '1', '001']);
    expect(w.find('[data-testid="nip-missing"]').exists()).toBe(false);
  });

  it('should show a dash, not "cannot be broken down", for a new CPNS whose NIP BKN has not issued yet', () => {
    const w = mountWithApp(NipBreakdown, { props: { nip: null, info: null } });
    expect(w.find('[data-testid="nip-missing"]').text()).toBe('—');
    expect(w.findAll('.digits')).toHaveLength(0);
    expect(w.text()).not.toContain('cannot');
    expect(w.text()).not.toContain('tidak dapat');
  });
});
