import Aura from '@primeuix/themes/aura';
import { definePreset } from '@primeuix/themes';

/**
 * Aura, tuned for the city: a deep teal primary whose buttons keep white text above 4.5:1 contrast
 * (Aura's default primary.500 does not), and slightly rounder, calmer surfaces.
 */
export const SemarangPreset = definePreset(Aura, {
  components: {
    // message text at 700/800 so every severity reads above 4.5:1 on its tint
    message: {
      colorScheme: {
        light: {
          info: { color: '{blue.800}', outlined: { color: '{blue.800}' }, simple: { color: '{blue.800}' } },
          success: { color: '{green.800}', outlined: { color: '{green.800}' }, simple: { color: '{green.800}' } },
          warn: { color: '{yellow.800}', outlined: { color: '{yellow.800}' }, simple: { color: '{yellow.800}' } },
          error: { color: '{red.800}', outlined: { color: '{red.800}' }, simple: { color: '{red.800}' } },
          secondary: { color: '{surface.700}' },
        },
      },
    },
    toast: {
      colorScheme: {
        light: {
          info: { color: '{blue.800}', detailColor: '{surface.800}' },
          success: { color: '{green.800}', detailColor: '{surface.800}' },
          warn: { color: '{yellow.800}', detailColor: '{surface.800}' },
          error: { color: '{red.800}', detailColor: '{surface.800}' },
        },
      },
    },
    // Aura's secondary text is surface.500, under 4.5:1 on our grey page: darken it
    button: {
      colorScheme: {
        light: {
          root: {
            success: {
              background: '{green.700}',
              hoverBackground: '{green.800}',
              activeBackground: '{green.900}',
              borderColor: '{green.700}',
              hoverBorderColor: '{green.800}',
              activeBorderColor: '{green.900}',
              color: '#ffffff',
              hoverColor: '#ffffff',
              activeColor: '#ffffff',
            },
            danger: {
              background: '{red.700}',
              hoverBackground: '{red.800}',
              activeBackground: '{red.900}',
              borderColor: '{red.700}',
              hoverBorderColor: '{red.800}',
              activeBorderColor: '{red.900}',
              color: '#ffffff',
              hoverColor: '#ffffff',
              activeColor: '#ffffff',
            },
            info: {
              background: '{sky.700}',
              hoverBackground: '{sky.800}',
              activeBackground: '{sky.900}',
              borderColor: '{sky.700}',
              hoverBorderColor: '{sky.800}',
              activeBorderColor: '{sky.900}',
              color: '#ffffff',
              hoverColor: '#ffffff',
              activeColor: '#ffffff',
            },
          },
          outlined: {
            success: { color: '{green.700}', borderColor: '{green.300}' },
            danger: { color: '{red.700}', borderColor: '{red.300}' },
            secondary: { color: '{surface.700}', borderColor: '{surface.300}', hoverBackground: '{surface.100}', activeBackground: '{surface.200}' },
          },
          text: {
            secondary: { color: '{surface.700}', hoverBackground: '{surface.100}', activeBackground: '{surface.200}' },
            danger: { color: '{red.700}' },
            success: { color: '{green.700}' },
          },
        },
      },
    },
  },
  semantic: {
    primary: {
      50: '{teal.50}',
      100: '{teal.100}',
      200: '{teal.200}',
      300: '{teal.300}',
      400: '{teal.400}',
      500: '{teal.500}',
      600: '{teal.600}',
      700: '{teal.700}',
      800: '{teal.800}',
      900: '{teal.900}',
      950: '{teal.950}',
    },
    focusRing: { width: '2px', style: 'solid', color: '{primary.700}', offset: '2px' },
    colorScheme: {
      light: {
        primary: { color: '{primary.700}', contrastColor: '#ffffff', hoverColor: '{primary.800}', activeColor: '{primary.900}' },
        highlight: { background: '{primary.50}', focusBackground: '{primary.100}', color: '{primary.800}', focusColor: '{primary.900}' },
        formField: { placeholderColor: '{surface.500}', floatLabelColor: '{surface.600}' },
        text: { mutedColor: '{surface.600}' },
      },
    },
  },
});
