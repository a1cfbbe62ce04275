import { afterEach, describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test-utils';
import { needsMessagesReady } from '../messages';
import GapValue from './GapValue.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('GapValue', () => {
  it('should mark a shortage by a minus sign, an arrow and words, not by colour alone', async () => {
    await needsMessagesReady();
    const w = mountWithApp(GapValue, { props: { value: 3, kind: 'shortage' } });
    expect(w.text()).toContain('\u22123');
    expect(w.find('.pi-arrow-down').exists()).toBe(true);
    expect(w.find('.visually-hidden').text()).toBe('kurang 3');
    expect(w.classes()).toContain('negative');
    await w.setProps({ value: 1.5, kind: 'gap' });
    expect(w.text()).toContain('+1,5');
    expect(w.find('.visually-hidden').text()).toBe('lebih 1,5');
    await w.setProps({ value: 0 });
    expect(w.find('.visually-hidden').text()).toBe('seimbang');
    w.unmount();
  });
});
