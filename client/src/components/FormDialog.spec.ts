import { afterEach, describe, expect, it } from 'vitest';
import { h } from 'vue';
import { mountWithApp } from '@/test-utils';
import FormDialog from './FormDialog.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

const button = (name: string) => [...document.body.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

describe('FormDialog', () => {
  it('should show the form failure, emit submit from its submit button, and close on cancel', async () => {
    const w = mountWithApp(FormDialog, {
      props: { visible: true, header: 'Edit', width: '600px', testid: 'the-form', message: 'Something failed', submitTestid: 'the-save' },
      slots: { default: () => h('input', { id: 'field' }) },
    });
    await new Promise((r) => setTimeout(r, 0));
    const form = document.body.querySelector('[data-testid=the-form]')!;
    expect(form.querySelector('#field')).not.toBeNull();
    expect(form.querySelector('[role=alert]')?.textContent).toContain('Something failed');
    form.querySelector<HTMLButtonElement>('[data-testid=the-save]')!.click();
    expect(w.emitted('submit')).toHaveLength(1);
    button('Batal').click();
    expect(w.emitted('update:visible')).toEqual([[false]]);
    w.unmount();
  });

  it('should label the submit button as told', async () => {
    const w = mountWithApp(FormDialog, { props: { visible: true, header: 'Reject', width: '500px', submitLabel: 'Reject', submitIcon: 'pi pi-times', submitSeverity: 'danger' } });
    await new Promise((r) => setTimeout(r, 0));
    const submit = document.body.querySelector<HTMLButtonElement>('button[type=submit]')!;
    expect(submit.textContent?.trim()).toBe('Reject');
    expect(submit.className).toContain('p-button-danger');
    expect(submit.querySelector('.pi-times')).not.toBeNull();
    w.unmount();
  });
});
